/** The exports' words in Chinese and Polish: a country's legend key with its count, a failed export. */
import { describe, expect, it } from 'vitest';
import * as en from '../i18n/generated/paraglide/messages/en.js';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';

describe('export words', () => {
  it('a country’s key in the SVG/PNG legend: the count written the language’s way', () => {
    expect([1, 2, 5, 22, 25].map((count) => pl.export_country_key({ name: 'Francja', count }))).toEqual(['Francja: 1', 'Francja: 2', 'Francja: 5', 'Francja: 22', 'Francja: 25']);
    expect(pl.export_country_key({ name: 'Francja', count: 12345 })).toBe('Francja: 12\u00a0345');
    expect(zh.export_country_key({ name: '法国', count: 27 })).toBe('法国：27');
    expect(en.export_country_key({ name: 'France', count: 27 })).toBe('France: 27');
  });

  it('a failed export names its format and the reason', () => {
    expect(pl.export_failed({ format: 'SVG', reason: 'brak mapy' })).toBe('Nie udało się utworzyć pliku SVG: brak mapy');
    expect(zh.export_failed({ format: 'PNG', reason: 'x' })).toBe('无法生成 PNG：x');
  });
});
