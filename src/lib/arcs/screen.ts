/**
 * Arcs on screen, fast: the live overlay's per-frame arithmetic. The map is a
 * north-up, unpitched Web Mercator map, so screen = Mercator × k + t: each arc's
 * Mercator coordinates are computed once (a log per vertex), and a frame costs
 * two multiply-adds per vertex; while the camera moves, the overlay can even be
 * moved whole (a CSS transform, `relativeTransform`) and redrawn when it stops.
 * Flat Float64Arrays ([x0, y0, x1, y1 …]) instead of arrays of pairs: no
 * allocation per vertex.
 */
import { bendInPlace, mercator, type LngLat, type Project } from './geometry.ts';

/** screen x = mx·kx + tx, y = my·ky + ty, with (mx, my) Web Mercator in [0, 1]. */
export interface Affine {
  kx: number;
  ky: number;
  tx: number;
  ty: number;
}

const PROBES: [LngLat, LngLat, LngLat] = [
  [0, 0],
  [90, 50],
  [40, 20],
];

/**
 * The affine relation between Mercator and the screen that `project` follows,
 * found by projecting two points and checked on a third; null when `project` is
 * not affine in Mercator (another projection), so callers fall back to it.
 */
export function affineOf(project: Project): Affine | null {
  const [a, b, c] = PROBES.map((p) => project(p));
  const [ma, mb, mc] = PROBES.map(mercator);
  const kx = (b[0] - a[0]) / (mb[0] - ma[0]);
  const ky = (b[1] - a[1]) / (mb[1] - ma[1]);
  const aff = { kx, ky, tx: a[0] - ma[0] * kx, ty: a[1] - ma[1] * ky };
  if (![kx, ky, aff.tx, aff.ty].every(Number.isFinite)) return null;
  const err = Math.hypot(mc[0] * kx + aff.tx - c[0], mc[1] * ky + aff.ty - c[1]);
  return err < 0.01 ? aff : null;
}

/** Mercator coordinates of sampled points, flat. */
export function toMercator(points: readonly LngLat[]): Float64Array {
  const out = new Float64Array(points.length * 2);
  points.forEach((p, i) => {
    const [x, y] = mercator(p);
    out[2 * i] = x;
    out[2 * i + 1] = y;
  });
  return out;
}

/**
 * Screen coordinates of an arc into `out` (same length as `merc`), bent as
 * `projectArc` bends them: the same coordinates, two multiply-adds per vertex.
 */
export function projectInto(merc: Float64Array, a: Affine, bend: number, out: Float64Array): Float64Array {
  for (let i = 0; i < merc.length; i += 2) {
    out[i] = merc[i] * a.kx + a.tx;
    out[i + 1] = merc[i + 1] * a.ky + a.ty;
  }
  return bendInPlace(out, bend);
}

/** The transform taking what was drawn with `from` to where `to` puts it: p ↦ p·s + t. */
export function relativeTransform(from: Affine, to: Affine): { sx: number; sy: number; tx: number; ty: number } {
  const sx = to.kx / from.kx;
  const sy = to.ky / from.ky;
  return { sx, sy, tx: to.tx - from.tx * sx, ty: to.ty - from.ty * sy };
}

export const sameAffine = (a: Affine, b: Affine) =>
  Math.abs(a.kx - b.kx) <= 1e-9 * Math.abs(b.kx) && Math.abs(a.ky - b.ky) <= 1e-9 * Math.abs(b.ky) && Math.abs(a.tx - b.tx) < 1e-3 && Math.abs(a.ty - b.ty) < 1e-3;

/**
 * Distance in pixels from a point to a flat polyline, ignoring the first and
 * last `endClear` pixels of it (where many arcs meet, so those places stay
 * hoverable); Infinity when a box check shows the point is farther than
 * `within` from every vertex's box.
 */
export function distanceToFlat(px: number, py: number, xy: Float64Array, endClear = 0, within = Infinity): number {
  const n = xy.length;
  if (n < 4) return Infinity;
  if (within !== Infinity) {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i += 2) {
      if (xy[i] < x0) x0 = xy[i];
      if (xy[i] > x1) x1 = xy[i];
      if (xy[i + 1] < y0) y0 = xy[i + 1];
      if (xy[i + 1] > y1) y1 = xy[i + 1];
    }
    if (px < x0 - within || px > x1 + within || py < y0 - within || py > y1 + within) return Infinity;
  }
  const sx = xy[0];
  const sy = xy[1];
  const ex = xy[n - 2];
  const ey = xy[n - 1];
  let best = Infinity;
  for (let i = 2; i < n; i += 2) {
    const x0 = xy[i - 2];
    const y0 = xy[i - 1];
    const dx = xy[i] - x0;
    const dy = xy[i + 1] - y0;
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
