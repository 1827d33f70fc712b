import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import { greatCircle, pathData, projectArc, type LngLat, type XY } from './geometry.ts';
import { mapProjector } from './project.ts';
import { fakeMap } from './testing.ts';
import { affineOf, distanceToFlat, projectInto, relativeTransform, sameAffine, toMercator } from './screen.ts';


const munichShanghai = greatCircle([11.6, 48.1], [121.5, 31.2]);

describe('affine Mercator projection', () => {
  it('finds the map projection and gives the coordinates projectArc gives, bends included', () => {
    for (const [center, scale] of [
      [[60, 40], 300],
      [[11, 48], 4000],
    ] as [LngLat, number][]) {
      const project = mapProjector(fakeMap(center, scale));
      const a = affineOf(project)!;
      expect(a).not.toBeNull();
      const merc = toMercator(munichShanghai);
      for (const bend of [0, 12, -7]) {
        const flat = projectInto(merc, a, bend, new Float64Array(merc.length));
        const want = projectArc(munichShanghai, project, bend);
        for (let i = 0; i < want.length; i++) expect(flat[i]).toBeCloseTo(want[i], 3);
        // Same text, give or take a rounding tie.
        expect(pathData(flat).length).toBeGreaterThan(pathData(want).length - 4);
        expect(pathData(flat).slice(0, 12)).toBe(pathData(want).slice(0, 12));
      }
    }
  });

  it('declines a projection that is not Mercator', () => {
    const d3Mercator = geoMercator(); // another Mercator: affine …
    expect(affineOf((ll) => d3Mercator(ll) as XY)).not.toBeNull();
    // … and one that is not: equirectangular pixels.
    expect(affineOf(([lng, lat]) => [lng * 3, -lat * 3])).toBeNull();
  });

  it('moves a drawing from one camera to the next with one transform', () => {
    const before = affineOf(mapProjector(fakeMap([60, 40], 300)))!;
    const after = affineOf(mapProjector(fakeMap([65, 42], 450)))!;
    const r = relativeTransform(before, after);
    const merc = toMercator(munichShanghai);
    const a = projectInto(merc, before, 0, new Float64Array(merc.length));
    const b = projectInto(merc, after, 0, new Float64Array(merc.length));
    for (let i = 0; i < a.length; i += 2) {
      expect(a[i] * r.sx + r.tx).toBeCloseTo(b[i], 6);
      expect(a[i + 1] * r.sy + r.ty).toBeCloseTo(b[i + 1], 6);
    }
    expect(sameAffine(before, { ...before })).toBe(true);
    expect(sameAffine(before, after)).toBe(false);
  });
});

describe('distanceToFlat', () => {
  const flat = new Float64Array([0, 0, 100, 0, 100, 100]);
  it('measures to the nearest segment, skipping the ends when asked', () => {
    expect(distanceToFlat(50, 3, flat)).toBeCloseTo(3, 9);
    expect(distanceToFlat(103, 50, flat)).toBeCloseTo(3, 9);
    expect(distanceToFlat(97, 50, flat, 10)).toBeCloseTo(3, 9);
    expect(distanceToFlat(2, 1, flat)).toBeCloseTo(1, 9);
    // The nearest point of the first leg lies within 10 px of the start, so it is passed over; the second leg's, (100, 1), counts.
    expect(distanceToFlat(2, 1, flat, 10)).toBeCloseTo(98, 9);
    // The second leg's nearest point is its end, passed over; the first leg's, (100, 0), counts.
    expect(distanceToFlat(200, 200, flat, 10)).toBeCloseTo(Math.hypot(100, 200), 9);
  });

  it('gives up early far from the box', () => {
    expect(distanceToFlat(300, 300, flat, 0, 4)).toBe(Infinity);
    expect(distanceToFlat(50, 3, flat, 0, 4)).toBeCloseTo(3, 9);
  });
});
