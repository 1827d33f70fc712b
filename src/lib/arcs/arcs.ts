/**
 * From partnerships to drawable arcs: where each end is, how it is styled, and
 * how arcs that would lie on top of each other are spread apart. Pure.
 */
import type { Country, EuCountry, Partnership, Place, Status } from '../data/types.ts';
import { fanBends, greatCircle, type LngLat } from './geometry.ts';

/** Okabe–Ito colours (safe for the common colour-vision deficiencies), one per EU country. */
export const COUNTRY_COLOURS: Record<EuCountry, string> = {
  FR: '#0072B2',
  ES: '#E69F00',
  DE: '#009E73',
  PL: '#CC79A7',
  GB: '#D55E00',
  IT: '#56B4E9',
};

/** Status is carried by the dash pattern too, never by colour alone. */
export const STATUS_DASH: Record<Status, string | null> = {
  active: null,
  'not-active': '6 4',
  ended: '1.5 4',
  unknown: '10 3 2 3',
};

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
  /** Sideways offset in pixels so arcs between the same two points do not overlap. */
  bend: number;
  /** Great-circle samples, computed once. */
  points: LngLat[];
}

export interface ArcContext {
  places: ReadonlyMap<string, Place>;
  countries: ReadonlyMap<string, Country>;
}

/** Spacing in pixels between arcs that join the same two points. */
export const PARALLEL_SPACING = 10;

/**
 * Arcs for the given partnerships. A partnership with no Chinese end cannot be
 * drawn and is left out; one with no European region starts at its country's anchor.
 */
export function buildArcs(
  list: readonly Partnership[],
  { places, countries }: ArcContext,
  segments = 32,
  /** Great circles already sampled, by their two ends: pass one Map across calls to sample each only once. */
  cache: Map<string, LngLat[]> = new Map(),
): ArcDatum[] {
  const sampled = (from: LngLat, to: LngLat) => {
    const key = `${from.join()}|${to.join()}|${segments}`;
    let pts = cache.get(key);
    if (!pts) cache.set(key, (pts = greatCircle(from, to, segments)));
    return pts;
  };
  const arcs: Omit<ArcDatum, 'bend'>[] = [];
  for (const p of list) {
    const cnEnd = p.cnUnit ?? p.cnProvince;
    const cnPlace = cnEnd ? places.get(cnEnd) : undefined;
    if (!cnEnd || !cnPlace) continue;
    const euPlace = p.euUnit ? places.get(p.euUnit) : undefined;
    const country = countries.get(p.euCountry);
    const from = euPlace?.coord ?? country?.anchor;
    if (!from) continue;
    arcs.push({
      id: p.id,
      partnership: p,
      from,
      to: cnPlace.coord,
      euEnd: euPlace ? euPlace.id : p.euCountry,
      cnEnd,
      countryAnchored: !euPlace,
      colour: COUNTRY_COLOURS[p.euCountry],
      dash: STATUS_DASH[p.status],
      points: sampled(from, cnPlace.coord),
    });
  }
  // Spread arcs that share both ends.
  const groups = new Map<string, number[]>();
  arcs.forEach((a, i) => {
    const key = `${a.euEnd}>${a.cnEnd}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const bends = new Array<number>(arcs.length).fill(0);
  for (const idx of groups.values()) {
    const b = fanBends(idx.length, PARALLEL_SPACING);
    idx.forEach((i, k) => (bends[i] = b[k]));
  }
  return arcs.map((a, i) => ({ ...a, bend: bends[i] }));
}

/**
 * Bends for the arcs of one hovered place (for a province, also those of its
 * cities): its arcs fan out around it, ordered
 * by the angle at which they leave, so neighbours stay neighbours.
 */
export function fanOut(arcs: readonly ArcDatum[], placeId: string, spacing = 6): Map<string, number> {
  // A province's arcs include those to its cities, as its place panel lists them.
  const mine = arcs.filter((a) => a.euEnd === placeId || a.cnEnd === placeId || a.partnership.cnProvince === placeId);
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

const STATUS_WORDS: Record<Status, string> = { active: 'active', 'not-active': 'not active', ended: 'ended', unknown: 'status not stated' };

/** One line describing an arc, for its tooltip. */
export function arcLabel(arc: ArcDatum, { places, countries }: ArcContext): string {
  const p = arc.partnership;
  const eu = arc.countryAnchored ? `${countries.get(p.euCountry)?.name ?? p.euCountry} (region not named in the report)` : (places.get(arc.euEnd)?.name ?? arc.euEnd);
  const cn = places.get(arc.cnEnd)?.name ?? arc.cnEnd;
  const when = p.startYear ? `since ${p.startYear}` : p.period ? p.period.replace('-', '–') : 'no period given';
  return `${eu} → ${cn}: ${when}, ${STATUS_WORDS[p.status]}`;
}
