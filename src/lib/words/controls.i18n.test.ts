/**
 * The controls' words in Chinese and Polish (the legend, an empty view, the place search; the period control's
 * are tested with the period control): the compiled messages of each language, their plurals (Polish 1, 2, 5, 22,
 * 25) and placeholders; and the English empty view as it always was.
 */
import { describe, expect, it } from 'vitest';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';
import { counterBreakdown, emptyView } from './controls.ts';

const POLISH_COUNTS = [1, 2, 5, 22, 25];

describe('controls words, Polish', () => {
  it('after the big number: the noun and its participle agree with the count', () => {
    expect(POLISH_COUNTS.map((count) => pl.controls_shown_noun({ count }))).toEqual([
      'pokazane partnerstwo',
      'pokazane partnerstwa',
      'pokazanych partnerstw',
      'pokazane partnerstwa',
      'pokazanych partnerstw',
    ]);
  });

  it('a filter button’s title: the country’s name stays in the nominative', () => {
    expect(pl.controls_toggle_country_only({ name: 'Francja' })).toBe('Pokaż tylko: Francja');
    expect(pl.controls_toggle_country_hide({ name: 'Francja' })).toBe('Ukryj: Francja');
    expect(pl.controls_toggle_country_add({ name: 'Francja' })).toBe('Pokaż też: Francja');
    expect(pl.controls_toggle_status_only({ status: 'aktywne' })).toBe('Pokaż tylko aktywne');
    expect(pl.controls_toggle_status_add({ status: 'nieaktywne' })).toBe('Pokaż też nieaktywne');
  });

  it('an empty view: one whole sentence per period kind and filter, agreeing with the count', () => {
    const i = { period: '1982–1989', countries: 'Hiszpania lub Włochy', statuses: 'zakończone' };
    expect(POLISH_COUNTS.map((count) => pl.controls_empty_new_from({ count, ...i }))).toEqual([
      'Jedyne partnerstwo nowe w okresie 1982–1989 nie pochodzi z kraju: Hiszpania lub Włochy.',
      'Wśród 2 partnerstw nowych w okresie 1982–1989 nie ma żadnego z kraju: Hiszpania lub Włochy.',
      'Wśród 5 partnerstw nowych w okresie 1982–1989 nie ma żadnego z kraju: Hiszpania lub Włochy.',
      'Wśród 22 partnerstw nowych w okresie 1982–1989 nie ma żadnego z kraju: Hiszpania lub Włochy.',
      'Wśród 25 partnerstw nowych w okresie 1982–1989 nie ma żadnego z kraju: Hiszpania lub Włochy.',
    ]);
    expect(pl.controls_empty_all_has({ count: 5, ...i })).toBe('Wśród 5 partnerstw ze wszystkich okresów nie ma żadnego o statusie: zakończone.');
    expect(pl.controls_empty_cumulative_both({ count: 22, ...i })).toBe(
      'Wśród 22 partnerstw do końca okresu 1982–1989 nie ma żadnego z kraju: Hiszpania lub Włochy i o statusie: zakończone.',
    );
    expect(pl.controls_empty_cumulative_both({ count: 1, ...i })).toBe(
      'Jedyne partnerstwo do końca okresu 1982–1989 nie jest zarazem z kraju: Hiszpania lub Włochy i o statusie: zakończone.',
    );
    expect(pl.controls_empty_new_unfiltered({ count: 25, ...i })).toBe('Żadne z 25 partnerstw nowych w okresie 1982–1989 nie jest pokazane.');
    expect(pl.controls_empty_zero_new({ period: '1982–1989' })).toBe('W okresie 1982–1989 nie ma nowych partnerstw.');
    expect(pl.controls_empty_zero_cumulative({ period: '1982–1989' })).toBe('Do końca okresu 1982–1989 nie ma żadnego partnerstwa.');
  });

  it('a large count is written the Polish way; a period is not a number', () => {
    expect(pl.controls_empty_all_from({ count: 100000, countries: 'Polska' })).toBe('Wśród 100\u00a0000 partnerstw ze wszystkich okresów nie ma żadnego z kraju: Polska.');
    expect(pl.controls_empty_zero_new({ period: '1982' })).toBe('W okresie 1982 nie ma nowych partnerstw.');
  });

  it('the search and the counter’s breakdown', () => {
    expect(pl.controls_suggestions_label({ label: 'Szukaj miejsc' })).toBe('Szukaj miejsc: podpowiedzi');
    expect(pl.controls_also_written({ spelling: 'Shantung' })).toBe('inna pisownia: „Shantung”');
    expect(pl.controls_no_match({ query: 'xyz' })).toBe('Brak miejsc pasujących do „xyz”.');
    expect(pl.controls_counter_breakdown({ periodTables: 134, table9Only: 9 })).toBe('= 134 w tabelach 4–8 + 9 tylko w tabeli 9');
  });
});

describe('controls words, Chinese', () => {
  it('one form for every count', () => {
    expect([1, 2, 5].map((count) => zh.controls_shown_noun({ count }))).toEqual(['项伙伴关系已显示', '项伙伴关系已显示', '项伙伴关系已显示']);
  });

  it('a filter button’s title', () => {
    expect(zh.controls_toggle_country_only({ name: '法国' })).toBe('只显示法国');
    expect(zh.controls_toggle_country_add({ name: '法国' })).toBe('同时显示法国');
    expect(zh.controls_toggle_status_hide({ status: '已终止' })).toBe('隐藏已终止的伙伴关系');
  });

  it('an empty view', () => {
    const i = { period: '1982–1989', countries: '西班牙或意大利', statuses: '已终止' };
    expect(zh.controls_empty_new_from({ count: 27, ...i })).toBe('1982–1989 新增的 27 项伙伴关系中，没有来自西班牙或意大利的。');
    expect(zh.controls_empty_all_has({ count: 1, ...i })).toBe('全部时期的 1 项伙伴关系中，没有已终止的。');
    expect(zh.controls_empty_cumulative_both({ count: 5, ...i })).toBe('截至 1982–1989 时期末累计的 5 项伙伴关系中，没有来自西班牙或意大利且已终止的。');
    expect(zh.controls_empty_cumulative_unfiltered({ count: 5, ...i })).toBe('截至 1982–1989 时期末累计的 5 项伙伴关系均未显示。');
    expect(zh.controls_empty_zero_new({ period: '1982–1989' })).toBe('1982–1989 没有新增伙伴关系。');
    expect(zh.controls_empty_zero_all({})).toBe('全部时期均无伙伴关系。');
  });

  it('the search and the counter’s breakdown', () => {
    expect(zh.controls_also_written({ spelling: 'Shantung' })).toBe('又作“Shantung”');
    expect(zh.controls_no_match({ query: 'xyz' })).toBe('没有与“xyz”匹配的地点。');
    expect(zh.controls_counter_breakdown({ periodTables: 134, table9Only: 9 })).toBe('= 表 4–8 中 134 项 + 仅见于表 9 的 9 项');
  });
});

describe('controls words, English as they were', () => {
  it('an empty view: every filter, the lists with “or” and no Oxford comma', () => {
    expect(emptyView(0, '1982-1989', 'new', [], [])).toBe('No partnership is new in 1982–1989.');
    expect(emptyView(0, 'all', 'new', [], [])).toBe('No partnership is in all periods.');
    expect(emptyView(0, '1982-1989', 'cumulative', ['Spain'], [])).toBe('No partnership is up to the end of 1982–1989.');
    expect(emptyView(27, '1982-1989', 'new', ['Spain'], [])).toBe('None of the 27 partnerships new in 1982–1989 is from Spain.');
    expect(emptyView(1, 'all', 'new', [], ['ended'])).toBe('None of the 1 partnership in all periods has the status ended.');
    expect(emptyView(5, '2000-2007', 'cumulative', ['Spain', 'Italy', 'France'], ['ended', 'not active'])).toBe(
      'None of the 5 partnerships up to the end of 2000–2007 is from Spain, Italy or France and has the status ended or not active.',
    );
    // Only the confidence filter: the sentence as it always was (no predicate).
    expect(emptyView(5, '1982-1989', 'new', [], [])).toBe('None of the 5 partnerships new in 1982–1989 .');
  });

  it('the counter’s breakdown', () => {
    expect(counterBreakdown({ periodTables: 134, table9Only: 9 })).toBe('= 134 in Tables 4–8 + 9 only in Table 9');
  });
});
