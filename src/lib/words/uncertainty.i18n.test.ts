/** The uncertainty's words: English as before, and the Chinese and Polish messages with their placeholders. */
import { describe, expect, it } from 'vitest';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';
import { CERTAIN_ONLY_HINT, confidenceReason, flowLowShare, LOW_KEY_LABEL, LOW_KEY_SHORT } from './uncertainty.ts';

describe('uncertainty words', () => {
  it('keeps the English as it was', () => {
    expect(confidenceReason('low', 6)).toBe('placed so that the printed totals hold: our copy of Table 6 does not show which country this cell belongs to');
    expect(confidenceReason('low', null)).toBe(
      'placed so that the printed totals hold: our copy of the report does not show which country this cell belongs to',
    );
    expect(confidenceReason('medium', 5)).toBe('read from the table with the help of the report’s text');
    expect(confidenceReason('high', 5)).toBeNull();
    expect(flowLowShare(2, 3)).toBe('2 of 3 placed only so that the totals hold');
    expect(LOW_KEY_LABEL).toBe('Hollow: placed only so that the totals hold');
    expect(LOW_KEY_SHORT).toBe('Hollow: reconstructed');
    expect(CERTAIN_ONLY_HINT).toBe(
      'Show only the records the report states outright: hide those placed only so that the totals hold, and those read with the help of the report’s text',
    );
  });

  it('names the table in Chinese and Polish', () => {
    expect(zh.uncertainty_reason_low_table({ table: '6' })).toBe('按报告印刷的合计推定位置：我们手头的表 6 未显示此单元格属于哪个国家');
    expect(pl.uncertainty_reason_low_table({ table: '6' })).toBe(
      'umieszczone tak, by zgadzały się wydrukowane sumy: nasz egzemplarz tabeli 6 nie pokazuje, do którego kraju należy ta komórka',
    );
  });

  it('says how many of a flow are reconstructions, for any count (Polish 1, 2, 5, 22, 25)', () => {
    for (const low of [1, 2, 5, 22, 25]) {
      expect(pl.uncertainty_flow_low_share({ low, total: 30 })).toBe(`${low} z 30 umieszczono tylko tak, by zgadzały się sumy`);
      expect(zh.uncertainty_flow_low_share({ low, total: 30 })).toBe(`30 项中有 ${low} 项仅为使合计相符而放置`);
    }
  });
});
