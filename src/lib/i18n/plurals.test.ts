import { describe, expect, it } from 'vitest';
import * as en from './generated/paraglide/messages/en.js';
import * as pl from './generated/paraglide/messages/pl.js';
import * as zh from './generated/paraglide/messages/zh-Hans.js';

describe('counts in each language', () => {
  it('Polish has three forms: 1 partnerstwo, 2–4 partnerstwa, 5 partnerstw, and 22 is partnerstwa again', () => {
    expect([1, 2, 5, 22, 25].map((count) => pl.partnership_count({ count }))).toEqual(['1 partnerstwo', '2 partnerstwa', '5 partnerstw', '22 partnerstwa', '25 partnerstw']);
    expect([0, 4, 12, 21, 102, 112].map((count) => pl.partnership_count({ count }))).toEqual(['0 partnerstw', '4 partnerstwa', '12 partnerstw', '21 partnerstw', '102 partnerstwa', '112 partnerstw']);
  });

  it('English has two, Chinese one; large numbers are grouped as each language writes them', () => {
    expect([1, 2].map((count) => en.partnership_count({ count }))).toEqual(['1 partnership', '2 partnerships']);
    expect([1, 2, 5].map((count) => zh.partnership_count({ count }))).toEqual(['1 项伙伴关系', '2 项伙伴关系', '5 项伙伴关系']);
    expect(en.partnership_count({ count: 100000 })).toBe('100,000 partnerships');
    expect(pl.partnership_count({ count: 100000 })).toBe('100\u00a0000 partnerstw');
  });
});
