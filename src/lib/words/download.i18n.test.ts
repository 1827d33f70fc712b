/** The download dialog's words in Chinese and Polish: a table's button with its row count (Polish 1, 2, 5, 22, 25), the failure. */
import { describe, expect, it } from 'vitest';
import * as en from '../i18n/generated/paraglide/messages/en.js';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';

const POLISH_COUNTS = [1, 2, 5, 22, 25];

describe('download words', () => {
  it('a table’s button agrees with its row count', () => {
    expect(POLISH_COUNTS.map((count) => pl.download_table_button({ title: 'Miejsca', count }))).toEqual([
      'Miejsca (1 wiersz)',
      'Miejsca (2 wiersze)',
      'Miejsca (5 wierszy)',
      'Miejsca (22 wiersze)',
      'Miejsca (25 wierszy)',
    ]);
    expect(pl.download_table_button({ title: 'Miejsca', count: 12345 })).toBe('Miejsca (12\u00a0345 wierszy)');
    expect(POLISH_COUNTS.map((count) => zh.download_table_button({ title: '地点', count }))).toEqual(['地点（1 行）', '地点（2 行）', '地点（5 行）', '地点（22 行）', '地点（25 行）']);
    expect([1, 2].map((count) => en.download_table_button({ title: 'Places', count }))).toEqual(['Places (1 row)', 'Places (2 rows)']);
  });

  it('why a download failed, the reason in its place', () => {
    expect(pl.download_failed({ reason: 'brak miejsca' })).toBe('Nie udało się przygotować pliku: brak miejsca');
    expect(zh.download_failed({ reason: 'x' })).toBe('无法生成下载文件：x');
  });
});
