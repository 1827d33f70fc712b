import { describe, expect, it } from 'vitest';
import { mapProjector } from './project.ts';
import { fakeMap } from './testing.ts';
import type { LngLat } from './geometry.ts';


describe('mapProjector', () => {
  it('agrees with the map projection everywhere on the view, to a hundredth of a pixel', () => {
    for (const [center, scale] of [
      [[60, 40], 300],
      [[11, 48], 4000],
      [[118, 75], 800],
    ] as [LngLat, number][]) {
      const map = fakeMap(center, scale);
      const project = mapProjector(map);
      for (const ll of [
        [-3.7, 40.4],
        [121.5, 31.2],
        [19.5, 51.8],
        [104, 30.6],
      ] as LngLat[]) {
        const want = map.project(ll);
        const [x, y] = project(ll);
        expect(x).toBeCloseTo(want.x, 2);
        expect(y).toBeCloseTo(want.y, 2);
      }
    }
  });
});
