/**
 * The overlay's data join, without a DOM: one drawn line per partnership (a
 * single arc) or per pair of ends (a flow, arcs/flows.ts), keyed by id, kept in
 * a pool when it leaves (playback loops and steps back bring it again), its look
 * (class, colour, dash, a flow's width) worked out once per change, and the
 * canvas groups (one stroke per look, the highlighted last). What happens to an
 * element is left to `ArcElements` (SVG paths in the overlay, plain objects in tests).
 */
import { arcStroke, fanOut, hollow, isFlow, type ArcDatum, type LineDatum } from '../../arcs/arcs.ts';
import { flowStroke } from '../../arcs/flows.ts';
import type { LngLat } from '../../arcs/geometry.ts';
import { toMercator } from '../../arcs/screen.ts';

/** Above this many arcs they are painted on one canvas instead of one SVG path each (synthetic benchmarks, not the report's 143). */
export const CANVAS_THRESHOLD = 500;

/** How an arc stands in the view: raised (its place has the focus), dimmed (another place has it) or plain. */
export type Emphasis = 'hl' | 'dim' | null;

/** One drawn line (an arc or a flow): its datum, element (none on the canvas), Mercator and last screen coordinates. */
export interface Drawn<E> {
  arc: LineDatum;
  el: E | null;
  merc: Float64Array;
  xy: Float64Array;
  bend: number;
  emphasis: Emphasis;
  cls: string;
  colour: string;
  dash: string | null;
  /** A flow's width in px and count ('' for an arc): set again only when it changes. */
  flow: string;
  /** Entered with a fade (keeps its `fade` class, so a later class change does not replay it). */
  fade: boolean;
  /** Its hollow look, as last set ('' when not hollow). */
  hollow: string;
}

/** A hollow line's look (a reconstruction, arcs.ts `hollow`): outer width, middle rail's width, opacity, in px before scale. */
export interface HollowLook {
  width: number;
  rail: number;
  alpha: number;
}

/** The hollow look of a line with this emphasis, or null when it is drawn whole (not a reconstruction). */
export function hollowLook(line: LineDatum, emphasis: Emphasis): HollowLook | null {
  if (!line.low) return null;
  if (isFlow(line)) return { ...hollow(line.width), alpha: flowStroke(line.countryAnchored, emphasis).alpha };
  const st = arcStroke(line.countryAnchored, emphasis, line.quiet, true);
  return { width: st.width, rail: st.rail ?? 0, alpha: st.alpha };
}

/** What the join asks of the elements it draws with. */
export interface ArcElements<E> {
  /** A new element for an arc (or, `flow`, a flow), appended last. */
  create(id: string, flow?: boolean): E;
  setClass(el: E, cls: string): void;
  setColour(el: E, colour: string): void;
  setDash(el: E, dash: string | null): void;
  /** A flow's width in pixels (before a 4K screen's scale) and the partnerships it holds. */
  setFlow(el: E, width: number, count: number): void;
  /** Draws a line hollow (a reconstruction) with this look, or whole again (null). */
  setHollow(el: E, look: HollowLook | null, dash: string | null): void;
  /** Moves an element last (on top). */
  raise(el: E): void;
  /** An element whose arc left the view: gone at once (duration 0) or after fading out; kept for `revive`. */
  leave(el: E, duration: number): void;
  /**
   * The element of an arc (or, `flow`, a flow) that left, as its arc comes back: its id again, back in the
   * drawing on top, its look as it was (the join then writes its class, and whatever else changed).
   */
  revive(el: E, id: string, flow: boolean): void;
  /** Removes every arc element, leaving ones included (the renderer switches to the canvas or back). */
  clear(): void;
}

/**
 * The class of a line's path: `arc` (or `flow`), then `fade`, `country-anchored`,
 * `quiet` (status not stated), `low` (a reconstruction, drawn hollow) and `hl` or `dim` as they apply.
 */
export function arcClass(countryAnchored: boolean, emphasis: Emphasis, fade = false, quiet = false, flow = false, low = false): string {
  return `${flow ? 'flow' : 'arc'}${fade ? ' fade' : ''}${countryAnchored ? ' country-anchored' : ''}${quiet ? ' quiet' : ''}${low ? ' low' : ''}${emphasis ? ` ${emphasis}` : ''}`;
}

/** Great circles are shared between views (buildArcs' cache): their Mercator coordinates too. */
const mercCache = new WeakMap<readonly LngLat[], Float64Array>();
export function mercOf(points: readonly LngLat[]): Float64Array {
  let m = mercCache.get(points);
  if (!m) mercCache.set(points, (m = toMercator(points)));
  return m;
}

/** A canvas stroke: the lines of one look. */
export interface ArcGroup {
  countryAnchored: boolean;
  emphasis: Emphasis;
  /** Arcs of a status not stated (arcStroke's quiet). */
  quiet: boolean;
  /** Reconstructions, drawn hollow (arcs.ts `hollow`). */
  low: boolean;
  /** Flows: their width in pixels (before scale); null for single arcs. */
  width: number | null;
  colour: string;
  /** Dash pattern in pixels (empty: solid). */
  dash: number[];
  lines: Float64Array[];
}

/** `'6 4'` → [6, 4]; none → []. */
export const dashArray = (dash: string | null): number[] => (dash ? dash.trim().split(/\s+/).map(Number) : []);

/**
 * Lines grouped by look, in order of first appearance, the flows first (under the
 * arcs, as on the overlay) and the highlighted groups last (painted on top).
 */
export function groupByLook(items: Iterable<{ arc: LineDatum; xy: Float64Array; emphasis?: Emphasis }>): ArcGroup[] {
  const byLook = new Map<string, ArcGroup>();
  for (const { arc, xy, emphasis = null } of items) {
    const width = isFlow(arc) ? arc.width : null;
    const quiet = !!arc.quiet;
    const low = !!arc.low;
    const key = `${arc.countryAnchored}|${emphasis}|${arc.colour}|${arc.dash}|${quiet}|${low}|${width}`;
    let g = byLook.get(key);
    if (!g) byLook.set(key, (g = { countryAnchored: arc.countryAnchored, emphasis, quiet, low, width, colour: arc.colour, dash: dashArray(arc.dash), lines: [] }));
    g.lines.push(xy);
  }
  const rank = (g: ArcGroup) => (g.emphasis === 'hl' ? 2 : g.width === null ? 1 : 0);
  return [...byLook.values()].sort((a, b) => rank(a) - rank(b));
}

/** The arcs of the view and the pool of those that left, joined anew on every change of arcs or focus. */
export class ArcJoin<E> {
  /** The arcs of the view, in order (arcs fading out are in `spare`: one that comes back takes its element back). */
  drawn = new Map<string, Drawn<E>>();
  /** Arcs that left the view, kept with their buffers and their element (SVG) for when they come back. */
  readonly spare = new Map<string, Drawn<E>>();
  /** Painted on the canvas (more than `threshold` arcs) rather than one element each. */
  onCanvas = false;
  /** The canvas strokes (empty when not on the canvas). */
  groups: ArcGroup[] = [];

  constructor(
    private readonly els: ArcElements<E>,
    private readonly threshold = CANVAS_THRESHOLD,
  ) {}

  /**
   * Joins the lines of the view; `focus` fans out and raises its place's arcs (flows are
   * never its: arcs/flows.ts `viewLines` opens them), the rest dims; `duration` (ms) of the fades, 0 for none.
   */
  update(list: readonly LineDatum[], focus: string | null, duration: number): void {
    const els = this.els;
    const bends = focus ? fanOut(list.filter((l): l is ArcDatum => !isFlow(l)), focus) : new Map<string, number>();
    const canvasNow = list.length > this.threshold;
    if (canvasNow !== this.onCanvas) {
      // Switching renderer: no fades across the switch, and no element kept for a line's return.
      for (const d of this.drawn.values()) d.el = null;
      for (const d of this.spare.values()) d.el = null;
      els.clear();
      this.onCanvas = canvasNow;
    }
    const next = new Map<string, Drawn<E>>();
    for (const arc of list) {
      const focused = focus !== null && bends.has(arc.id);
      const emphasis: Emphasis = focus === null ? null : focused ? 'hl' : 'dim';
      let d = this.drawn.get(arc.id);
      // A line coming back: with its element of before, if it has one (only its class is written again).
      const back = d ? null : (this.spare.get(arc.id) ?? null);
      d ??= back ?? undefined;
      this.spare.delete(arc.id);
      if (!d) {
        const merc = mercOf(arc.points);
        d = { arc, el: null, merc, xy: new Float64Array(merc.length), bend: 0, emphasis, cls: '', colour: '', dash: null, flow: '', fade: false, hollow: '' };
      } else if (d.arc.points !== arc.points) {
        d.merc = mercOf(arc.points);
        d.xy = new Float64Array(d.merc.length);
      }
      d.arc = arc;
      d.bend = bends.get(arc.id) ?? arc.bend;
      d.emphasis = emphasis;
      const flow = isFlow(arc) ? `${arc.width}|${arc.arcs.length}` : '';
      if (!this.onCanvas && !d.el) {
        d.el = els.create(arc.id, isFlow(arc));
        d.cls = d.colour = d.flow = d.hollow = '';
        d.dash = null;
        d.fade = duration > 0;
      } else if (back && d.el) {
        els.revive(d.el, arc.id, isFlow(arc));
        d.cls = '';
        d.fade = duration > 0;
      }
      const cls = arcClass(arc.countryAnchored, emphasis, d.fade, arc.quiet, isFlow(arc), arc.low);
      const look = hollowLook(arc, emphasis);
      const hollowKey = look ? `${look.width}|${look.rail}|${look.alpha}|${arc.dash}` : '';
      if (d.el) {
        if (d.cls !== cls) els.setClass(d.el, cls);
        if (d.colour !== arc.colour) els.setColour(d.el, arc.colour);
        if (d.dash !== arc.dash) els.setDash(d.el, arc.dash);
        if (isFlow(arc) && d.flow !== flow) els.setFlow(d.el, arc.width, arc.arcs.length);
        if (d.hollow !== hollowKey) els.setHollow(d.el, look, arc.dash);
        // Highlighted arcs on top.
        if (focused) els.raise(d.el);
      }
      d.cls = cls;
      d.colour = arc.colour;
      d.dash = arc.dash;
      d.flow = flow;
      d.hollow = hollowKey;
      next.set(arc.id, d);
    }
    for (const [id, d] of this.drawn) {
      if (next.has(id)) continue;
      if (d.el) els.leave(d.el, duration);
      this.spare.set(id, d);
    }
    this.drawn = next;
    this.groups = this.onCanvas ? groupByLook(next.values()) : [];
  }
}

/**
 * A keyed join for marks that need no pool (anchor rings, programme links): each
 * item of `list` made from the previous mark of its key, if any; marks whose key
 * is gone are removed. The result is in the order of `list`.
 */
export function rejoin<T, R>(
  old: ReadonlyMap<string, R>,
  list: readonly T[],
  key: (item: T) => string,
  make: (item: T, prev: R | undefined) => R,
  remove: (mark: R) => void,
): Map<string, R> {
  const left = new Map(old);
  const next = new Map<string, R>();
  for (const item of list) {
    const k = key(item);
    next.set(k, make(item, left.get(k)));
    left.delete(k);
  }
  for (const r of left.values()) remove(r);
  return next;
}
