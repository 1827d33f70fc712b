import { describe, expect, it } from 'vitest';
import { placeWeights } from './weights.ts';

describe('placeWeights', () => {
  it('counts each place once per partnership, a city for its province too, and skips unnamed ends', () => {
    const w = placeWeights([
      { euUnit: 'DE2', cnUnit: 'CN-SD', cnProvince: 'CN-SD' },
      { euUnit: 'DE2', cnUnit: 'cn.jinan', cnProvince: 'CN-SD' },
      { euUnit: null, cnUnit: 'cn.jinan', cnProvince: 'CN-SD' },
    ]);
    expect(Object.fromEntries(w)).toEqual({ DE2: 2, 'CN-SD': 3, 'cn.jinan': 2 });
  });
});
