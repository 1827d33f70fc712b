/** Test helper for the arc modules. */
import { geoMercator } from 'd3-geo';
import type { LngLat } from './geometry.ts';

/** A stand-in for MapLibre's camera, read as `mapProjector` reads a map: d3's Mercator at some centre and scale. */
export function fakeMap(center: LngLat, scale: number, translate: [number, number] = [640, 400]) {
  const proj = geoMercator().scale(scale).center(center).translate(translate);
  return {
    project: (ll: LngLat) => {
      const [x, y] = proj(ll)!;
      return { x, y };
    },
    getCenter: () => ({ lng: center[0], lat: center[1] }),
  };
}
