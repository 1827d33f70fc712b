/**
 * A fast `project` for a north-up, unpitched Web Mercator map (ours: rotation
 * and pitch are off). Two calls to the map's own projection per frame fix the
 * affine relation between Mercator units and pixels; every arc vertex after
 * that costs a logarithm, not a camera-matrix product.
 */
import { mercator, type LngLat, type Project } from './geometry.ts';

export interface ProjectingMap {
  project(lngLat: LngLat): { x: number; y: number };
  getCenter(): { lng: number; lat: number };
}

export function mapProjector(map: ProjectingMap): Project {
  const c = map.getCenter();
  const a: LngLat = [c.lng, Math.max(-80, Math.min(80, c.lat))];
  const b: LngLat = [a[0] + 10, a[1] > 70 ? a[1] - 10 : a[1] + 10];
  const pa = map.project(a);
  const pb = map.project(b);
  const [ma0, ma1] = mercator(a);
  const [mb0, mb1] = mercator(b);
  const sx = (pb.x - pa.x) / (mb0 - ma0);
  const sy = (pb.y - pa.y) / (mb1 - ma1);
  return (ll) => {
    const [mx, my] = mercator(ll);
    return [pa.x + (mx - ma0) * sx, pa.y + (my - ma1) * sy];
  };
}
