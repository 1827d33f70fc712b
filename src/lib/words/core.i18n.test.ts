/**
 * The core words in Chinese and Polish: the compiled messages of each language (not the live English bindings),
 * their plurals (Polish 1, 2, 5, 22, 25) and their placeholders; and kindBeside in a language other than English.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as en from '../i18n/generated/paraglide/messages/en.js';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';

const POLISH_COUNTS = [1, 2, 5, 22, 25];

describe('core words, Polish', () => {
  it('a noun that agrees with its count: partnerstwo, partnerstwa, partnerstw', () => {
    expect(POLISH_COUNTS.map((count) => pl.core_partnership_noun({ count }))).toEqual(['partnerstwo', 'partnerstwa', 'partnerstw', 'partnerstwa', 'partnerstw']);
    expect(pl.core_partnership_noun({ count: 0 })).toBe('partnerstw');
  });

  it('the counter’s phrase agrees with the count in every mode', () => {
    expect(POLISH_COUNTS.map((count) => pl.core_counter_all({ count }))).toEqual([
      'partnerstwo we wszystkich okresach',
      'partnerstwa we wszystkich okresach',
      'partnerstw we wszystkich okresach',
      'partnerstwa we wszystkich okresach',
      'partnerstw we wszystkich okresach',
    ]);
    expect(POLISH_COUNTS.map((count) => pl.core_counter_new({ count, period: '1982–1989' }))).toEqual([
      'nowe partnerstwo, 1982–1989',
      'nowe partnerstwa, 1982–1989',
      'nowych partnerstw, 1982–1989',
      'nowe partnerstwa, 1982–1989',
      'nowych partnerstw, 1982–1989',
    ]);
    expect(pl.core_counter_cumulative({ count: 5, end: '2007' })).toBe('partnerstw do końca 2007 r.');
  });

  it('the summary head: the number written the Polish way, the year as it is', () => {
    expect(POLISH_COUNTS.map((count) => pl.core_summary_new({ count, period: '1991–1999' }))).toEqual([
      '1991–1999: 1 nowe partnerstwo',
      '1991–1999: 2 nowe partnerstwa',
      '1991–1999: 5 nowych partnerstw',
      '1991–1999: 22 nowe partnerstwa',
      '1991–1999: 25 nowych partnerstw',
    ]);
    expect(POLISH_COUNTS.map((count) => pl.core_summary_all({ count }))).toEqual([
      'Wszystkie okresy: 1 partnerstwo',
      'Wszystkie okresy: 2 partnerstwa',
      'Wszystkie okresy: 5 partnerstw',
      'Wszystkie okresy: 22 partnerstwa',
      'Wszystkie okresy: 25 partnerstw',
    ]);
    expect(pl.core_summary_cumulative({ count: 100000, end: '2017' })).toBe('Do końca 2017 r.: 100\u00a0000 partnerstw');
  });

  it('titles, arcs and the credit line', () => {
    expect(pl.core_view_title({ period: '1982–1989' })).toBe('Partnerstwa UE–Chiny: 1982–1989');
    expect(pl.core_anchored_end({ country: 'Niemcy' })).toBe('Niemcy (raport nie podaje regionu)');
    expect(pl.core_arc_sentence({ eu: 'Bawaria', cn: 'Jiangsu', when: pl.core_arc_since({ year: '1987' }), status: pl.core_status_word_active({}) })).toBe(
      'Bawaria → Jiangsu: od 1987 r., aktywne',
    );
    expect(
      pl.core_attribution({ source: 'S', year: '2019', scope: pl.core_source_scope({}), profiles: pl.core_source_profiles({}), boundaries: 'Natural Earth', app: pl.core_app_name({}) }),
    ).toBe('Źródło: S (2019), tabele 4–9; profile miast i regionów IURC. Granice: Natural Earth. Atlas partnerstw UE–Chiny.');
  });
});

describe('core words, Chinese', () => {
  it('one form for every count, with the measure word where a number precedes', () => {
    expect([1, 2, 5].map((count) => zh.core_partnership_noun({ count }))).toEqual(['伙伴关系', '伙伴关系', '伙伴关系']);
    expect([1, 27].map((count) => zh.core_counter_new({ count, period: '1982–1989' }))).toEqual(['项新增伙伴关系（1982–1989）', '项新增伙伴关系（1982–1989）']);
    expect(zh.core_counter_cumulative({ count: 68, end: '2007' })).toBe('项伙伴关系（截至 2007 年末）');
    expect(zh.core_summary_all({ count: 143 })).toBe('全部时期：143 项伙伴关系');
    expect(zh.core_summary_new({ count: 27, period: '1982–1989' })).toBe('1982–1989：新增 27 项伙伴关系');
    expect(zh.core_summary_cumulative({ count: 1, end: '2017' })).toBe('截至 2017 年末：1 项伙伴关系');
  });

  it('full-width punctuation around placeholders', () => {
    expect(zh.core_view_title({ period: '1982–1989' })).toBe('中欧伙伴关系：1982–1989');
    expect(zh.core_anchored_end({ country: '德国' })).toBe('德国（报告未注明地区）');
    expect(zh.core_arc_sentence({ eu: '巴伐利亚', cn: '江苏', when: zh.core_arc_since({ year: '1987' }), status: zh.core_status_word_ended({}) })).toBe(
      '巴伐利亚 → 江苏：1987 年起，已终止',
    );
    expect(
      zh.core_attribution({ source: 'S', year: '2019', scope: zh.core_source_scope({}), profiles: zh.core_source_profiles({}), boundaries: 'Natural Earth', app: zh.core_app_name({}) }),
    ).toBe('来源：S（2019），表 4–9；IURC 城市和地区简介。边界：Natural Earth。中欧伙伴关系地图集。');
  });
});

describe('core words, English as before', () => {
  it('the same words the helpers wrote by hand', () => {
    expect([0, 1, 2].map((count) => en.core_partnership_noun({ count }))).toEqual(['partnerships', 'partnership', 'partnerships']);
    expect(en.core_counter_all({ count: 1 })).toBe('partnership in all periods');
    expect(en.core_summary_new({ count: 27, period: '1982–1989' })).toBe('1982–1989: 27 new partnerships');
    expect(en.core_summary_cumulative({ count: 1, end: '2017' })).toBe('Up to 2017: 1 partnership');
  });
});

describe('kindBeside in another language', () => {
  // The unit project shares modules between files (isolate: false): leave no mocked core.ts behind.
  afterEach(() => {
    vi.doUnmock('../i18n/active.ts');
    vi.resetModules();
  });

  it('Polish: a kind is a whole word of the name, with any letters', async () => {
    vi.resetModules();
    vi.doMock('../i18n/active.ts', () => ({ locale: 'pl' }));
    const { kindBeside } = await import('./core.ts');
    // The messages here are the English ones (the live bindings); the rule is what is tested.
    expect(kindBeside({ name: 'Changning District (Shanghai)', kind: 'cn-district', localName: null })).toBeNull();
    expect(kindBeside({ name: 'Districtville', kind: 'cn-district', localName: null })).toBe('district');
    expect(kindBeside({ name: 'Łódź district', kind: 'cn-district', localName: null })).toBeNull();
  });

  it('Chinese: a kind the name holds is not repeated', async () => {
    vi.resetModules();
    vi.doMock('../i18n/active.ts', () => ({ locale: 'zh-Hans' }));
    const { kindBeside } = await import('./core.ts');
    expect(kindBeside({ name: 'Xiong’an new area', kind: 'cn-new-area', localName: null })).toBeNull();
    expect(kindBeside({ name: 'Chengdu', kind: 'cn-city', localName: '成都市' })).toBe('city');
  });
});
