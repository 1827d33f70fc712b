/** The printed view's words in Chinese and Polish: the map's label with the view's title in its place. */
import { describe, expect, it } from 'vitest';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';

describe('print words', () => {
  it('the map’s label on paper holds the title', () => {
    expect(pl.print_map_label({ title: 'Partnerstwa UE–Chiny: 2000–2007' })).toBe('Mapa: Partnerstwa UE–Chiny: 2000–2007');
    expect(zh.print_map_label({ title: '中欧伙伴关系：2000–2007' })).toBe('地图：中欧伙伴关系：2000–2007');
    expect(pl.print_table_9_only({})).toBe('Tylko tabela 9 (bez okresu)');
  });
});
