/**
 * What the pointer is on, without a map: one rule for hover and for a click or a
 * tap, so that what the tooltip names is what a click opens.
 *
 * 1. The nearest mark within reach: a city dot, a cluster, a country's anchor
 *    ring, or the point where a region's or a province's arcs end (its anchor,
 *    where the arcs converge). Reach is the mark's drawn radius and a few pixels
 *    (a mouse), at least a finger's 22 px (touch). Marks are the places of the
 *    view, so they win over the lines drawn between them.
 * 2. Else an arc passing within its tolerance: it is drawn over the provinces, so
 *    a pointer on the line means the line.
 * 3. Else the region or province whose polygon is under the pointer.
 * 4. Else nothing.
 */

/** Reach of a finger (px): a tap picks any marker within it, a 44 × 44 px target at the least. */
export const TOUCH_RADIUS = 22;
/** Least reach of a mouse (px): about a marker's own size, so a pointer beside a dot means the unit under it. */
export const MOUSE_RADIUS = 6;
/** What a mouse reaches beyond a mark's drawn edge (px). */
export const MOUSE_SLACK = 4;
/** How near an arc must pass to be what was tapped (px); a mouse uses its hover tolerance. */
export const TOUCH_ARC_TOLERANCE = 8;
export const MOUSE_ARC_TOLERANCE = 4;

/**
 * A mark on screen: a place (`id`: a city dot, or the anchor where a region's arcs end), a cluster
 * of dots (`cluster`, its id in the view's cluster index: clusters.ts) or a country's anchor ring (`anchor`, the country id).
 * `r`: its drawn radius (px), 0 or absent for an anchor with no dot.
 */
export interface Marker {
  x: number;
  y: number;
  r?: number;
  id?: string;
  cluster?: number;
  anchor?: string;
}

export type Pick =
  | { kind: 'place'; id: string }
  | { kind: 'cluster'; cluster: number; x: number; y: number }
  | { kind: 'anchor'; country: string }
  | { kind: 'arc' }
  | { kind: 'region'; id: string }
  | { kind: 'none' };

export interface PickInput {
  /** Where the pointer is or the finger came down (container pixels). */
  x: number;
  y: number;
  /** Marks near that point (any order; those beyond their reach are ignored). */
  markers: readonly Marker[];
  /** Whether an arc passes within its tolerance of the point. */
  arc: boolean;
  /** The unit whose polygon is under the point, or null. */
  region: string | null;
  /** The least reach (px): MOUSE_RADIUS or TOUCH_RADIUS. */
  radius: number;
  /** Reach beyond a mark's drawn radius (px). */
  slack?: number;
}

/** How far from its centre a mark is reached. */
export const reachOf = (m: Marker, radius: number, slack = MOUSE_SLACK): number => Math.max(radius, (m.r ?? 0) + slack);

/** Of marks at the same distance: a place, then a country anchor, then a cluster. */
const rank = (m: Marker): number => (m.id !== undefined ? 0 : m.anchor !== undefined ? 1 : 2);

/** The nearest mark within its reach, else the arc, else the region, else none. */
export function choosePick({ x, y, markers, arc, region, radius, slack = MOUSE_SLACK }: PickInput): Pick {
  let best: Marker | null = null;
  let bestD = Infinity;
  for (const m of markers) {
    if (m.id === undefined && m.cluster === undefined && m.anchor === undefined) continue;
    const d = Math.hypot(m.x - x, m.y - y);
    if (d > reachOf(m, radius, slack)) continue;
    if (d < bestD || (d === bestD && best && rank(m) < rank(best))) {
      best = m;
      bestD = d;
    }
  }
  if (best?.id !== undefined) return { kind: 'place', id: best.id };
  if (best?.anchor !== undefined) return { kind: 'anchor', country: best.anchor };
  if (best?.cluster !== undefined) return { kind: 'cluster', cluster: best.cluster, x: best.x, y: best.y };
  if (arc) return { kind: 'arc' };
  if (region !== null) return { kind: 'region', id: region };
  return { kind: 'none' };
}

/** The same pick, named for comparison (tests, the hover state): 'place:CN-SD', 'arc', 'none'… */
export function pickKey(p: Pick): string {
  switch (p.kind) {
    case 'place':
    case 'region':
      return `${p.kind}:${p.id}`;
    case 'anchor':
      return `anchor:${p.country}`;
    case 'cluster':
      return `cluster:${p.cluster}`;
    default:
      return p.kind;
  }
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
