import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3-geo';
import { distanceToPolyline, fanBends, greatCircle, mercator, pathData, projectArc, type LngLat } from './geometry.ts';

const munich: LngLat = [11.58, 48.14];
const shanghai: LngLat = [121.47, 31.23];
const identity = ([x, y]: LngLat): [number, number] => [x, y];

describe('greatCircle', () => {
  it('starts and ends at the two places, with the requested number of segments', () => {
    const pts = greatCircle(munich, shanghai, 16);
    expect(pts).toHaveLength(17);
    expect(pts[0][0]).toBeCloseTo(munich[0], 6);
    expect(pts[16][1]).toBeCloseTo(shanghai[1], 6);
  });

  it('follows the shorter great circle, bowing north of the straight line', () => {
    const pts = greatCircle(munich, shanghai, 16);
    // Every step is the same length on the sphere.
    const steps = pts.slice(1).map((p, i) => geoDistance(pts[i], p));
    for (const s of steps) expect(s).toBeCloseTo(steps[0], 6);
    // Midpoint lies north of the rhumb-line midpoint (great circles bow poleward on Mercator).
    expect(pts[8][1]).toBeGreaterThan((munich[1] + shanghai[1]) / 2);
  });
});

describe('projectArc', () => {
  it('uses the given projection', () => {
    const pts: LngLat[] = [[0, 0], [1, 1], [2, 2]];
    expect(projectArc(pts, ([x, y]) => [x * 10, 100 - y * 10])).toEqual([[0, 100], [10, 90], [20, 80]]);
  });

  it('bends the middle sideways and keeps both ends', () => {
    const pts: LngLat[] = [[0, 0], [5, 0], [10, 0]];
    const bent = projectArc(pts, identity, 4);
    expect(bent[0]).toEqual([0, 0]);
    expect(bent[2][0]).toBeCloseTo(10, 9);
    expect(bent[2][1]).toBeCloseTo(0, 9);
    expect(bent[1][1]).toBeCloseTo(4, 9);
  });
});

describe('pathData / fanBends / mercator', () => {
  it('writes compact SVG path data', () => {
    expect(pathData([[0, 0], [1.234, 5.678]])).toBe('M0,0L1.2,5.7');
  });

  it('spreads bends symmetrically', () => {
    expect(fanBends(1, 10)).toEqual([0]);
    expect(fanBends(3, 10)).toEqual([-10, 0, 10]);
    expect(fanBends(2, 10)).toEqual([-5, 5]);
  });

  it('maps the world into the unit square like MapLibre', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([180, 0])[0]).toBe(1);
    expect(mercator([0, 85.051129])[1]).toBeCloseTo(0, 6);
  });
});

describe('distanceToPolyline', () => {
  it('measures to the nearest segment, skipping the ends when asked', () => {
    const line: [number, number][] = [[0, 0], [100, 0], [100, 100]];
    expect(distanceToPolyline([50, 3], line)).toBeCloseTo(3, 9);
    expect(distanceToPolyline([103, 50], line)).toBeCloseTo(3, 9);
    expect(distanceToPolyline([2, 1], line)).toBeCloseTo(1, 9);
    expect(distanceToPolyline([2, 1], line, 10)).toBeGreaterThan(5);
  });
});

describe('interpolateGreatCircle', () => {
  it('agrees with d3-geo to a micro-degree, near, far and across the antimeridian', async () => {
    const { geoInterpolate } = await import('d3-geo');
    const { interpolateGreatCircle } = await import('./geometry.ts');
    const pairs: [[number, number], [number, number]][] = [
      [[11.6, 48.1], [121.5, 31.2]], // Munich – Shanghai
      [[-3.7, 40.4], [104.1, 30.7]], // Madrid – Chengdu
      [[19.5, 51.8], [19.50001, 51.80001]], // almost the same point
      [[170, 10], [-170, -10]],
      [[0, 0], [0, 0]],
    ];
    for (const [a, b] of pairs) {
      const mine = interpolateGreatCircle(a, b);
      const d3 = geoInterpolate(a, b);
      for (const t of [0, 0.1, 0.25, 0.5, 0.9, 1]) {
        const [x, y] = mine(t);
        const [u, v] = d3(t);
        expect(Math.abs(((x - u + 540) % 360) - 180)).toBeLessThan(1e-6);
        expect(Math.abs(y - v)).toBeLessThan(1e-6);
      }
    }
  });
});
