import { describe, expect, it } from 'vitest';
import { crossesAntimeridian, unwrapGeometry, unwrapRing } from './unwrap.ts';

describe('unwrapRing', () => {
  it('shifts vertices after a jump across ±180° so every step stays under 180°', () => {
    const ring = [
      [178, 60],
      [-179, 61],
      [-178, 62],
      [179, 62],
      [178, 60],
    ];
    expect(unwrapRing(ring)).toEqual([
      [178, 60],
      [181, 61],
      [182, 62],
      [179, 62],
      [178, 60],
    ]);
  });

  it('leaves an ordinary ring untouched', () => {
    const ring = [
      [10, 50],
      [11, 50],
      [11, 51],
      [10, 50],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('crossesAntimeridian', () => {
  it('detects the streak and is false after unwrapping', () => {
    const poly = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [
          [
            [179, -16],
            [-179, -16],
            [-179, -17],
            [179, -17],
            [179, -16],
          ],
        ],
      ],
    };
    expect(crossesAntimeridian(poly)).toBe(true);
    expect(crossesAntimeridian(unwrapGeometry(poly))).toBe(false);
  });
});
