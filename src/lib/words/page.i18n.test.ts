/**
 * The page's words in Chinese and Polish: the compiled messages of each language (not the live English bindings):
 * the tab's title, the embed's subtitle, the load errors and the screen-reader summary's sentences with their
 * placeholders; and the English summary as it always was.
 */
import { describe, expect, it } from 'vitest';
import * as en from '../i18n/generated/paraglide/messages/en.js';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';
import { summarySentences } from './page.ts';

describe('page words, Chinese', () => {
  it('the tab’s title and the embed’s line', () => {
    expect(zh.page_title({ view: '中欧伙伴关系：1982–1989', app: '中欧伙伴关系地图集' })).toBe('中欧伙伴关系：1982–1989｜中欧伙伴关系地图集');
    expect(zh.page_embed_subtitle({ subtitle: '本时期新增' })).toBe('本时期新增：连线将欧方地区（报告未写明地区时为其国家）与中方伙伴相连。');
    expect(zh.page_load_failed({ reason: 'HTTP 404' })).toBe('地图集未能加载数据。HTTP 404');
    expect(zh.page_map_credit({ boundaries: 'Natural Earth' })).toBe('边界：Natural Earth');
  });

  it('the summary’s sentences: full-width brackets and stops', () => {
    expect(zh.page_summary_head_counts({ head: '全部时期：23 项伙伴关系', counts: '意大利 20、德国 3' })).toBe('全部时期：23 项伙伴关系（意大利 20、德国 3）。');
    expect(zh.page_summary_head({ head: '全部时期：0 项伙伴关系' })).toBe('全部时期：0 项伙伴关系。');
    expect(zh.page_summary_filter_countries({ countries: '意大利和德国' })).toBe('按国家筛选：意大利和德国。');
    expect(zh.page_summary_filter_statuses({ statuses: '活跃' })).toBe('按状态筛选：活跃。');
    expect(zh.page_summary_filter_both({ countries: '波兰', statuses: '活跃和状态未注明' })).toBe('按国家筛选：波兰；按状态筛选：活跃和状态未注明。');
    expect(zh.page_summary_selected({ name: '罗兹省' })).toBe('已选中：罗兹省。');
  });
});

describe('page words, Polish', () => {
  it('the tab’s title and the embed’s line', () => {
    expect(pl.page_title({ view: 'Partnerstwa UE–Chiny: 1982–1989', app: 'Atlas partnerstw UE–Chiny' })).toBe('Partnerstwa UE–Chiny: 1982–1989 · Atlas partnerstw UE–Chiny');
    expect(pl.page_embed_subtitle({ subtitle: 'Nowe w okresie' })).toBe(
      'Nowe w okresie: łuki łączą regiony europejskie (lub ich kraj, gdy raport nie podaje regionu) z partnerami chińskimi.',
    );
    expect(pl.page_fine_geo_failed({ reason: 'HTTP 500' })).toBe('Nie udało się wczytać szczegółowych granic mapy, więc pokazano uproszczone. HTTP 500');
    expect(pl.page_map_credit({ boundaries: 'Natural Earth' })).toBe('Granice: Natural Earth');
  });

  it('the summary’s sentences', () => {
    expect(pl.page_summary_head_counts({ head: 'Wszystkie okresy: 23 partnerstwa', counts: 'Włochy 20 i Niemcy 3' })).toBe('Wszystkie okresy: 23 partnerstwa (Włochy 20 i Niemcy 3).');
    expect(pl.page_summary_filter_countries({ countries: 'Polska' })).toBe('Filtr krajów: Polska.');
    expect(pl.page_summary_filter_statuses({ statuses: 'aktywne i zakończone' })).toBe('Filtr statusu: aktywne i zakończone.');
    expect(pl.page_summary_filter_both({ countries: 'Polska', statuses: 'aktywne' })).toBe('Filtr krajów: Polska; filtr statusu: aktywne.');
    expect(pl.page_summary_selected({ name: 'Łódzkie' })).toBe('Wybrano: Łódzkie.');
  });
});

describe('page words, English as they were', () => {
  it('the compiled English summary messages', () => {
    expect(en.page_summary_filter_both({ countries: 'Poland', statuses: 'active, status not stated' })).toBe('Filtered by countries: Poland; status: active, status not stated.');
  });

  it('the summary joins its lists with commas and its sentences with a space', () => {
    expect(
      summarySentences({
        head: 'All periods: 24 partnerships',
        counts: [['Italy', 20], ['Germany', 3], ['Poland', 1]],
        countries: ['Italy', 'Germany', 'Poland'],
        statuses: ['active', 'not-active', 'unknown'],
        selected: 'Łódzkie',
      }),
    ).toBe(
      'All periods: 24 partnerships (Italy 20, Germany 3, Poland 1). Filtered by countries: Italy, Germany, Poland; status: active, not active, status not stated. Selected: Łódzkie.',
    );
    expect(summarySentences({ head: 'Up to 1999: 3 partnerships', counts: [], countries: [], statuses: ['ended'] })).toBe('Up to 1999: 3 partnerships. Filtered by status: ended.');
  });
});
