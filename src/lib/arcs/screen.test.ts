import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import { distanceToPolyline, greatCircle, pathData, projectArc, type LngLat, type XY } from './geometry.ts';
import { mapProjector } from './project.ts';
import { affineOf, distanceToFlat, flatPathData, projectInto, relativeTransform, sameAffine, toMercator } from './screen.ts';

function fakeMap(center: LngLat, scale: number) {
  const proj = geoMercator().scale(scale).center(center).translate([640, 400]);
  return {
    project: (ll: LngLat) => {
      const [x, y] = proj(ll)!;
      return { x, y };
    },
    getCenter: () => ({ lng: center[0], lat: center[1] }),
  };
}

const munichShanghai = greatCircle([11.6, 48.1], [121.5, 31.2]);

describe('affine Mercator projection', () => {
  it('finds the map projection and draws the same path text as projectArc + pathData, bends included', () => {
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
        for (let i = 0; i < want.length; i++) {
          expect(flat[2 * i]).toBeCloseTo(want[i][0], 3);
          expect(flat[2 * i + 1]).toBeCloseTo(want[i][1], 3);
        }
        // Same text, give or take a rounding tie.
        expect(flatPathData(flat).length).toBeGreaterThan(pathData(want).length - 4);
        expect(flatPathData(flat).slice(0, 12)).toBe(pathData(want).slice(0, 12));
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
  it('agrees with distanceToPolyline, and gives up early far from the box', () => {
    const line: XY[] = [
      [0, 0],
      [100, 0],
      [100, 100],
    ];
    const flat = new Float64Array(line.flat());
    for (const p of [
      [50, 3],
      [97, 50],
      [2, 1],
      [200, 200],
    ] as XY[]) {
      expect(distanceToFlat(p[0], p[1], flat, 10)).toBeCloseTo(distanceToPolyline(p, line, 10), 9);
    }
    expect(distanceToFlat(300, 300, flat, 0, 4)).toBe(Infinity);
    expect(distanceToFlat(50, 3, flat, 0, 4)).toBeCloseTo(3, 9);
  });
});
