/**
 * The panels' messages in Chinese and Polish (messages/panels): counts take the form each language needs
 * (Polish 1 / 2–4 / 5–21 / 22–24 / 25), placeholders land where each language puts them, years stay years.
 * Read from the compiled per-language modules directly (the app itself reads one language, chosen at start).
 */
import { describe, expect, it } from 'vitest';
import * as en from '../i18n/generated/paraglide/messages/en.js';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';

const COUNTS = [1, 2, 5, 22, 25];

describe('the panels in Polish', () => {
  it('agrees the noun with the count: Table 9’s unattributed partnerships, the partnerships named only in the text', () => {
    expect(COUNTS.map((count) => pl.panels_unattributed_note({ count }))).toEqual([
      'Tabela 9 liczy też 1 partnerstwo, którego nie da się przypisać żadnemu krajowi UE; jest ono tylko w rankingu.',
      'Tabela 9 liczy też 2 partnerstwa, których nie da się przypisać żadnemu krajowi UE; są one tylko w rankingu.',
      'Tabela 9 liczy też 5 partnerstw, których nie da się przypisać żadnemu krajowi UE; są one tylko w rankingu.',
      'Tabela 9 liczy też 22 partnerstwa, których nie da się przypisać żadnemu krajowi UE; są one tylko w rankingu.',
      'Tabela 9 liczy też 25 partnerstw, których nie da się przypisać żadnemu krajowi UE; są one tylko w rankingu.',
    ]);
    expect(COUNTS.map((count) => pl.panels_totals_named_only({ count }).split(' w tekście')[0])).toEqual([
      'Jeszcze 1 partnerstwo jest wymienione',
      'Jeszcze 2 partnerstwa są wymienione',
      'Jeszcze 5 partnerstw jest wymienionych',
      'Jeszcze 22 partnerstwa są wymienione',
      'Jeszcze 25 partnerstw jest wymienionych',
    ]);
    expect(COUNTS.map((count) => pl.panels_report_total({ value: String(count), count }))).toEqual(['1 partnerstwo', '2 partnerstwa', '5 partnerstw', '22 partnerstwa', '25 partnerstw']);
  });

  it('says how many are active, and the steps of the totals, in the form each count needs', () => {
    const note = (active: number) => pl.panels_status_note({ stated: 120, total: 146, active, shareAll: '55%', shareStated: '67%' });
    expect(note(80)).toBe(
      'Status poszczególnych partnerstw znamy tylko tam, gdzie podaje go raport (120 z 146); aktywnych jest tu 80, czyli 55% wszystkich i 67% tych z podanym statusem.',
    );
    expect(COUNTS.map((n) => note(n).match(/; (.*?) tu/)![1])).toEqual(['aktywne jest', 'aktywne są', 'aktywnych jest', 'aktywne są', 'aktywnych jest']);
    expect(COUNTS.map((count) => pl.panels_totals_table9_only({ count, drawn: 143 }).split(' tylko')[0])).toEqual([
      '+ 1 policzone',
      '+ 2 policzone',
      '+ 5 policzonych',
      '+ 22 policzone',
      '+ 25 policzonych',
    ]);
    expect(COUNTS.map((count) => pl.panels_totals_unattributed({ count, table9: 147 }))).toEqual([
      '+ 1 pozycja z tabeli 9, której nie da się powiązać z krajem UE = 147, suma tabeli 9',
      '+ 2 pozycje z tabeli 9, których nie da się powiązać z krajem UE = 147, suma tabeli 9',
      '+ 5 pozycji z tabeli 9, których nie da się powiązać z krajem UE = 147, suma tabeli 9',
      '+ 22 pozycje z tabeli 9, których nie da się powiązać z krajem UE = 147, suma tabeli 9',
      '+ 25 pozycji z tabeli 9, których nie da się powiązać z krajem UE = 147, suma tabeli 9',
    ]);
  });

  it('words a country’s unnamed partnerships as whole sentences: one, or many in the right form', () => {
    const none = (unnamed: number) => pl.panels_unnamed_none({ name: 'Bayern', country: 'Niemcy', named: 2, total: unnamed + 2, unnamed });
    expect(none(21)).toBe(
      'Niemcy: raport podaje region lub miasto tylko dla 2 z 23 partnerstw; pozostałych 21 zaczyna się na mapie w punkcie kraju i w każdym z nich może uczestniczyć Bayern.',
    );
    expect(none(22)).toContain('pozostałe 22 zaczynają się');
    expect(none(2)).toContain('pozostałe 2 zaczynają się');
    expect(none(25)).toContain('pozostałych 25 zaczyna się');
    // One unnamed: the total it is one of takes the genitive singular when it is 1 too.
    expect(pl.panels_unnamed_none_one({ name: 'Bayern', country: 'Niemcy', named: 0, total: 1 })).toContain('tylko dla 0 z 1 partnerstwa; pozostałe jedno');
    expect(pl.panels_unnamed_none_one({ name: 'Bayern', country: 'Niemcy', named: 22, total: 23 })).toContain('tylko dla 22 z 23 partnerstw; pozostałe jedno');
    expect(COUNTS.slice(1).map((unnamed) => pl.panels_unnamed_more({ name: 'Bayern', country: 'Niemcy', unnamed }).split(',')[0])).toEqual([
      'Niemcy: jeszcze 2 partnerstwa',
      'Niemcy: jeszcze 5 partnerstw',
      'Niemcy: jeszcze 22 partnerstwa',
      'Niemcy: jeszcze 25 partnerstw',
    ]);
    expect(pl.panels_unnamed_more_one({ name: 'Bayern', country: 'Niemcy' })).toBe(
      'Niemcy: jeszcze 1 partnerstwo, dla którego raport nie podaje regionu ani miasta (na mapie wychodzi z punktu kraju); może w nim uczestniczyć także Bayern.',
    );
  });

  it('groups large counts with a no-break space, and leaves years and table numbers as written', () => {
    expect(pl.panels_tab_list({ count: 100000 })).toBe('Lista (100\u00a0000)');
    expect(pl.panels_ranking_differs({ name: 'Shandong', ranked: 16, counted: 15, unattributed: 1 })).toBe(
      'W tabeli 9 Shandong ma 16: 15 z tej listy oraz 1 bez przypisania do kraju UE (poza mapą).',
    );
    expect(pl.panels_started_in({ year: '1987' })).toBe('rozpoczęte w 1987 r.');
    expect(pl.panels_agreement_official_year({ year: '2015' })).toBe('objęte oficjalną umową (2015)');
    expect(pl.panels_cumulative_panel_label({ first: '4', last: '6', period: '2000–2007' })).toBe('Tabele 4–6, do końca okresu 2000–2007');
    expect(pl.panels_no_such_place_text({ id: 'X-1' })).toBe('W danych nie ma miejsca „X-1”.');
  });
});

describe('the panels in Chinese', () => {
  it('has one form for every count, with its measure word', () => {
    expect(COUNTS.map((count) => zh.panels_unattributed_note({ count }))).toEqual(
      COUNTS.map((n) => `表 9 还统计了 ${n} 项无法对应到任何欧盟国家的伙伴关系；它们只计入排名。`),
    );
    expect(COUNTS.map((count) => zh.panels_report_total({ value: String(count), count }))).toEqual(COUNTS.map((n) => `${n} 项伙伴关系`));
    expect(zh.panels_status_note({ stated: 120, total: 146, active: 80, shareAll: '55%', shareStated: '67%' })).toBe(
      '只有报告注明状态时，才能知道单项伙伴关系的状态（146 项中的 120 项）；其中活跃的有 80 项，占全部的 55%，占已注明状态者的 67%。',
    );
    expect(zh.panels_totals_table9_only({ count: 9, drawn: 143 })).toBe('+ 9 项仅计入省份排名（表 9），无时期 = 在“全部”下绘出的 143 项');
  });

  it('puts the names where Chinese puts them, with no space beside a Chinese name, and full-width punctuation', () => {
    expect(zh.panels_unnamed_none({ name: '巴伐利亚', country: '德国', named: 2, total: 23, unnamed: 21 })).toBe(
      '报告只为德国的 23 项伙伴关系中的 2 项注明了地区或城市；其余 21 项从地图上德国的国家定位点出发，其中任何一项都可能属于巴伐利亚。',
    );
    expect(zh.panels_unnamed_more_one({ name: '巴伐利亚', country: '德国' })).toBe(
      '德国还有 1 项伙伴关系，报告未注明其地区或城市（从德国的国家定位点绘出）；它也可能属于巴伐利亚。',
    );
    expect(zh.panels_ranking_differs({ name: '山东省', ranked: 16, counted: 15, unattributed: 1 })).toBe(
      '表 9 中山东省计为 16 项：即此处统计的 15 项，加上 1 项无法对应到欧盟国家的伙伴关系（未在地图上绘出）。',
    );
    expect(zh.panels_no_such_place_text({ id: 'X-1' })).toBe('数据中没有地点“X-1”。');
    expect(zh.panels_period_table_button({ label: '1982–1989', table: '4' })).toBe('1982–1989（表 4）');
    expect(zh.panels_started_in({ year: '1987' })).toBe('始于 1987 年');
  });
});

describe('the panels in English', () => {
  it('keeps the report’s wording for every count (its plural forms say the same)', () => {
    expect(en.panels_unattributed_note({ count: 1 })).toBe('Table 9 also counts 1 partnerships that no EU country can be given for; they are in the ranking only.');
    expect(en.panels_unnamed_more({ name: 'Bavaria', country: 'Germany', unnamed: 21 })).toBe(
      'Germany has 21 more partnerships whose region or city the report does not name (drawn from Germany’s anchor); any of them may also be Bavaria’s.',
    );
  });
});
