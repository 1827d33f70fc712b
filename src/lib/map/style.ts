/**
 * The map style, built in code: a background, countries (world-atlas), the
 * European and Chinese units as fill + outline, and their labels. Nothing in it
 * points outside the page: no tiles, sprites, glyphs or fonts by URL (labels are
 * drawn from local fonts, which MapLibre does when `glyphs` is omitted).
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { GeoData } from '../geo/topo.ts';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { clusterRadiusExpression, dotRadiusExpression, SHOWN_EXPRESSION } from './dots.ts';

export const SOURCE = {
  countries: 'countries',
  regions: 'regions',
  labels: 'region-labels',
  cities: 'cities',
  /** The same point places, clustered: where markers would pile up they merge into one circle with a count. */
  clusters: 'city-clusters',
  programme: 'programme',
  /** The selected place's point (any kind): its ring. */
  selection: 'selection',
} as const;
export const LAYER = {
  background: 'background',
  countriesFill: 'countries-fill',
  countriesLine: 'countries-line',
  regionsFill: 'regions-fill',
  regionsLine: 'regions-line',
  regionsHover: 'regions-hover-line',
  labels: 'region-labels',
  clusters: 'city-clusters',
  cities: 'cities',
  cityLabels: 'city-labels',
  clusterCount: 'city-cluster-count',
  programme: 'programme-points',
  /** The selection's marks: the selected region's or province's outline, and a ring on its point. */
  regionsSelected: 'regions-selected-line',
  selectionHalo: 'selection-halo',
  selectionRing: 'selection-ring',
} as const;

/** Point places closer than this (px) merge into a cluster, up to CLUSTER_MAX_ZOOM; above it every place stands alone. */
export const CLUSTER_RADIUS = 26;
export const CLUSTER_MAX_ZOOM = 6;
/** City names show from this zoom (below it the clusters and the province labels carry the map). */
export const CITY_LABEL_MIN_ZOOM = 4.5;

/**
 * A copy of `fc` whose features carry `weight`: the place's partnerships (0 if none). Labels and
 * markers read it as their placement priority, so the most connected places win a collision.
 */
export function withWeights<G extends Geometry, P extends { id: string }>(fc: FeatureCollection<G, P>, weights: ReadonlyMap<string, number> | undefined): FeatureCollection<G, P & { weight: number }> {
  return { ...fc, features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, weight: weights?.get(f.properties.id) ?? 0 } })) };
}

/** Placement order of symbols: the heaviest place first (MapLibre places lower keys first). */
const BY_WEIGHT: ExpressionSpecification = ['-', 0, ['coalesce', ['get', 'weight'], 0]];
/** Not a cluster: a place of its own. */
const ALONE: ExpressionSpecification = ['!', ['has', 'point_count']];

export interface Palette {
  water: string;
  land: string;
  border: string;
  eu: string;
  cn: string;
  regionLine: string;
  hover: string;
  label: string;
  labelHalo: string;
  programme: string;
  /** Fill of city dots and halo of programme dots. */
  dot: string;
}

export const LIGHT: Palette = {
  water: '#dfe9f0',
  land: '#f6f4ef',
  border: '#b9b6ad',
  eu: '#d9e3f5',
  cn: '#f7dede',
  regionLine: '#8c8a84',
  hover: '#1f3f7a',
  label: '#3b3a36',
  labelHalo: '#ffffff',
  programme: '#6a3d9a',
  dot: '#ffffff',
};

export const DARK: Palette = {
  water: '#17202b',
  land: '#262a31',
  border: '#555b66',
  eu: '#2b3a55',
  cn: '#4a2e33',
  regionLine: '#6d7480',
  hover: '#9cbcff',
  label: '#e4e2dc',
  labelHalo: '#14161b',
  programme: '#b592e0',
  dot: '#1d2027',
};

export type Theme = 'light' | 'dark';
export const PALETTES: Record<Theme, Palette> = { light: LIGHT, dark: DARK };

/** Paint properties that change with the theme, so a live map can switch without rebuilding its style. */
export function themePaint(palette: Palette, transparent = false): [layer: string, property: string, value: unknown][] {
  return [
    [LAYER.background, 'background-color', palette.water],
    [LAYER.background, 'background-opacity', transparent ? 0 : 1],
    [LAYER.countriesFill, 'fill-color', palette.land],
    [LAYER.countriesLine, 'line-color', palette.border],
    [LAYER.regionsLine, 'line-color', palette.regionLine],
    [LAYER.regionsHover, 'line-color', palette.hover],
    [LAYER.labels, 'text-color', palette.label],
    [LAYER.labels, 'text-halo-color', palette.labelHalo],
    [LAYER.cities, 'circle-color', palette.dot],
    [LAYER.cities, 'circle-stroke-color', palette.hover],
    [LAYER.clusters, 'circle-color', palette.hover],
    [LAYER.clusters, 'circle-stroke-color', palette.hover],
    [LAYER.clusterCount, 'text-color', palette.label],
    [LAYER.clusterCount, 'text-halo-color', palette.labelHalo],
    [LAYER.cityLabels, 'text-color', palette.label],
    [LAYER.cityLabels, 'text-halo-color', palette.labelHalo],
    [LAYER.programme, 'circle-color', palette.programme],
    [LAYER.programme, 'circle-stroke-color', palette.dot],
  ];
}

/** Font stack for labels, drawn locally (Noto from Debian's fonts-noto-core, then the system sans-serif). */
export const LABEL_FONT = ['Noto Sans Regular', 'sans-serif'];

/** What the atlas draws over the basemap from the start: its point places and programme places. */
export interface StyleContent {
  points?: FeatureCollection<Point, { id: string }>;
  programme?: FeatureCollection<Point>;
  showProgramme?: boolean;
  /** Partnerships per place id over the whole bundle: the labels' and markers' placement priority. */
  weights?: ReadonlyMap<string, number>;
  /** The point places of the view (dots.ts shownDots), which alone are clustered; all of `points` if absent. */
  shown?: FeatureCollection<Point, { id: string }>;
}

const EMPTY: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
const EMPTY_PLACES: FeatureCollection<Point, { id: string }> = { type: 'FeatureCollection', features: [] };

/**
 * `transparent`: no water fill, so an embed shows the host page's background around the land.
 * `content` goes into the style itself: data given later (`setData`) would be tiled a second time.
 */
export function buildStyle(geo: GeoData, palette: Palette = LIGHT, transparent = false, content: StyleContent = {}): StyleSpecification {
  const points = withWeights(content.points ?? EMPTY_PLACES, content.weights);
  const clustered = content.shown ? withWeights(content.shown, content.weights) : points;
  return {
    version: 8,
    name: 'EU–China Partnership Atlas',
    sources: {
      [SOURCE.countries]: { type: 'geojson', data: geo.countries },
      [SOURCE.regions]: { type: 'geojson', data: geo.regions, promoteId: 'id' },
      [SOURCE.labels]: { type: 'geojson', data: withWeights(geo.labels, content.weights) },
      [SOURCE.cities]: { type: 'geojson', data: points, promoteId: 'id' },
      [SOURCE.clusters]: { type: 'geojson', data: clustered, cluster: true, clusterRadius: CLUSTER_RADIUS, clusterMaxZoom: CLUSTER_MAX_ZOOM },
      [SOURCE.programme]: { type: 'geojson', data: content.programme ?? EMPTY, promoteId: 'id' },
      [SOURCE.selection]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': palette.water, 'background-opacity': transparent ? 0 : 1 } },
      { id: LAYER.countriesFill, type: 'fill', source: SOURCE.countries, paint: { 'fill-color': palette.land } },
      {
        id: LAYER.countriesLine,
        type: 'line',
        source: SOURCE.countries,
        paint: { 'line-color': palette.border, 'line-width': 0.6 },
      },
      {
        id: LAYER.regionsFill,
        type: 'fill',
        source: SOURCE.regions,
        paint: {
          'fill-color': choroplethColour(palette),
          'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.85],
        },
      },
      {
        id: LAYER.regionsLine,
        type: 'line',
        source: SOURCE.regions,
        paint: {
          'line-color': palette.regionLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.3, 6, 1],
        },
      },
      {
        id: LAYER.regionsHover,
        type: 'line',
        source: SOURCE.regions,
        paint: {
          'line-color': palette.hover,
          'line-width': 2,
          'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0],
        },
      },
      {
        id: LAYER.labels,
        type: 'symbol',
        source: SOURCE.labels,
        // Chinese provinces are large enough to label early; European units from zoom 4.
        filter: ['any', ['==', ['get', 'side'], 'cn'], ['>=', ['zoom'], 4]],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': LABEL_FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 9, 6, 13],
          'text-max-width': 8,
          'text-padding': 2,
          // Symbol collision (MapLibre's default, never switched off here): where labels would overlap,
          // the province or region with the most partnerships keeps its name.
          'symbol-sort-key': BY_WEIGHT,
        },
        paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.2 },
      },
      {
        // Where point places crowd (the Chinese east coast), one translucent circle per group: the
        // places' own small dots stay visible through it, so every arc still ends on a mark.
        id: LAYER.clusters,
        type: 'circle',
        source: SOURCE.clusters,
        filter: ['has', 'point_count'],
        paint: {
          'circle-radius': clusterRadiusExpression(),
          'circle-color': palette.hover,
          'circle-opacity': 0.14,
          'circle-stroke-color': palette.hover,
          'circle-stroke-width': 1.2,
          'circle-stroke-opacity': 0.7,
        },
      },
      {
        // The point places of the view (dots.ts: every point place is in the source, those of the view have the
        // feature-state `shown`), small while the map is far out (merged into clusters), larger closer in, and
        // larger with their partnerships in the view (dots.ts dotRadius).
        id: LAYER.cities,
        type: 'circle',
        source: SOURCE.cities,
        paint: {
          'circle-radius': dotRadiusExpression(),
          'circle-color': palette.dot,
          'circle-opacity': ['case', SHOWN_EXPRESSION, 1, 0],
          'circle-stroke-color': palette.hover,
          'circle-stroke-opacity': ['case', SHOWN_EXPRESSION, 1, 0],
          'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 1, ['case', SHOWN_EXPRESSION, 0.8, 0], CLUSTER_MAX_ZOOM, ['case', SHOWN_EXPRESSION, 1.5, 0]],
        },
      },
      {
        // City names: collision on, the most connected first; from the zoom where there is room.
        id: LAYER.cityLabels,
        type: 'symbol',
        source: SOURCE.clusters,
        minzoom: CITY_LABEL_MIN_ZOOM,
        filter: ALONE,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': LABEL_FONT,
          'text-size': 11,
          'text-max-width': 7,
          'text-padding': 2,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.6,
          'symbol-sort-key': BY_WEIGHT,
        },
        paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.2 },
      },
      {
        // A cluster's count: always drawn (it is the cluster's only text, on its own circle), placed before any label.
        id: LAYER.clusterCount,
        type: 'symbol',
        source: SOURCE.clusters,
        filter: ['has', 'point_count'],
        layout: {
          'text-field': ['to-string', ['get', 'point_count']],
          'text-font': LABEL_FONT,
          'text-size': 12,
          // Shown wherever its circle is; labels below it make way for it (no text-ignore-placement).
          'text-allow-overlap': true,
        },
        paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 },
      },
      {
        // IUC/IURC pilots: shown while the programme layer is switched on.
        id: LAYER.programme,
        type: 'circle',
        source: SOURCE.programme,
        layout: { visibility: content.showProgramme ? 'visible' : 'none' },
        paint: {
          'circle-radius': ['case', ['boolean', ['feature-state', 'hover'], false], 7.5, ['case', ['get', 'pilot'], 5.5, 3.5]],
          'circle-color': palette.programme,
          'circle-opacity': 0.85,
          'circle-stroke-color': palette.dot,
          'circle-stroke-width': 1.5,
        },
      },
      ...selectionLayers(palette),
    ],
  };
}

/**
 * The selected place, marked apart from the hover (issue 14, item 8): a region or a province gets a
 * heavy outline in the label colour (hover is a thin blue one), and every selected place a ring on its
 * point, haloed so that it reads over arcs and fills. MapView sets the outline's feature-state
 * `selected` and the `selection` source's point.
 */
export function selectionLayers(palette: Palette): StyleSpecification['layers'] {
  return [
    {
      id: LAYER.regionsSelected,
      type: 'line',
      source: SOURCE.regions,
      paint: {
        'line-color': palette.label,
        'line-width': 2.5,
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
      },
    },
    {
      id: LAYER.selectionHalo,
      type: 'circle',
      source: SOURCE.selection,
      paint: { 'circle-radius': 9, 'circle-opacity': 0, 'circle-stroke-width': 4.5, 'circle-stroke-color': palette.labelHalo, 'circle-stroke-opacity': 0.9 },
    },
    {
      id: LAYER.selectionRing,
      type: 'circle',
      source: SOURCE.selection,
      paint: { 'circle-radius': 9, 'circle-opacity': 0, 'circle-stroke-width': 2, 'circle-stroke-color': palette.label },
    },
  ];
}

/** The selection's themed colours, for a live theme switch (MapView). */
export function selectionPaint(palette: Palette): [layer: string, property: string, value: unknown][] {
  return [
    [LAYER.regionsSelected, 'line-color', palette.label],
    [LAYER.selectionHalo, 'circle-stroke-color', palette.labelHalo],
    [LAYER.selectionRing, 'circle-stroke-color', palette.label],
  ];
}

/**
 * Choropleth ramp (light → dark orange-red). The fill reads two feature-states that
 * `choroplethStates` sets: `count` (units without partnerships keep their base tint)
 * and `share`, where 0 is one partnership and 1 the view's maximum. The expression
 * itself never changes with the data: a new data-driven paint value makes MapLibre
 * re-tile the source, a feature-state only repaints.
 */
export const RAMP = ['#fde0c5', '#f59e72', '#c0392b'] as const;

export function choroplethColour(palette: Palette = LIGHT): ExpressionSpecification {
  return [
    'case',
    ['>', ['coalesce', ['feature-state', 'count'], 0], 0],
    ['interpolate', ['linear'], ['coalesce', ['feature-state', 'share'], 0], 0, RAMP[0], 0.5, RAMP[1], 1, RAMP[2]],
    ['match', ['get', 'side'], 'cn', palette.cn, palette.eu],
  ];
}

/** Opening view: holds Europe (from the Canaries to Poland) and China together. [[west, south], [east, north]] */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [-18, 18],
  [135, 60],
];
