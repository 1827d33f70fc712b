import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3-geo';
import { bendInPlace, fanBends, greatCircle, mercator, pathData, projectArc, type LngLat } from './geometry.ts';

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
  it('uses the given projection and writes flat coordinates', () => {
    const pts: LngLat[] = [[0, 0], [1, 1], [2, 2]];
    expect([...projectArc(pts, ([x, y]) => [x * 10, 100 - y * 10])]).toEqual([0, 100, 10, 90, 20, 80]);
  });

  it('bends the middle sideways and keeps both ends', () => {
    const pts: LngLat[] = [[0, 0], [5, 0], [10, 0]];
    const bent = projectArc(pts, identity, 4);
    expect([bent[0], bent[1]]).toEqual([0, 0]);
    expect(bent[4]).toBeCloseTo(10, 9);
    expect(bent[5]).toBeCloseTo(0, 9);
    expect(bent[3]).toBeCloseTo(4, 9);
  });

  it('writes into the array it is given', () => {
    const out = new Float64Array(6);
    expect(projectArc([[0, 0], [5, 0], [10, 0]], identity, 0, out)).toBe(out);
    expect([...out]).toEqual([0, 0, 5, 0, 10, 0]);
  });
});

describe('bendInPlace / pathData / fanBends / mercator', () => {
  it('leaves a line of two points, or no bend, as it is', () => {
    expect([...bendInPlace(new Float64Array([0, 0, 10, 0]), 5)]).toEqual([0, 0, 10, 0]);
    expect([...bendInPlace(new Float64Array([0, 0, 5, 0, 10, 0]), 0)]).toEqual([0, 0, 5, 0, 10, 0]);
  });

  it('writes compact SVG path data', () => {
    expect(pathData(new Float64Array([0, 0, 1.234, 5.678]))).toBe('M0,0L1.2,5.7');
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
