/**
 * The Sources dialog's words in Chinese and Polish: the compiled messages of each language (plurals for Polish 1,
 * 2, 5, 22, 25; placeholders), then sources.ts itself run in each language (dates and lists the reader's own; the
 * references' titles and authors as printed).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inLanguage, leaveLanguage } from './in-language.test-helper.ts';
import type { Locale } from '../i18n/locale.ts';
import * as en from '../i18n/generated/paraglide/messages/en.js';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';

const POLISH_COUNTS = [1, 2, 5, 22, 25];

/** sources.ts (and export.ts, whose citation of the atlas the dialog shows) as a reader of `lang` gets them: the language's messages handed over before the modules are evaluated. */
const sourcesIn = (lang: Exclude<Locale, 'en'>) => inLanguage(lang, async () => ({ ...(await import('./sources.ts')), ...(await import('./export.ts')) }));

describe('sources words, Polish', () => {
  it('what cites a document: the whole phrase agrees with the count', () => {
    expect(POLISH_COUNTS.map((count) => pl.sources_use_partnerships({ count }))).toEqual([
      '1 rekord partnerstwa',
      '2 rekordy partnerstw',
      '5 rekordów partnerstw',
      '22 rekordy partnerstw',
      '25 rekordów partnerstw',
    ]);
    expect(POLISH_COUNTS.map((count) => pl.sources_use_statements({ count }))).toEqual([
      '1 liczba podana w raporcie',
      '2 liczby podane w raporcie',
      '5 liczb podanych w raporcie',
      '22 liczby podane w raporcie',
      '25 liczb podanych w raporcie',
    ]);
    expect(POLISH_COUNTS.map((count) => pl.sources_use_story({ count }))).toEqual(['1 krok prezentacji', '2 kroki prezentacji', '5 kroków prezentacji', '22 kroki prezentacji', '25 kroków prezentacji']);
    expect([1, 3, 12].map((count) => pl.sources_use_profiles({ count }))).toEqual(['1 profil IURC', '3 profile IURC', '12 profili IURC']);
  });

  it('placeholders', () => {
    expect(pl.panels_open_reference({ label: 'Kamiński et al. (2019)' })).toBe('Kamiński et al. (2019): pełny opis bibliograficzny');
    expect(pl.export_cite_atlas({ title: 'T', version: '0.1.0', date: '28 listopada 2026' })).toBe('T, wersja 0.1.0, stan danych na 28 listopada 2026.');
    expect(pl.sources_show_table({ period: '1982–1989' })).toBe('Pokaż 1982–1989');
  });
});

describe('sources words, Chinese', () => {
  it('one form for every count, with its measure word', () => {
    expect([1, 143].map((count) => zh.sources_use_partnerships({ count }))).toEqual(['1 条伙伴关系记录', '143 条伙伴关系记录']);
    expect(zh.sources_use_contradictions({ count: 2 })).toBe('2 处矛盾');
    expect(zh.sources_use_places({ count: 1234 })).toBe('1,234 个地点');
  });

  it('full-width punctuation around placeholders', () => {
    expect(zh.sources_partnership_line({ eu: '巴伐利亚', cn: '山东', when: '1987 年起' })).toBe('巴伐利亚 → 山东，1987 年起');
    expect(zh.export_cite_atlas_from({ title: 'T', version: '0.1.0', date: '2026年11月28日', from: 'A (2019)' })).toBe('T，版本 0.1.0，数据日期 2026年11月28日。资料来源：A (2019)。');
  });
});

describe('sources words, English as before', () => {
  it('one and many', () => {
    expect([1, 143].map((count) => en.sources_use_partnerships({ count }))).toEqual(['1 partnership record', '143 partnership records']);
    expect([1, 2].map((count) => en.sources_use_case_studies({ count }))).toEqual(['1 case study', '2 case studies']);
  });
});

describe('sources.ts in another language', () => {
  afterEach(leaveLanguage);

  const atlas = { title: 'EU–China Partnership Atlas', version: '0.1.0', date: '2026-11-28' };
  const from = ['Kamiński, Skorupska & Szczudlik (2019)', 'IURC (2023)'];

  it('Polish: the date and the list the Polish way, the references as printed', async () => {
    const w = await sourcesIn('pl');
    expect(w.citeAtlas(atlas, from)).toBe(
      'EU–China Partnership Atlas, wersja 0.1.0, stan danych na 28 listopada 2026. Na podstawie: Kamiński, Skorupska & Szczudlik (2019) i IURC (2023).',
    );
    expect(w.citeAtlas(atlas, [])).toBe('EU–China Partnership Atlas, wersja 0.1.0, stan danych na 28 listopada 2026.');
    expect(w.useLine('places', 5)).toBe('5 miejsc');
    const text = w.periodsText(['1982–1989', '1991–1999', '2000–2007'], ['1990', '2008–2009', '2013']);
    expect(text).toContain('dla każdego okresu: 1982–1989, 1991–1999 i 2000–2007.');
    expect(text).toContain('nie obejmuje lat 1990, 2008–2009 i 2013,');
    // The modes named as the period control names them (core's words).
    expect(text).toContain('„Nowe w okresie”');
    expect(text).toContain('„Narastająco”');
  });

  it('Chinese: the date and the list the Chinese way', async () => {
    const w = await sourcesIn('zh-Hans');
    expect(w.citeAtlas(atlas, from)).toBe('EU–China Partnership Atlas，版本 0.1.0，数据日期 2026年11月28日。资料来源：Kamiński, Skorupska & Szczudlik (2019)和IURC (2023)。');
    expect(w.periodsText(['1982–1989', '1991–1999'], ['1990'])).toMatch(/^报告每个时期用一张表统计新增伙伴关系：1982–1989和1991–1999。1990 不在任何一张表内/);
    expect(w.SURVEY_COLUMNS).toHaveLength(5);
    expect(w.GLOSSARY.map((g) => g.term)).toEqual(['可信度', '计入', '国家定位点', '无法归属']);
  });
});
