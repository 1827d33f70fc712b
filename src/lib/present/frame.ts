/**
 * What a presenter step frames, and where: the arcs the step shows (a step
 * about one place selects it: its arcs are emphasised, the others stay, since
 * its caption compares it with them), as lon/lat bounds that hold their
 * whole great circles (the northern bulge too, not only the ends), and the
 * part of the map the caption card and the legend leave free, as the padding
 * MapLibre's `fitBounds` takes. Pure: boxes in, numbers out.
 */
import { mercator, type LngLat } from '../arcs/geometry.ts';
import { fanOut, type ArcDatum } from '../arcs/arcs.ts';

/** A screen box in CSS px (as `getBoundingClientRect` gives it). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** [[west, south], [east, north]], as MapLibre takes it. */
export type LngLatBounds = [[number, number], [number, number]];

/** The parts of an arc framing reads. */
export interface FramedArc {
  from: LngLat;
  to: LngLat;
  points: readonly LngLat[];
  euEnd: string;
  cnEnd: string;
  partnership: { cnProvince: string | null };
}

/** A place's arcs among `arcs` (a province's include its cities'). */
export function placeArcs<A extends FramedArc>(arcs: readonly A[], id: string): A[] {
  return arcs.filter((a) => a.euEnd === id || a.cnEnd === id || a.partnership.cnProvince === id);
}

/**
 * How far (px) the arcs may be drawn off their great circles: arcs sharing
 * both ends are spread apart (`bend`), and a selected place's arcs fan out
 * around it (arcs.ts `fanOut`, as the overlay draws them).
 */
export function bendRoom(arcs: readonly ArcDatum[], select: string | null): number {
  const fanned = select ? fanOut(arcs, select) : null;
  let room = 0;
  for (const a of arcs) room = Math.max(room, Math.abs(fanned?.get(a.id) ?? a.bend));
  return room;
}

/** Bounds of the arcs' great circles, both ends included; null for no arc. */
export function arcBounds(arcs: readonly FramedArc[]): LngLatBounds | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const a of arcs) {
    for (const [lng, lat] of [a.from, a.to, ...a.points]) {
      if (lng < w) w = lng;
      if (lng > e) e = lng;
      if (lat < s) s = lat;
      if (lat > n) n = lat;
    }
  }
  return w <= e ? [[w, s], [e, n]] : null;
}

/** Width over height of the bounds as the (Mercator) map draws them; 1 for a point. */
export function mercatorAspect([[w, s], [e, n]]: LngLatBounds): number {
  const [x0, y0] = mercator([w, n]);
  const [x1, y1] = mercator([e, s]);
  const dx = Math.abs(x1 - x0);
  const dy = Math.abs(y1 - y0);
  return dx > 0 && dy > 0 ? dx / dy : 1;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
type Side = (typeof SIDES)[number];

/** How far from `side` of the map the padding must reach to leave `o` out of the free area. */
function clearance(map: Box, o: Box, side: Side): number {
  if (side === 'top') return o.y + o.height - map.y;
  if (side === 'bottom') return map.y + map.height - o.y;
  if (side === 'left') return o.x + o.width - map.x;
  return map.x + map.width - o.x;
}

function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) && Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);
}

/**
 * The padding that leaves the largest room for a subject of the given aspect
 * (width / height) on `map`, none of the `covers` (boxes drawn over it: the
 * card, the legend) inside it: each cover is cleared from the side that costs
 * the subject least, then `margin` is added all round (room for the arcs'
 * strokes and end markers). Boxes that miss the map are ignored. When no room
 * is left at all, only the margin.
 */
export function freePadding(map: Box, covers: readonly Box[], aspect: number, margin = 0): Padding {
  const hits = covers.filter((c) => c.width > 0 && c.height > 0 && overlaps(map, c));
  let best: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  let bestScale = -1;
  let bestArea = -1;
  const combos = SIDES.length ** hits.length;
  for (let k = 0; k < combos; k++) {
    const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
    let rest = k;
    for (const c of hits) {
      const side = SIDES[rest % SIDES.length];
      rest = Math.floor(rest / SIDES.length);
      pad[side] = Math.max(pad[side], clearance(map, c, side));
    }
    const w = map.width - pad.left - pad.right - 2 * margin;
    const h = map.height - pad.top - pad.bottom - 2 * margin;
    if (w <= 0 || h <= 0) continue;
    // The subject's size at the zoom that fits it: limited by the width or by the height.
    const scale = Math.min(w / aspect, h);
    const area = w * h;
    if (scale > bestScale + 1e-9 || (Math.abs(scale - bestScale) <= 1e-9 && area > bestArea)) {
      best = pad;
      bestScale = scale;
      bestArea = area;
    }
  }
  if (bestScale < 0) best = { top: 0, right: 0, bottom: 0, left: 0 };
  return { top: best.top + margin, right: best.right + margin, bottom: best.bottom + margin, left: best.left + margin };
}

/** The free area itself: the map less the padding. */
export function freeBox(map: Box, p: Padding): Box {
  return { x: map.x + p.left, y: map.y + p.top, width: map.width - p.left - p.right, height: map.height - p.top - p.bottom };
}

/** The part of `box` on screen (a map taller than the window is framed in what shows). */
export function onScreen(box: Box, screen: { width: number; height: number }): Box {
  const x = Math.max(box.x, 0);
  const y = Math.max(box.y, 0);
  return { x, y, width: Math.max(0, Math.min(box.x + box.width, screen.width) - x), height: Math.max(0, Math.min(box.y + box.height, screen.height) - y) };
}

/**
 * The padding relative to the map's own box (what `fitBounds` takes), when the
 * free area was worked out on the part of the map on screen.
 */
export function paddingIn(map: Box, visible: Box, p: Padding): Padding {
  return {
    top: p.top + (visible.y - map.y),
    left: p.left + (visible.x - map.x),
    bottom: p.bottom + (map.y + map.height - (visible.y + visible.height)),
    right: p.right + (map.x + map.width - (visible.x + visible.width)),
  };
}
