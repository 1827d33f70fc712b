/**
 * The shading key's words in Chinese and Polish: the compiled messages of each language, the range's noun agreeing
 * with its upper bound in Polish (1, 2, 5, 22, 25), the numbers written each language's way; and the English
 * swatch names as they always were.
 */
import { describe, expect, it } from 'vitest';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';
import { className, classRange, shadingSummary } from './colours.ts';

describe('shading words, Polish', () => {
  it('a range agrees with its upper bound', () => {
    expect([1, 2, 5, 22, 25].map((hi) => pl.colours_class_range({ lo: 0, hi }))).toEqual([
      '0–1 partnerstwa',
      '0–2 partnerstwa',
      '0–5 partnerstw',
      '0–22 partnerstwa',
      '0–25 partnerstw',
    ]);
    expect(pl.colours_class_range({ lo: 10000, hi: 20000 })).toBe('10\u00a0000–20\u00a0000 partnerstw');
  });

  it('the key as one sentence', () => {
    expect(pl.colours_shading_summary({ max: 16 })).toBe('Partnerstwa wg prowincji lub regionu, od zera do 16');
    expect(pl.colours_shading_summary_empty({})).toBe('Partnerstwa wg prowincji lub regionu: brak w tym widoku');
    expect(pl.colours_class_none({})).toBe('brak: 0 partnerstw');
  });
});

describe('shading words, Chinese', () => {
  it('one form for every range, and the key as one sentence', () => {
    expect([1, 2, 5].map((hi) => zh.colours_class_range({ lo: 1, hi }))).toEqual(['1–1 项伙伴关系', '1–2 项伙伴关系', '1–5 项伙伴关系']);
    expect(zh.colours_shading_summary({ max: 16 })).toBe('各省或地区的伙伴关系数，从 0 到 16');
    expect(zh.colours_class_none({})).toBe('无：0 项伙伴关系');
  });
});

describe('shading words, English as they were', () => {
  it('swatch names and labels', () => {
    expect(className(0, 0)).toBe('none: 0 partnerships');
    expect(className(1, 1)).toBe('1 partnership');
    expect(className(3, 3)).toBe('3 partnerships');
    expect(className(0, 1)).toBe('0–1 partnerships');
    expect(className(3, 4)).toBe('3–4 partnerships');
    expect(classRange(9, 16)).toBe('9–16');
    expect(classRange(1, 1)).toBe('1');
    expect(shadingSummary(16)).toBe('Partnerships per province or region, from none to 16');
    expect(shadingSummary(0)).toBe('Partnerships per province or region: none in this view');
  });
});
