/**
 * The flow view (issue 14, item 6): one line per pair of ends instead of one arc
 * per partnership. The ends are the arcs' own (a named region or city, or the
 * country's anchor when the report names none → a Chinese province or city), so a
 * flow lies exactly on its arcs' great circle, and it is as wide as the number
 * of partnerships it holds. A place with the focus (hovered or chosen) opens its
 * flows into its single arcs. Pure.
 */
import type { PeriodMode, PeriodSelection } from '../data/types.ts';
import type { LinesChoice } from '../words/flows.ts';
import { touches, type ArcDatum, type FlowDatum, type LineDatum } from './arcs.ts';

export type { LinesChoice };
export const LINES_CHOICES: readonly LinesChoice[] = ['flows', 'arcs'];

/** Pixels of width per partnership: a flow of one is a little thinner than a single arc of a named region. */
export const FLOW_UNIT = 1.3;
/** The widest flow, reached at `FLOW_CAP` partnerships (the report's pairs hold 1 to 3; synthetic benchmarks more). */
export const FLOW_CAP = 8;

/**
 * A flow's width in pixels: linear in the count (a width is read as a length, so
 * twice the partnerships look twice as wide), from FLOW_UNIT for one partnership
 * (the visible minimum) to FLOW_UNIT · FLOW_CAP, where it stops.
 */
export function flowWidth(count: number): number {
  return FLOW_UNIT * Math.min(Math.max(1, count), FLOW_CAP);
}

/**
 * A flow's opacity (its width is `flowWidth`'s): a little translucent, so where
 * flows cross or share an end the overlap reads as more; fainter from a country's
 * anchor (no region named), as the arcs are; faint while another place has the focus.
 */
export function flowStroke(countryAnchored: boolean, focus: 'hl' | 'dim' | null = null): { alpha: number } {
  return { alpha: focus === 'dim' ? 0.1 : focus === 'hl' ? 1 : countryAnchored ? 0.45 : 0.6 };
}

/**
 * Which lines a view draws when the reader has not chosen: flows for "All" and
 * the cumulative views, where many partnerships pile up on the same few pairs and
 * country anchors, and single arcs for one period's new partnerships, few enough
 * that each arc, with its status, can be read.
 */
export function defaultLines(view: { period: PeriodSelection; mode: PeriodMode }): LinesChoice {
  return view.period === 'all' || view.mode === 'cumulative' ? 'flows' : 'arcs';
}

/** The lines a view draws: the reader's choice, else the view's default. */
export function linesOf(view: { period: PeriodSelection; mode: PeriodMode; lines?: LinesChoice | null }): LinesChoice {
  return view.lines ?? defaultLines(view);
}

/**
 * One flow per pair of ends, holding every arc between them. Ordered widest
 * first (painted under the thinner ones, which stay visible), then by where the
 * pair first appears among the arcs: the same arcs always give the same order.
 */
export function buildFlows(arcs: readonly ArcDatum[]): FlowDatum[] {
  const byPair = new Map<string, FlowDatum>();
  for (const arc of arcs) {
    const id = `flow:${arc.euEnd}>${arc.cnEnd}`;
    const flow = byPair.get(id);
    if (flow) flow.arcs.push(arc);
    else
      byPair.set(id, {
        kind: 'flow',
        id,
        from: arc.from,
        to: arc.to,
        euEnd: arc.euEnd,
        cnEnd: arc.cnEnd,
        countryAnchored: arc.countryAnchored,
        colour: arc.colour,
        dash: null,
        quiet: false,
        low: false,
        bend: 0,
        // Read when the flow is drawn: a view of 100,000 draws only the widest flows (MAX_LINES).
        get points() {
          return arc.points;
        },
        arcs: [arc],
        width: 0,
      });
  }
  const flows = [...byPair.values()];
  flows.forEach((f) => {
    f.width = flowWidth(f.arcs.length);
    f.low = f.arcs.every((a) => a.low);
  });
  // Array.prototype.sort is stable: ties keep the order of first appearance.
  return flows.sort((a, b) => b.arcs.length - a.arcs.length);
}

/**
 * What the map draws: single arcs, or flows; in the flow view the place with
 * the focus (hovered, else chosen) has its flows opened into its single arcs
 * (after the flows, so they are painted on top), the rest stays as flows.
 */
export function viewLines(arcs: readonly ArcDatum[], lines: LinesChoice, focus: string | null = null): LineDatum[] {
  // More than MAX_LINES partnerships (a reader's own list of tens of thousands): flows, and only the widest.
  const capped = arcs.length > MAX_LINES;
  if (lines === 'arcs' && !capped) return [...arcs];
  if (focus === null) return capped ? buildFlows(arcs).slice(0, MAX_LINES) : buildFlows(arcs);
  const mine: ArcDatum[] = [];
  const rest: ArcDatum[] = [];
  for (const a of arcs) (touches(a, focus) ? mine : rest).push(a);
  const flows = buildFlows(rest);
  return capped ? [...flows.slice(0, Math.max(0, MAX_LINES - mine.length)), ...mine.slice(0, MAX_LINES)] : [...flows, ...mine];
}

/**
 * The most lines the map draws. A view with more partnerships than this (never the report's, at most 143) is
 * drawn as flows, the widest MAX_LINES of them, and the map says so (words/map.ts linesCapped): tens of thousands
 * of lines cannot be read, and painting them held a phone's main thread for seconds (a 100,000-row list: 12 s of
 * canvas painting in this project's Chromium before the cap).
 */
export const MAX_LINES = 4000;

/** The widths a legend shows for a set of flows: one partnership, the widest, and one between when there is room. */
export function widthKeys(flows: readonly LineDatum[]): number[] {
  let max = 1;
  for (const f of flows) if ('arcs' in f) max = Math.max(max, Math.min(f.arcs.length, FLOW_CAP));
  if (max <= 3) return Array.from({ length: max }, (_, i) => i + 1);
  return [1, Math.round((1 + max) / 2), max];
}
