/**
 * The data note's words in Chinese and Polish: the compiled messages of each language (plurals for Polish 1, 2,
 * 5, 22, 25; placeholders; numbers written the language's way), then the module itself in each language (lists
 * joined the language's way, sentences joined without a space in Chinese), and English as it always was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inLanguage, leaveLanguage } from './in-language.test-helper.ts';
import * as en from '../i18n/generated/paraglide/messages/en.js';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';

const POLISH_COUNTS = [1, 2, 5, 22, 25];
const NBSP = '\u00a0';

describe('data note messages, Polish', () => {
  it('a table’s row count agrees with it: wiersz, wiersze, wierszy', () => {
    expect(POLISH_COUNTS.map((count) => pl.download_note_rows({ count }))).toEqual(['1 wiersz.', '2 wiersze.', '5 wierszy.', '22 wiersze.', '25 wierszy.']);
    expect(pl.download_note_rows({ count: 1.5 })).toBe('1,5 wiersza.');
  });

  it('the reconstructed records: the verb agrees with each count, the total is in brackets', () => {
    const low = POLISH_COUNTS.map((low) => pl.download_note_limit_confidence_low({ total: 149, low }).match(/\(149\) (\d+ \S+) niską/)?.[1]);
    expect(low).toEqual(['1 ma', '2 mają', '5 ma', '22 mają', '25 ma']);
    const medium = POLISH_COUNTS.map((count) => pl.download_note_limit_confidence_medium({ count }).split(' średnią')[0]);
    expect(medium).toEqual(['Jeszcze 1 ma', 'Jeszcze 2 mają', 'Jeszcze 5 ma', 'Jeszcze 22 mają', 'Jeszcze 25 ma']);
  });

  it('what the report counts: each sentence agrees with its count', () => {
    expect(POLISH_COUNTS.map((period) => pl.download_note_limit_counted({ period, table9: 9, drawn: period + 9 }).match(/liczą (\d+ \S+);/)?.[1])).toEqual([
      '1 partnerstwo',
      '2 partnerstwa',
      '5 partnerstw',
      '22 partnerstwa',
      '25 partnerstw',
    ]);
    expect(pl.download_note_limit_counted({ period: 134, table9: 9, drawn: 143 })).toBe(
      'Co liczy raport. Tabele okresów (tabele 4–8) liczą 134 partnerstwa; tylko ranking prowincji (tabela 9) liczy jeszcze 9, bez okresu: razem 143 – tyle rysuje mapa, gdy pokazuje wszystkie okresy.',
    );
    expect(pl.download_note_limit_counted_none({ count: 1 })).toBe('Tekst wymienia jeszcze 1 partnerstwo, ale żadna tabela go nie liczy i mapa nigdy go nie rysuje.');
    expect(pl.download_note_limit_counted_none({ count: 22 })).toBe('Tekst wymienia jeszcze 22 partnerstwa, ale żadna tabela ich nie liczy i mapa nigdy ich nie rysuje.');
    expect(POLISH_COUNTS.map((count) => pl.download_note_limit_counted_unattributed({ count, total: 147 }).split(', ')[0])).toEqual([
      'Tabela 9 liczy też 1 partnerstwo',
      'Tabela 9 liczy też 2 partnerstwa',
      'Tabela 9 liczy też 5 partnerstw',
      'Tabela 9 liczy też 22 partnerstwa',
      'Tabela 9 liczy też 25 partnerstw',
    ]);
    expect(pl.download_note_limit_counted_unattributed({ count: 1, total: 147 })).toContain('którego nie da się przypisać żadnemu krajowi UE: nie ma ono wiersza');
    expect(pl.download_note_limit_counted_unattributed({ count: 4, total: 147 })).toMatch(/których nie da się .* nie mają one wiersza .* łącznie 147\.$/);
  });

  it('the contradictions, the periods and the cells: counts agree, lists and numbers are placed', () => {
    expect(POLISH_COUNTS.map((count) => pl.download_note_limit_contradictions({ count, examples: 'x' }).match(/wymienia (\d+ \S+ \S+)/)?.[1])).toEqual([
      '1 miejsce, w',
      '2 miejsca, w',
      '5 miejsc, w',
      '22 miejsca, w',
      '25 miejsc, w',
    ]);
    expect(pl.download_note_limit_contradictions({ count: 26, examples: 'a: 1 wobec 2' })).toContain('na przykład a: 1 wobec 2. Atlas');
    expect(pl.download_note_disagreement({ about: 'suma', a: '146', b: '147' })).toBe('suma: 146 wobec 147');
    expect(pl.download_note_limit_periods({ count: 1, periods: 'A', gaps: 'B' })).toContain('w 1 okresie (A); żadna tabela nie obejmuje lat B.');
    expect(POLISH_COUNTS.map((count) => pl.download_note_limit_periods({ count, periods: 'A', gaps: 'B' }).includes(`w ${count} okresach (A)`))).toEqual([false, true, true, true, true]);
    // Years stay strings ('1982–1989'); counts of 10 000 and more are grouped with a no-break space.
    expect(pl.download_note_limit_cells({ printed: 12345, inferred: 117, unrecoverable: 24, missing: 1 })).toBe(
      `Jak odczytano tabele. Wydrukowane komórki raportu: odczytane tak, jak wydrukowano – 12${NBSP}345; z wierszem lub kolumną ustaloną na podstawie tekstu lub sum – 117; z kolumną wybraną tylko tak, by zgadzały się sumy – 24; zaginione w naszym egzemplarzu – 1. Która jest która, mówi kolumna reading w tabeli „Komórki drukowanych tabel”.`,
    );
  });

  it('a status code and its word, a column’s description with its list', () => {
    expect(pl.download_note_status_code({ code: 'active', word: 'aktywne' })).toBe('active (aktywne)');
    expect(pl.download_note_partnerships_col_status({ codes: 'X' })).toBe(
      'Status partnerstwa jako kod: X; słowa w nawiasach to te, których używają mapa, jej legenda, panele i eksporty.',
    );
  });
});

describe('data note messages, Chinese', () => {
  it('one form for every count, numbers and placeholders in place', () => {
    expect(POLISH_COUNTS.map((count) => zh.download_note_rows({ count }))).toEqual(['共 1 行。', '共 2 行。', '共 5 行。', '共 22 行。', '共 25 行。']);
    expect(zh.download_note_limit_confidence_low({ total: 149, low: 32 })).toContain('在 149 项伙伴关系中，有 32 项可信度低：');
    expect(zh.download_note_limit_confidence_medium({ count: 28 })).toMatch(/^另有 28 项可信度中等：/);
    expect(zh.download_note_limit_counted({ period: 134, table9: 9, drawn: 143 })).toBe(
      '报告统计了什么。各时期表（表 4–8）统计了 134 项伙伴关系；另有 9 项只计入省份排名（表 9），没有时期：地图显示全部时期时，会绘出这 143 项。',
    );
    expect(zh.download_note_limit_counted_unattributed({ count: 4, total: 1470 })).toMatch(/^表 9 还统计了 4 项.*总数为 1,470 项。$/);
    expect(zh.download_note_limit_contradictions({ count: 26, examples: 'x' })).toContain('矛盾表列出了 26 处');
    expect(zh.download_note_disagreement({ about: '总数', a: '146', b: '147' })).toBe('总数：146 对 147');
    expect(zh.download_note_limit_periods({ count: 5, periods: 'A', gaps: 'B' })).toContain('报告按 5 个时期统计新增伙伴关系（A）；没有任何表格涵盖 B。');
    expect(zh.download_note_limit_cells({ printed: 160, inferred: 117, unrecoverable: 24, missing: 1 })).toMatch(/^表格的解读方式。报告印刷的单元格中，160 个.*117 个.*24 个.*1 个/);
    expect(zh.download_note_status_code({ code: 'ended', word: '已终止' })).toBe('ended（已终止）');
  });
});

describe('the data note’s module in each language', () => {
  afterEach(leaveLanguage);

  /** download-note.ts as a reader of `locale` gets it: that language's messages in place of the English ones. */
  const words = (locale: 'zh-Hans' | 'pl') => inLanguage(locale, () => import('./download-note.ts'));

  it('Polish: lists end in “i”, statuses listed with their Polish words, sentences joined by a space', async () => {
    const n = await words('pl');
    expect(n.limitPeriods(['1982–1989', '1991–1999', '2000–2007'], ['1990', '2008–2009', '2013'])).toContain(
      'w 3 okresach (1982–1989, 1991–1999 i 2000–2007); żadna tabela nie obejmuje lat 1990, 2008–2009 i 2013.',
    );
    expect(n.PARTNERSHIP_COLUMNS.status).toContain('kod: active (aktywne), not-active (nieaktywne), ended (zakończone) i unknown (status nieznany);');
    expect(n.limitConfidence(32, 28, 149)).toContain('sumy. Jeszcze 28 ma średnią pewność');
    expect(n.limitContradictions(2, ['a: 1 wobec 2', 'b: 3 wobec 4'])).toContain('na przykład a: 1 wobec 2 i b: 3 wobec 4.');
    expect(n.PARTNERSHIPS_TABLE.title).toBe('Partnerstwa');
    expect(n.rowsLine(149)).toBe('149 wierszy.');
  });

  it('Chinese: lists with 、 and 和, sentences joined without a space', async () => {
    const n = await words('zh-Hans');
    expect(n.limitPeriods(['1982–1989', '1991–1999', '2000–2007'], ['1990', '2013'])).toContain('（1982–1989、1991–1999和2000–2007）；没有任何表格涵盖 1990和2013。');
    expect(n.PARTNERSHIP_COLUMNS.status).toContain('active（活跃）、not-active（不活跃）、ended（已终止）、unknown（状态未注明）');
    expect(n.limitConfidence(32, 28, 149)).toContain('相符而定的。另有 28 项');
    expect(n.limitCounted(134, 9, 6, 4)).toContain('143 项。另有 6 项');
    expect(n.NOTE_TITLE).toBe('中欧伙伴关系地图集：数据');
  });

  it('English: as it always read (no Oxford comma, statuses with a comma only)', async () => {
    const n = await import('./download-note.ts');
    expect(n.limitPeriods(['A', 'B', 'C'], ['x', 'y'])).toContain('in 3 periods (A, B and C); no table covers x and y.');
    expect(n.PARTNERSHIP_COLUMNS.status).toContain('as a code: active (active), not-active (not active), ended (ended), unknown (status not stated);');
    expect(n.limitContradictions(2, ['a', 'b'])).toContain('for example a; b. The atlas');
    expect(en.download_note_rows({ count: 1 })).toBe('1 row.');
    expect(en.download_note_rows({ count: 2 })).toBe('2 rows.');
  });
});
