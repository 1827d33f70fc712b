/**
 * From partnerships to drawable arcs: where each end is, how it is styled, and
 * how arcs that would lie on top of each other are spread apart. Pure.
 */
import type { Country, EuCountry, Partnership, Place, Status } from '../data/types.ts';
import { fanBends, greatCircle, type LngLat } from './geometry.ts';
import { anchoredEnd, arcSentence, arcWhen, countryName } from '../words/core.ts';
import { flowSentence } from '../words/flows.ts';
import { confidenceReason, flowLowShare } from '../words/uncertainty.ts';

/** Okabe–Ito colours (safe for the common colour-vision deficiencies), one per EU country. */
export const COUNTRY_COLOURS: Record<EuCountry, string> = {
  FR: '#0072B2',
  ES: '#E69F00',
  DE: '#009E73',
  PL: '#CC79A7',
  GB: '#D55E00',
  IT: '#56B4E9',
};

/**
 * Colours for the other European countries a reader's own list may hold (issue 18): Paul Tol's "muted"
 * qualitative scheme (also safe for the common colour-vision deficiencies), given by the country's place in OTHER_ORDER so that a country keeps its
 * colour whatever else the list holds. Two countries of one list may share one (the legend names each).
 */
const OTHER_PALETTE = ['#882255', '#44AA99', '#999933', '#AA4499', '#332288', '#117733', '#CC6677', '#DDCC77'];
const OTHER_ORDER = 'AD AL AT BA BE BG BY CH CY CZ DK EE FI GR HR HU IE IS LI LT LU LV MC MD ME MK MT NL NO PT RO RS RU SE SI SK SM UA VA XK'.split(' ');

/** A European country's colour: the report's six their own, any other from OTHER_PALETTE. */
export function countryColour(id: EuCountry): string {
  const own = (COUNTRY_COLOURS as Record<string, string | undefined>)[id];
  if (own) return own;
  const i = OTHER_ORDER.indexOf(id);
  return OTHER_PALETTE[(i < 0 ? [...id].reduce((n, c) => n + c.charCodeAt(0), 0) : i) % OTHER_PALETTE.length];
}

/**
 * Status is carried by the line as well as in words, never by colour alone. The
 * known statuses have the patterns (solid active, dashed not active, dotted
 * ended); a status the report does not state, the least information, has the
 * calmest line: solid, thin and faint (`QUIET_STATUS`, `arcStroke`'s `quiet`).
 */
export const STATUS_DASH: Record<Status, string | null> = {
  active: null,
  'not-active': '6 4',
  ended: '1.5 4',
  unknown: null,
};

/** The status drawn quietly (thin, faint, solid): the one the report does not state. */
export const QUIET_STATUS: Status = 'unknown';

/**
 * An arc's stroke, width in pixels and opacity (and, `low`, a reconstruction: the
 * hollow line's middle `rail`, see `hollow`): the one definition, read by the
 * canvas painter (the live overlay above 500 arcs, the PNG export) and, through
 * CSS custom properties set on the overlay's SVG, by its paths (map/overlay/painter.ts).
 * `quiet`: the status is not stated, so the line is thinner and fainter than any
 * other of its look (the pattern is left to the statuses that are known).
 */
export function arcStroke(
  countryAnchored: boolean,
  focus: 'hl' | 'dim' | null = null,
  quiet = false,
  low = false,
): { width: number; alpha: number; rail?: number } {
  const hl = focus === 'hl';
  const st = quiet
    ? { width: hl ? 1.8 : countryAnchored ? 0.9 : 1.1, alpha: focus === 'dim' ? 0.08 : hl ? 0.85 : countryAnchored ? 0.45 : 0.6 }
    : { width: hl ? 2.6 : countryAnchored ? 1.1 : 1.6, alpha: focus === 'dim' ? 0.12 : hl ? 1 : countryAnchored ? 0.75 : 1 };
  return low ? { alpha: st.alpha, ...hollow(st.width) } : st;
}

/**
 * A reconstruction (a record of low confidence: placed only so that the printed
 * totals hold) is drawn hollow: the line of its look, widened, with a rail of the
 * map's own colour down the middle, so that two thin rails of its colour remain.
 * No other channel carries it: colour stays the country's, the dash the status's,
 * the faintness a status not stated, and a flow's width its count. `width` is the
 * certain line's width; the result is the outer width and the middle rail's, in pixels.
 */
export function hollow(width: number): { width: number; rail: number } {
  return { width: width + 2.2, rail: width * 0.5 + 1 };
}

/** Whether a partnership is drawn hollow: a low-confidence reading (see `hollow`). */
export const isReconstruction = (p: Pick<Partnership, 'confidence'>): boolean => p.confidence === 'low';

export interface ArcDatum {
  id: string;
  partnership: Partnership;
  from: LngLat;
  to: LngLat;
  /** Place id of the European end, or the country id when the report names no region. */
  euEnd: string;
  /** Place id of the Chinese end (city, or province). */
  cnEnd: string;
  /** True when the European end is the country's anchor, not a named region or city. */
  countryAnchored: boolean;
  colour: string;
  dash: string | null;
  /** Drawn quietly: the status is not stated (see `arcStroke`). */
  quiet: boolean;
  /** Drawn hollow: a reconstruction, placed only so that the printed totals hold (see `hollow`). */
  low: boolean;
  /** Sideways offset in pixels so arcs between the same two points do not overlap. */
  bend: number;
  /**
   * Great-circle samples, computed once per pair of ends and only when first read (a getter): a reader's list of
   * 100,000 partnerships draws 4,000 flows (flows.ts MAX_LINES), and the rest never needs its circle.
   */
  readonly points: LngLat[];
}

/**
 * One line for every partnership between the same two ends (arcs/flows.ts
 * builds them): as wide as the partnerships it holds, solid (their statuses are
 * in its tooltip, and in its single arcs once a place's lines open).
 */
export interface FlowDatum {
  kind: 'flow';
  /** `flow:` and the pair of ends: `flow:DE>CN-SD`. */
  id: string;
  from: LngLat;
  to: LngLat;
  euEnd: string;
  cnEnd: string;
  countryAnchored: boolean;
  colour: string;
  dash: null;
  quiet: false;
  /** Drawn hollow when every partnership it holds is a reconstruction (see `hollow`). */
  low: boolean;
  bend: 0;
  /** Its first arc's great circle, read when first needed. */
  readonly points: LngLat[];
  /** The single arcs it stands for, in the view's order. */
  arcs: ArcDatum[];
  /** Stroke width in pixels (before a 4K screen's scale): see flows.ts `flowWidth`. */
  width: number;
}

/** What the overlay draws: single arcs and flows. */
export type LineDatum = ArcDatum | FlowDatum;

export const isFlow = (line: LineDatum): line is FlowDatum => (line as FlowDatum).kind === 'flow';

export interface ArcContext {
  places: ReadonlyMap<string, Place>;
  countries: ReadonlyMap<string, Country>;
}

/** Spacing in pixels between arcs that join the same two points. */
export const PARALLEL_SPACING = 10;

/** An arc as it is before the view spreads parallel arcs apart; `pair` names its two ends. */
interface BaseArc {
  arc: Omit<ArcDatum, 'bend'>;
  pair: string;
}

/**
 * What `buildArcs` can keep between calls for one context (places and countries):
 * great circles by their two ends, and each partnership's arc before spreading.
 * Pass the same cache to every call so each is worked out once.
 */
export class ArcCache {
  readonly circles = new Map<string, LngLat[]>();
  readonly bases = new WeakMap<Partnership, BaseArc | null>();
  /** Segments per great circle. */
  constructor(readonly segments = 32) {}
}

function baseArc(p: Partnership, { places, countries }: ArcContext, cache: ArcCache): BaseArc | null {
  const cnEnd = p.cnUnit ?? p.cnProvince;
  const cnPlace = cnEnd ? places.get(cnEnd) : undefined;
  if (!cnEnd || !cnPlace) return null;
  const euPlace = p.euUnit ? places.get(p.euUnit) : undefined;
  const from = euPlace?.coord ?? countries.get(p.euCountry)?.anchor;
  if (!from) return null;
  const euEnd = euPlace ? euPlace.id : p.euCountry;
  const pair = `${euEnd}>${cnEnd}`;
  const to = cnPlace.coord;
  let circle: LngLat[] | undefined;
  const arc = {
    id: p.id,
    partnership: p,
    from,
    to: cnPlace.coord,
    euEnd,
    cnEnd,
    countryAnchored: !euPlace,
    colour: countryColour(p.euCountry),
    dash: STATUS_DASH[p.status],
    quiet: p.status === QUIET_STATUS,
    low: isReconstruction(p),
    // An end's id fixes its coordinates: the pair of ids keys the great circle, made when first read.
    // Kept once found: the overlay reads it on every redraw.
    get points(): LngLat[] {
      if (circle) return circle;
      circle = cache.circles.get(pair);
      if (!circle) cache.circles.set(pair, (circle = greatCircle(from, to, cache.segments)));
      return circle;
    },
  };
  return { arc, pair };
}

/**
 * Arcs for the given partnerships. A partnership with no Chinese end cannot be
 * drawn and is left out; one with no European region starts at its country's anchor.
 * Arcs that share both ends are spread apart (`bend`).
 */
export function buildArcs(list: readonly Partnership[], ctx: ArcContext, cache: ArcCache = new ArcCache()): ArcDatum[] {
  const arcs: ArcDatum[] = [];
  const groups = new Map<string, number[]>();
  for (const p of list) {
    let base = cache.bases.get(p);
    if (base === undefined) cache.bases.set(p, (base = baseArc(p, ctx, cache)));
    if (!base) continue;
    const group = groups.get(base.pair);
    if (group) group.push(arcs.length);
    else groups.set(base.pair, [arcs.length]);
    // Field by field, not spread: a spread would read `points` and make every circle at once.
    const b = base.arc;
    arcs.push({
      id: b.id,
      partnership: b.partnership,
      from: b.from,
      to: b.to,
      euEnd: b.euEnd,
      cnEnd: b.cnEnd,
      countryAnchored: b.countryAnchored,
      colour: b.colour,
      dash: b.dash,
      quiet: b.quiet,
      low: b.low,
      bend: 0,
      get points() {
        return b.points;
      },
    });
  }
  for (const idx of groups.values()) {
    if (idx.length < 2) continue;
    const b = fanBends(idx.length, PARALLEL_SPACING);
    idx.forEach((i, k) => (arcs[i].bend = b[k]));
  }
  return arcs;
}

/** Whether an arc is one of a place's: either end, or (a province) one of its cities' arcs, as its place panel lists them. */
export const touches = (a: ArcDatum, placeId: string): boolean => a.euEnd === placeId || a.cnEnd === placeId || a.partnership.cnProvince === placeId;

/**
 * Bends for the arcs of one hovered place (for a province, also those of its
 * cities): its arcs fan out around it, ordered
 * by the angle at which they leave, so neighbours stay neighbours.
 */
export function fanOut(arcs: readonly ArcDatum[], placeId: string, spacing = 6): Map<string, number> {
  const mine = arcs.filter((a) => touches(a, placeId));
  const angle = (a: ArcDatum) => {
    const fromEu = a.euEnd === placeId;
    const [x0, y0] = fromEu ? a.from : a.to;
    const [x1, y1] = fromEu ? a.to : a.from;
    return Math.atan2(y1 - y0, x1 - x0);
  };
  const sorted = [...mine].sort((a, b) => angle(a) - angle(b) || a.id.localeCompare(b.id));
  const bends = fanBends(sorted.length, spacing);
  return new Map(sorted.map((a, i) => [a.id, bends[i]]));
}

/**
 * One line describing an arc or a flow, for its tooltip (worded by src/lib/words):
 * 'Bavaria → Jiangsu: since 1987, active'; 'Germany (region not named in the report)
 * → Shandong: 4 partnerships (1 active, 3 status not stated)'.
 */
export function arcLabel(line: LineDatum, { places, countries }: ArcContext): string {
  const p = isFlow(line) ? line.arcs[0].partnership : line.partnership;
  const eu = line.countryAnchored ? anchoredEnd(countryName(countries, p.euCountry)) : (places.get(line.euEnd)?.name ?? line.euEnd);
  const cn = places.get(line.cnEnd)?.name ?? line.cnEnd;
  if (!isFlow(line)) {
    const why = confidenceReason(p.confidence, p.table);
    return `${arcSentence(eu, cn, arcWhen(p.startYear, p.period), p.status)}${why ? `; ${why}` : ''}`;
  }
  const byStatus = new Map<Status, number>();
  for (const a of line.arcs) byStatus.set(a.partnership.status, (byStatus.get(a.partnership.status) ?? 0) + 1);
  const sentence = flowSentence(eu, cn, byStatus);
  const low = line.arcs.filter((a) => a.low);
  if (!low.length) return sentence;
  // All reconstructions: the flow is hollow, and says why as one of its arcs would; some: how many.
  if (low.length === line.arcs.length) return `${sentence}; ${confidenceReason('low', low[0].partnership.table)}`;
  return `${sentence}; ${flowLowShare(low.length, line.arcs.length)}`;
}
