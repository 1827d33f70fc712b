/**
 * Label/arc anchor for a polygonal unit: the centroid of its largest part when
 * that centroid lies inside the part, otherwise a point guaranteed to be on it.
 */
import area from '@turf/area';
import centroid from '@turf/centroid';
import pointOnFeature from '@turf/point-on-feature';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export function largestPart(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  let best: Polygon | null = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const part: Polygon = { type: 'Polygon', coordinates };
    const a = area(part);
    if (a > bestArea) {
      bestArea = a;
      best = part;
    }
  }
  if (!best) throw new Error('empty MultiPolygon has no label point');
  return best;
}

export function labelPoint(geometry: Polygon | MultiPolygon, decimals = 3): Position {
  const part = largestPart(geometry);
  let p = centroid(part).geometry.coordinates;
  if (!booleanPointInPolygon(p, part)) p = pointOnFeature(part).geometry.coordinates;
  const k = 10 ** decimals;
  return [Math.round(p[0] * k) / k, Math.round(p[1] * k) / k];
}
