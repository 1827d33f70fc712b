import { describe, expect, it, vi } from 'vitest';
import { countBox, CountRoom, countsOnNames, KEPT_ANSWERS, type NamesMap } from './count-room.ts';

describe('countBox', () => {
  it('is centred on the cluster, wider with more digits, and holds the halo', () => {
    const one = countBox({ x: 100, y: 50, count: 3 }, 12, 2);
    const two = countBox({ x: 100, y: 50, count: 14 }, 12, 2);
    expect((one.left + one.right) / 2).toBe(100);
    expect((one.top + one.bottom) / 2).toBe(50);
    expect(two.right - two.left).toBeGreaterThan(one.right - one.left);
    expect(one.bottom - one.top).toBe(16);
    // A 4K screen's doubled sizes double the box.
    const big = countBox({ x: 100, y: 50, count: 14 }, 24, 4);
    expect(big.right - big.left).toBeCloseTo(2 * (two.right - two.left));
  });
});

describe('countsOnNames', () => {
  /** A map whose names are boxes: a query returns those meeting the box asked, of the layers asked. */
  const fakeMap = (names: Record<string, [number, number, number, number]>, layer = 'names'): NamesMap & { asked: string[][] } => {
    const asked: string[][] = [];
    return {
      asked,
      getLayer: (id) => (id === layer ? {} : undefined),
      queryRenderedFeatures: ([[l, t], [r, b]], { layers }) => {
        asked.push(layers);
        return Object.entries(names).filter(([, [x0, y0, x1, y1]]) => x0 <= r && x1 >= l && y0 <= b && y1 >= t);
      },
    };
  };

  it('names the clusters whose count meets a name, and only those', () => {
    const map = fakeMap({ Anhui: [90, 45, 130, 55], Zhejiang: [200, 200, 260, 212] });
    const clusters = [
      { id: 1, x: 100, y: 50, count: 14 },
      { id: 2, x: 400, y: 400, count: 3 },
      // Beside Zhejiang's name, not on it: a count's box is its digits, not its circle.
      { id: 3, x: 268, y: 206, count: 7 },
    ];
    expect([...countsOnNames(map, clusters, ['names'], 12, 2)]).toEqual([1]);
    // A 4K screen's larger count reaches Zhejiang.
    expect([...countsOnNames(map, clusters, ['names'], 24, 4)].sort()).toEqual([1, 3]);
  });

  it('asks only for the layers the map has, and for none before they exist', () => {
    const map = fakeMap({ Anhui: [90, 45, 130, 55] });
    countsOnNames(map, [{ id: 1, x: 100, y: 50, count: 14 }], ['names', 'missing'], 12, 2);
    expect(map.asked).toEqual([['names']]);
    expect(countsOnNames(map, [{ id: 1, x: 100, y: 50, count: 14 }], ['missing'], 12, 2).size).toBe(0);
  });
});

describe('CountRoom', () => {
  it('asks once per key, and again for a key asked longest ago once more than KEPT_ANSWERS were kept', () => {
    const room = new CountRoom();
    const ask = vi.fn(() => new Set([1]));
    expect(room.answer('a', ask)).toEqual(new Set([1]));
    expect(room.answer('a', ask)).toBe(room.answer('a', ask));
    expect(ask).toHaveBeenCalledTimes(1);
    for (let i = 0; i < KEPT_ANSWERS; i++) room.answer(`k${i}`, () => new Set());
    room.answer('a', ask);
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
