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
 * Pushes the inner points of a flat polyline ([x0, y0, x1, y1 …], in place)
 * sideways by bend·sin(πt), perpendicular to the chord from first to last point:
 * the ends stay, the middle bows out. Used to fan out arcs that share both ends.
 */
export function bendInPlace(xy: Float64Array, bend: number): Float64Array {
  const n = xy.length;
  if (bend === 0 || n < 6) return xy;
  const dx = xy[n - 2] - xy[0];
  const dy = xy[n - 1] - xy[1];
  const len = Math.hypot(dx, dy) || 1;
  const nx = -dy / len;
  const ny = dx / len;
  const last = n / 2 - 1;
  for (let i = 1; i < last; i++) {
    const k = bend * Math.sin((Math.PI * i) / last);
    xy[2 * i] += nx * k;
    xy[2 * i + 1] += ny * k;
  }
  return xy;
}

/**
 * Screen coordinates of sampled points with any projection, flat
 * ([x0, y0, x1, y1 …], into `out` when given), bent sideways by `bend` pixels
 * (see `bendInPlace`). The live map's overlay has a faster path for Mercator
 * (screen.ts `projectInto`), which gives the same coordinates.
 */
export function projectArc(points: readonly LngLat[], project: Project, bend = 0, out: Float64Array = new Float64Array(points.length * 2)): Float64Array {
  points.forEach((p, i) => {
    const [x, y] = project(p);
    out[2 * i] = x;
    out[2 * i + 1] = y;
  });
  return bendInPlace(out, bend);
}

/** SVG path data of a flat polyline, coordinates rounded to 0.1 px. */
export function pathData(xy: Float64Array): string {
  let d = '';
  for (let i = 0; i < xy.length; i += 2) d += (i === 0 ? 'M' : 'L') + Math.round(xy[i] * 10) / 10 + ',' + Math.round(xy[i + 1] * 10) / 10;
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
