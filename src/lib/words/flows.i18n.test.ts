/**
 * The flow view's words in Chinese and Polish: the compiled messages of each language (plurals for Polish 1, 2, 5,
 * 22, 25; placeholders), then flows.ts itself run in each language (its lists are the reader's own).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inLanguage, leaveLanguage } from './in-language.test-helper.ts';
import type { Status } from '../data/types.ts';
import type { Locale } from '../i18n/locale.ts';
import * as en from '../i18n/generated/paraglide/messages/en.js';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';

const POLISH_COUNTS = [1, 2, 5, 22, 25];

/** flows.ts as a reader of `lang` gets it: the language's messages handed over before the module is evaluated. */
const flowsIn = (lang: Exclude<Locale, 'en'>) => inLanguage(lang, () => import('./flows.ts'));

describe('flow words, Polish', () => {
  it('a flow’s tooltip: the noun agrees with the total, each share’s word with its count', () => {
    expect(POLISH_COUNTS.map((count) => pl.flows_sentence_one_status({ eu: 'Bawaria', cn: 'Jiangsu', count, status: 'aktywne' }))).toEqual([
      'Bawaria → Jiangsu: 1 partnerstwo, aktywne',
      'Bawaria → Jiangsu: 2 partnerstwa, aktywne',
      'Bawaria → Jiangsu: 5 partnerstw, aktywne',
      'Bawaria → Jiangsu: 22 partnerstwa, aktywne',
      'Bawaria → Jiangsu: 25 partnerstw, aktywne',
    ]);
    expect(POLISH_COUNTS.map((count) => pl.flows_sentence_by_status({ eu: 'Niemcy', cn: 'Szantung', count, parts: '…' }))).toEqual([
      'Niemcy → Szantung: 1 partnerstwo (…)',
      'Niemcy → Szantung: 2 partnerstwa (…)',
      'Niemcy → Szantung: 5 partnerstw (…)',
      'Niemcy → Szantung: 22 partnerstwa (…)',
      'Niemcy → Szantung: 25 partnerstw (…)',
    ]);
    expect(POLISH_COUNTS.map((count) => pl.flows_part_active({ count }))).toEqual(['1 aktywne', '2 aktywne', '5 aktywnych', '22 aktywne', '25 aktywnych']);
    expect(POLISH_COUNTS.map((count) => pl.flows_part_ended({ count }))).toEqual(['1 zakończone', '2 zakończone', '5 zakończonych', '22 zakończone', '25 zakończonych']);
    expect(pl.flows_part_not_active({ count: 12 })).toBe('12 nieaktywnych');
    expect(pl.flows_part_unknown({ count: 3 })).toBe('3 o nieznanym statusie');
  });

  it('the widths’ key: the noun agrees with the last count', () => {
    expect(POLISH_COUNTS.map((count) => pl.flows_width_key({ list: `1 lub ${count}`, count }))).toEqual([
      'Szerokość linii: 1 lub 1 partnerstwo',
      'Szerokość linii: 1 lub 2 partnerstwa',
      'Szerokość linii: 1 lub 5 partnerstw',
      'Szerokość linii: 1 lub 22 partnerstwa',
      'Szerokość linii: 1 lub 25 partnerstw',
    ]);
  });
});

describe('flow words, Chinese', () => {
  it('one form for every count, full-width punctuation', () => {
    expect([1, 5].map((count) => zh.flows_sentence_one_status({ eu: '巴伐利亚', cn: '江苏', count, status: '活跃' }))).toEqual([
      '巴伐利亚 → 江苏：1 项伙伴关系，活跃',
      '巴伐利亚 → 江苏：5 项伙伴关系，活跃',
    ]);
    expect(zh.flows_sentence_by_status({ eu: '德国', cn: '山东', count: 4, parts: '…' })).toBe('德国 → 山东：4 项伙伴关系（…）');
    expect([1, 3].map((count) => zh.flows_part_unknown({ count }))).toEqual(['1 项状态未注明', '3 项状态未注明']);
    expect(zh.flows_width_key({ list: '1、2或3', count: 3 })).toBe('线宽：1、2或3 项伙伴关系');
  });
});

describe('flow words, English as before', () => {
  it('the same sentences the module wrote by hand', () => {
    expect(en.flows_sentence_by_status({ eu: 'Germany', cn: 'Shandong', count: 4, parts: '1 active, 3 status not stated' })).toBe(
      'Germany → Shandong: 4 partnerships (1 active, 3 status not stated)',
    );
    expect([1, 2].map((count) => en.flows_width_key({ list: String(count), count }))).toEqual(['Line width: 1 partnership', 'Line width: 2 partnerships']);
  });
});

describe('flows.ts in another language', () => {
  afterEach(leaveLanguage);

  const mixed = new Map<Status, number>([
    ['unknown', 3],
    ['active', 1],
  ]);

  it('Polish: the reader’s own lists (lub, i), whole sentences', async () => {
    const w = await flowsIn('pl');
    expect(w.flowWidthKey([1, 2, 5])).toBe('Szerokość linii: 1, 2 lub 5 partnerstw');
    expect(w.flowWidthKey([])).toBe('Szerokość linii: 1 partnerstwo');
    expect(w.flowSentence('Niemcy', 'Szantung', mixed)).toBe('Niemcy → Szantung: 4 partnerstwa (1 aktywne i 3 o nieznanym statusie)');
    expect(w.flowSentence('Bawaria', 'Jiangsu', new Map([['ended', 5]]))).toBe('Bawaria → Jiangsu: 5 partnerstw, zakończone');
    expect(w.LINES_LABEL).toEqual({ flows: 'Przepływy', arcs: 'Pojedyncze łuki' });
  });

  it('Chinese: 、 and 或 between the counts and the shares', async () => {
    const w = await flowsIn('zh-Hans');
    expect(w.flowWidthKey([1, 2, 3])).toBe('线宽：1、2或3 项伙伴关系');
    expect(w.flowSentence('德国', '山东', mixed)).toBe('德国 → 山东：4 项伙伴关系（1 项活跃、3 项状态未注明）');
    expect(w.flowSentence('巴伐利亚', '江苏', new Map([['active', 2]]))).toBe('巴伐利亚 → 江苏：2 项伙伴关系，活跃');
    expect(w.FLOW_WIDTH_LABEL).toBe('线宽：');
  });
});
