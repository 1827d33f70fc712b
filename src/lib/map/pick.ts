/**
 * What a tap or a click on the map means, without a map: the nearest point
 * place or cluster within reach of the finger, else an arc drawn right there,
 * else the province or region under the finger, else nothing.
 */

/** Reach of a finger (px): a tap picks any marker within it, a 44 × 44 px target at the least. */
export const TOUCH_RADIUS = 22;
/** Reach of a mouse click (px): about a marker's own size, so a click beside a dot picks the unit under it. */
export const MOUSE_RADIUS = 6;
/** How near an arc must pass to be what was tapped (px); a mouse uses its hover tolerance. */
export const TOUCH_ARC_TOLERANCE = 8;
export const MOUSE_ARC_TOLERANCE = 4;

/** A marker on screen: a point place (`id`) or a cluster of them (`cluster`, MapLibre's cluster id). */
export interface Marker {
  x: number;
  y: number;
  id?: string;
  cluster?: number;
}

export type Pick =
  | { kind: 'place'; id: string }
  | { kind: 'cluster'; cluster: number; x: number; y: number }
  | { kind: 'arc' }
  | { kind: 'region'; id: string }
  | { kind: 'none' };

export interface PickInput {
  /** Where the finger or pointer came down (container pixels). */
  x: number;
  y: number;
  /** Markers near that point (any order; those beyond `radius` are ignored). */
  markers: readonly Marker[];
  /** Whether an arc passes within its tolerance of the point. */
  arc: boolean;
  /** The unit whose polygon is under the point, or null. */
  region: string | null;
  radius: number;
}

/**
 * The nearest marker within `radius` (a place itself before a cluster at the same distance), else
 * the arc, else the region, else none.
 */
export function choosePick({ x, y, markers, arc, region, radius }: PickInput): Pick {
  let best: Marker | null = null;
  let bestD = Infinity;
  for (const m of markers) {
    if (m.id === undefined && m.cluster === undefined) continue;
    const d = Math.hypot(m.x - x, m.y - y);
    if (d > radius) continue;
    if (d < bestD || (d === bestD && best?.id === undefined && m.id !== undefined)) {
      best = m;
      bestD = d;
    }
  }
  if (best?.id !== undefined) return { kind: 'place', id: best.id };
  if (best?.cluster !== undefined) return { kind: 'cluster', cluster: best.cluster, x: best.x, y: best.y };
  if (arc) return { kind: 'arc' };
  if (region !== null) return { kind: 'region', id: region };
  return { kind: 'none' };
}

/**
 * Where a card `w` × `h` px goes for a point (x, y) in a box `boxW` × `boxH`: below right of the
 * point by `gap`, flipped left or above where it would cross the box's edge, and never outside it.
 */
export function placeCard(x: number, y: number, w: number, h: number, boxW: number, boxH: number, gap = 12): { left: number; top: number } {
  let left = x + gap;
  if (left + w > boxW) left = x - gap - w;
  let top = y + gap;
  if (top + h > boxH) top = y - gap - h;
  return { left: clamp(left, 0, boxW - w), top: clamp(top, 0, boxH - h) };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, Math.max(lo, hi)));
}
