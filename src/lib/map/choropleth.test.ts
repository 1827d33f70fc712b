import { describe, expect, it } from 'vitest';
import { choroplethStates, maxCount, rampColour, rampTop, stateChanges, unitState } from './choropleth.ts';

describe('choropleth states', () => {
  it('puts 1 at the bottom of the ramp and the maximum at the top, linearly between', () => {
    const s = choroplethStates(new Map([['a', 1], ['b', 5], ['c', 9]]));
    expect(s.get('a')).toEqual({ count: 1, share: 0 });
    expect(s.get('b')).toEqual({ count: 5, share: 0.5 });
    expect(s.get('c')).toEqual({ count: 9, share: 1 });
  });

  it('keeps the ramp ascending when the maximum is 0 or 1, and leaves zero counts out', () => {
    expect(rampTop(new Map())).toBe(2);
    expect(maxCount(new Map())).toBe(0);
    expect(maxCount(new Map([['a', 3], ['b', 7]]))).toBe(7);
    expect(rampTop(new Map([['a', 1]]))).toBe(2);
    expect(choroplethStates(new Map([['a', 1], ['z', 0]]))).toEqual(new Map([['a', { count: 1, share: 0 }]]));
    expect(unitState(2, 2)).toEqual({ count: 2, share: 1 });
    expect(unitState(0, 7)).toEqual({ count: 0, share: 0 });
  });

  it('writes only what changed: new and changed units, and units that left back to zero', () => {
    const prev = choroplethStates(new Map([['a', 1], ['b', 3], ['c', 3]]));
    // The top stays 3: a and c unchanged, b left, d new.
    const next = choroplethStates(new Map([['a', 1], ['c', 3], ['d', 2]]));
    expect(stateChanges(prev, next)).toEqual([
      ['b', { count: 0, share: 0 }],
      ['d', { count: 2, share: 0.5 }],
    ]);
    // A new maximum moves every share but not the counts.
    const higher = choroplethStates(new Map([['a', 1], ['c', 3], ['d', 5]]));
    expect(stateChanges(next, higher).map(([id]) => id)).toEqual(['c', 'd']);
    expect(stateChanges(higher, higher)).toEqual([]);
  });
});

describe('rampColour', () => {
  const ramp = ['#000000', '#808080', '#ffffff'];
  it('gives the stops at 0, ½ and 1 and interpolates linearly between them', () => {
    expect(rampColour(0, ramp)).toBe('#000000');
    expect(rampColour(0.5, ramp)).toBe('#808080');
    expect(rampColour(1, ramp)).toBe('#ffffff');
    expect(rampColour(0.25, ramp)).toBe('#404040');
    expect(rampColour(2, ramp)).toBe('#ffffff');
  });
});
