/**
 * Arc geometry, independent of any renderer. An arc is a great circle from its
 * European end to its Chinese end, sampled once in longitude/latitude; drawing
 * it means projecting those samples with whatever `project` the renderer has
 * (MapLibre's camera for the live overlay, a d3-geo projection for SVG export
 * and the no-WebGL fallback).
 */

export type LngLat = [number, number];
export type XY = [number, number];
/** Any projection from longitude/latitude to pixels. */
export type Project = (lngLat: LngLat) => XY;

const RAD = Math.PI / 180;

/**
 * The point a fraction `t` of the way along the great circle from `a` to `b`
 * (spherical linear interpolation; the same result as d3-geo's geoInterpolate,
 * without loading d3-geo with the page: only SVG export needs it).
 */
export function interpolateGreatCircle(a: LngLat, b: LngLat): (t: number) => LngLat {
  const [l0, p0] = [a[0] * RAD, a[1] * RAD];
  const [l1, p1] = [b[0] * RAD, b[1] * RAD];
  const v0 = [Math.cos(p0) * Math.cos(l0), Math.cos(p0) * Math.sin(l0), Math.sin(p0)];
  const v1 = [Math.cos(p1) * Math.cos(l1), Math.cos(p1) * Math.sin(l1), Math.sin(p1)];
  // Haversine form of the central angle: accurate for near and far points alike.
  const h = Math.sin((p1 - p0) / 2) ** 2 + Math.cos(p0) * Math.cos(p1) * Math.sin((l1 - l0) / 2) ** 2;
  const d = 2 * Math.asin(Math.min(1, Math.sqrt(h)));
  if (d === 0) return () => [a[0], a[1]];
  const k = 1 / Math.sin(d);
  return (t) => {
    const A = Math.sin((1 - t) * d) * k;
    const B = Math.sin(t * d) * k;
    const x = A * v0[0] + B * v1[0];
    const y = A * v0[1] + B * v1[1];
    const z = A * v0[2] + B * v1[2];
    return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
  };
}

/** Samples the great circle between two points (segments + 1 points, the exact endpoints included). */
export function greatCircle(from: LngLat, to: LngLat, segments = 32): LngLat[] {
  const interpolate = interpolateGreatCircle(from, to);
  const out: LngLat[] = [];
  out.push([from[0], from[1]]);
  for (let i = 1; i < segments; i++) out.push(interpolate(i / segments));
  // The ends are the places themselves, not a float's breath away.
  out.push([to[0], to[1]]);
  return out;
}

/**
 * Projects sampled points and, when `bend` ≠ 0, pushes them sideways (in
 * pixels, perpendicular to the chord) by bend·sin(πt): the ends stay put and
 * the middle bows out. Used to fan out arcs that share an endpoint.
 */
export function projectArc(points: readonly LngLat[], project: Project, bend = 0): XY[] {
  const xy = points.map(project);
  if (bend === 0 || xy.length < 3) return xy;
  const [x0, y0] = xy[0];
  const [x1, y1] = xy[xy.length - 1];
  const len = Math.hypot(x1 - x0, y1 - y0) || 1;
  const nx = -(y1 - y0) / len;
  const ny = (x1 - x0) / len;
  const last = xy.length - 1;
  return xy.map(([x, y], i) => {
    const k = bend * Math.sin((Math.PI * i) / last);
    return [x + nx * k, y + ny * k];
  });
}

/** SVG path data for a polyline, coordinates rounded to 0.1 px. */
export function pathData(xy: readonly XY[]): string {
  let d = '';
  for (let i = 0; i < xy.length; i++) {
    d += (i === 0 ? 'M' : 'L') + Math.round(xy[i][0] * 10) / 10 + ',' + Math.round(xy[i][1] * 10) / 10;
  }
  return d;
}

/**
 * Bends for n arcs that share an endpoint, spread symmetrically around 0:
 * 1 → [0]; 2 → [-s/2, s/2]; 3 → [-s, 0, s] …
 */
export function fanBends(n: number, spacing: number): number[] {
  return Array.from({ length: n }, (_, i) => (i - (n - 1) / 2) * spacing);
}

/** Web Mercator x/y in [0, 1] (the unit square MapLibre's world lives in). */
export function mercator([lng, lat]: LngLat): XY {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  const s = Math.sin((clamped * Math.PI) / 180);
  return [(lng + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/**
 * Distance in pixels from a point to a polyline, ignoring the first and last
 * `endClear` pixels of it (so the places where many arcs meet stay hoverable).
 */
export function distanceToPolyline([px, py]: XY, line: readonly XY[], endClear = 0): number {
  let best = Infinity;
  const [sx, sy] = line[0];
  const [ex, ey] = line[line.length - 1];
  for (let i = 1; i < line.length; i++) {
    const [x0, y0] = line[i - 1];
    const [x1, y1] = line[i];
    const dx = x1 - x0;
    const dy = y1 - y0;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
    const cx = x0 + t * dx;
    const cy = y0 + t * dy;
    if (endClear > 0 && (Math.hypot(cx - sx, cy - sy) < endClear || Math.hypot(cx - ex, cy - ey) < endClear)) continue;
    const d = Math.hypot(px - cx, py - cy);
    if (d < best) best = d;
  }
  return best;
}
