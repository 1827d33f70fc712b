/**
 * Antimeridian handling. Natural Earth rings that cross ±180° (Russia, Fiji…)
 * jump from +180 to -180 between two consecutive vertices, which a renderer
 * draws as a streak across the whole map. Unwrapping shifts later vertices by
 * ±360° so that no step is longer than 180° of longitude.
 */
import type { Geometry, Position } from 'geojson';

export function unwrapRing(ring: readonly Position[]): Position[] {
  if (ring.length === 0) return [];
  const out: Position[] = [[...ring[0]]];
  let shift = 0;
  for (let i = 1; i < ring.length; i++) {
    const prevRaw = ring[i - 1][0];
    const cur = ring[i][0];
    const step = cur - prevRaw;
    if (step > 180) shift -= 360;
    else if (step < -180) shift += 360;
    out.push([cur + shift, ...ring[i].slice(1)]);
  }
  return out;
}

/** True when any two consecutive vertices of any ring/line are more than 180° of longitude apart. */
export function crossesAntimeridian(geometry: Geometry): boolean {
  return lines(geometry).some((line) => line.some((p, i) => i > 0 && Math.abs(p[0] - line[i - 1][0]) > 180));
}

export function unwrapGeometry<G extends Geometry>(geometry: G): G {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(unwrapRing)) };
    case 'LineString':
      return { ...geometry, coordinates: unwrapRing(geometry.coordinates) };
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    default:
      return geometry;
  }
}

/** Every ring or line of a geometry, as arrays of positions. */
export function lines(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'LineString':
      return [geometry.coordinates];
    case 'GeometryCollection':
      return geometry.geometries.flatMap(lines);
    default:
      return [];
  }
}
