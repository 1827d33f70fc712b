import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { labelPoint, largestPart } from './labels.ts';
import type { MultiPolygon, Polygon } from 'geojson';

const square = (x: number, y: number, s: number) => [
  [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ],
];

describe('labelPoint', () => {
  it('uses the centroid of the largest part', () => {
    const mp: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(0, 0, 1), square(10, 10, 4)] };
    expect(largestPart(mp).coordinates).toEqual(square(10, 10, 4));
    expect(labelPoint(mp)).toEqual([12, 12]);
  });

  it('falls back to a point on the shape when the centroid is outside (a C shape)', () => {
    const c: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 2],
          [2, 2],
          [2, 8],
          [10, 8],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const p = labelPoint(c);
    expect(booleanPointInPolygon(p, c)).toBe(true);
  });
});
