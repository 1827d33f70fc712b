/**
 * The map's marks follow the view (issue 14, item 2): a point place is drawn only
 * when it is an end of an arc shown (after period, mode, country and status
 * filters) or the selected place, sized by its partnerships in the view. The
 * same sizes are written as MapLibre expressions (the style) and as functions
 * (picking), from one table, so what the pointer reaches is what is drawn.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';

/** A dot's radius (px) at a count of 1, by zoom: [zoom, radius]. Between stops, linear. */
export const DOT_STOPS: readonly (readonly [number, number])[] = [
  [1, 1.6],
  [3, 2.4],
  [6, 3.6],
];
/** A dot grows with the square root of its count, up to this factor. */
export const DOT_MAX_GROWTH = 2.2;
const GROWTH = 0.45;
/** A hovered dot is this much larger (px). */
export const DOT_HOVER_GROWTH = 2.5;

/** How much larger than a dot of count 1 a dot of `count` is. */
export function dotGrowth(count: number): number {
  return Math.min(DOT_MAX_GROWTH, 1 + GROWTH * (Math.sqrt(Math.max(1, count)) - 1));
}

/** A dot's radius (px) at `zoom` for `count` partnerships in the view (the style's `circle-radius`). */
export function dotRadius(zoom: number, count: number, hovered = false): number {
  const base = interpolate(DOT_STOPS, zoom);
  return base * dotGrowth(count) + (hovered ? DOT_HOVER_GROWTH : 0);
}

function interpolate(stops: readonly (readonly [number, number])[], z: number): number {
  if (z <= stops[0][0]) return stops[0][1];
  for (let i = 1; i < stops.length; i++) {
    const [z1, v1] = stops[i];
    if (z <= z1) {
      const [z0, v0] = stops[i - 1];
      return v0 + ((v1 - v0) * (z - z0)) / (z1 - z0);
    }
  }
  return stops[stops.length - 1][1];
}

/**
 * Whether a dot is drawn: the feature-state `shown` MapView sets (dots.ts shownDots). The dots'
 * source holds every point place and is never re-tiled; a period step only writes feature-states.
 */
export const SHOWN_EXPRESSION: ExpressionSpecification = ['boolean', ['feature-state', 'shown'], false];

/** `dotGrowth` as an expression on the feature-state `count`. */
const GROWTH_EXPRESSION: ExpressionSpecification = [
  'min',
  DOT_MAX_GROWTH,
  ['+', 1, ['*', GROWTH, ['-', ['sqrt', ['max', 1, ['coalesce', ['feature-state', 'count'], 1]]], 1]]],
];

/** `dotRadius` as MapLibre's `circle-radius`, 0 for a dot not shown (count, hover and shown read from the feature-state). */
export function dotRadiusExpression(): ExpressionSpecification {
  const at = (base: number): ExpressionSpecification => [
    'case',
    SHOWN_EXPRESSION,
    ['+', ['*', base, GROWTH_EXPRESSION], ['case', ['boolean', ['feature-state', 'hover'], false], DOT_HOVER_GROWTH, 0]],
    0,
  ];
  return ['interpolate', ['linear'], ['zoom'], ...DOT_STOPS.flatMap(([z, r]) => [z, at(r)])] as ExpressionSpecification;
}

/** A cluster's radius (px) by its number of places: [count, radius], linear between. */
export const CLUSTER_STOPS: readonly (readonly [number, number])[] = [
  [2, 9],
  [10, 13],
  [30, 17],
];
export const clusterRadius = (count: number): number => interpolate(CLUSTER_STOPS, count);
export const clusterRadiusExpression = (): ExpressionSpecification =>
  ['interpolate', ['linear'], ['get', 'point_count'], ...CLUSTER_STOPS.flat()] as ExpressionSpecification;

/** The ends of an arc: the place ids (or country id, when anchored) it joins. */
export interface ArcEnds {
  euEnd: string;
  cnEnd: string;
  countryAnchored: boolean;
}

/** The place ids the arcs of the view end at (country anchors apart). */
export function endIds(arcs: readonly ArcEnds[]): Set<string> {
  const ids = new Set<string>();
  for (const a of arcs) {
    if (!a.countryAnchored) ids.add(a.euEnd);
    ids.add(a.cnEnd);
  }
  return ids;
}

/**
 * The point places to draw: the ends of the arcs shown, and the selected place, each with its
 * `count` in the view (partnerships per place, a city's for itself). The rest are left out, so
 * they are neither drawn, clustered nor picked.
 */
export function shownDots<P extends { id: string }>(
  points: FeatureCollection<Point, P>,
  ends: ReadonlySet<string>,
  counts: ReadonlyMap<string, number>,
  select: string | null,
): FeatureCollection<Point, P & { count: number }> {
  const features = [];
  for (const f of points.features) {
    const id = f.properties.id;
    if (ends.has(id) || id === select) features.push({ ...f, properties: { ...f.properties, count: counts.get(id) ?? 0 } });
  }
  return { type: 'FeatureCollection', features };
}

/** Whether two lists of dots hold the same places (the clusters' source is left alone then). */
export function samePlaces(a: FeatureCollection<Point, { id: string }> | null, b: FeatureCollection<Point, { id: string }>): boolean {
  if (!a || a.features.length !== b.features.length) return false;
  return a.features.every((f, i) => f.properties.id === b.features[i].properties.id);
}

/** A dot's feature-state: drawn or not, and its count in the view. */
export interface DotState {
  shown: boolean;
  count: number;
}

/** The feature-state of every point place for the dots of the view (absent: not shown). */
export function dotStates(ids: Iterable<string>, dots: FeatureCollection<Point, { id: string; count: number }>): Map<string, DotState> {
  const shown = new Map(dots.features.map((f) => [f.properties.id, f.properties.count]));
  const out = new Map<string, DotState>();
  for (const id of ids) out.set(id, { shown: shown.has(id), count: shown.get(id) ?? 0 });
  return out;
}

/** The states that differ from the last ones written: only these are written to the map. */
export function dotStateChanges(last: ReadonlyMap<string, DotState>, next: ReadonlyMap<string, DotState>): [string, DotState][] {
  const out: [string, DotState][] = [];
  for (const [id, s] of next) {
    const l = last.get(id);
    if (!l || l.shown !== s.shown || l.count !== s.count) out.push([id, s]);
  }
  return out;
}
