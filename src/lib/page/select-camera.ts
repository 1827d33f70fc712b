/**
 * Where the camera goes when a place is selected (issue 14, item 8): the map
 * brings the place into view, with the other ends of its arcs when it can, in
 * the part of the map the bottom sheet leaves seen; and it keeps still when the
 * reader picked the place on the map itself and it is already in view.
 */
import { SEEN_MARGIN } from './sheet-camera.ts';

/** `stay`: no move; `fit`: fit the place and its arcs' other ends; `center`: centre on the place, zoom kept. */
export type SelectMove = 'stay' | 'fit' | 'center';

export interface SelectCameraInput {
  width: number;
  height: number;
  /** What the bottom sheet hides of the map's bottom (px). */
  cover: number;
  /** The selected place on screen (container px). */
  place: { x: number; y: number };
  /** The other ends of its arcs in the view, on screen. */
  ends: readonly { x: number; y: number }[];
  /** Picked by a click or a tap on the map itself. */
  fromMap: boolean;
}

export function selectMove({ width, height, cover, place, ends, fromMap }: SelectCameraInput): SelectMove {
  const bottom = Math.max(0, Math.min(cover, height - 2 * SEEN_MARGIN));
  const seen = (p: { x: number; y: number }) =>
    p.x >= SEEN_MARGIN && p.x <= width - SEEN_MARGIN && p.y >= SEEN_MARGIN && p.y <= height - bottom - SEEN_MARGIN;
  // A place clicked on the map is where the reader is looking: move only if it ends up hidden (under the sheet).
  if (fromMap) return seen(place) ? 'stay' : 'center';
  if (seen(place) && ends.every(seen)) return 'stay';
  return ends.length ? 'fit' : 'center';
}

/** Padding (px) kept around the fitted place and ends, inside what is seen. */
export const FIT_PADDING = 48;

/** The box [[west, south], [east, north]] holding every point. */
export function boundsOf(points: readonly (readonly [number, number])[]): [[number, number], [number, number]] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/** The arcs' fields read here. */
interface ArcLike {
  euEnd: string;
  cnEnd: string;
  from: [number, number];
  to: [number, number];
  partnership: { cnProvince: string | null };
}

/**
 * The other ends of a place's arcs in the view (for a province, those of its cities too, as its
 * arcs are highlighted); empty when none of the view's arcs is the place's.
 */
export function otherEnds(arcs: readonly ArcLike[], id: string): [number, number][] {
  const out: [number, number][] = [];
  for (const a of arcs) {
    if (a.euEnd === id) out.push(a.to);
    else if (a.cnEnd === id || a.partnership.cnProvince === id) out.push(a.from);
  }
  return out;
}
