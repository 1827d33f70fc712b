/**
 * The map style, built in code: a background, countries (world-atlas), the
 * European and Chinese units as fill + outline, and their labels. Nothing in it
 * points outside the page: no tiles, sprites, glyphs or fonts by URL (labels are
 * drawn from local fonts, which MapLibre does when `glyphs` is omitted).
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { GeoData } from '../geo/topo.ts';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { dotRadiusExpression, SHOWN_EXPRESSION } from './dots.ts';

export const SOURCE = {
  countries: 'countries',
  /** The regions' and provinces' polygons, shaded: the only feature-state written here is the period's `step`. */
  regions: 'regions',
  /**
   * The same polygons again, for the outlines that follow the reader (hover, selection). Apart from `regions`
   * so that a period step's shading reaches one layer: MapLibre rewrites every layer reading any feature-state
   * of a source for each feature whose state changes (≈ 1.5 ms of a step when the outlines shared it).
   */
  regionOutlines: 'region-outlines',
  labels: 'region-labels',
  cities: 'cities',
  /** The shown point places standing alone (in no cluster) at the map's whole zoom: their names (map/city-names.ts). */
  cityNames: 'city-names',
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
  cities: 'cities',
  /** Above the dots (drawn over them, never under), below the city names (which win a collision against them). */
  labels: 'region-labels',
  cityLabels: 'city-labels',
  /** Invisible marks on every dot that labels make way for, so that no label sits on a dot. */
  dotBlockers: 'label-dot-blockers',
  programme: 'programme-points',
  /** The selection's marks: the selected region's or province's outline, and a ring on its point. */
  regionsSelected: 'regions-selected-line',
  selectionHalo: 'selection-halo',
  selectionRing: 'selection-ring',
} as const;

/**
 * Point places closer than this (px) merge into a cluster, up to CLUSTER_MAX_ZOOM; above it every place stands alone.
 * The atlas clusters them itself (clusters.ts) and draws them above the map (ClusterLayer.svelte).
 */
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

export interface Palette {
  water: string;
  land: string;
  border: string;
  /** The choropleth's classes from the faintest (1 partnership) to the strongest (the view's maximum); 0 is `land`. */
  ramp: readonly string[];
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
  // ColorBrewer OrRd: from a faint peach (visibly off the land) to a deep red, darker with each class.
  ramp: ['#fdd49e', '#fc8d59', '#e34a33', '#b30000', '#7f0000'],
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
  // On a dark land more is brighter: from a dim warm grey close to the land to a bright apricot.
  ramp: ['#4a3531', '#7a3e2e', '#b4482b', '#ec7a3c', '#ffc07a'],
  regionLine: '#6d7480',
  hover: '#9cbcff',
  label: '#e4e2dc',
  labelHalo: '#14161b',
  programme: '#b592e0',
  dot: '#1d2027',
};

export type Theme = 'light' | 'dark';
export const PALETTES: Record<Theme, Palette> = { light: LIGHT, dark: DARK };

/** The page's theme as App sets it on the root element (`data-theme`): what the live map is drawn in. */
export function pageTheme(root: { dataset: DOMStringMap } | null = typeof document === 'undefined' ? null : document.documentElement): Theme {
  return root?.dataset.theme === 'dark' ? 'dark' : 'light';
}

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
}

const EMPTY: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
const EMPTY_PLACES: FeatureCollection<Point, { id: string }> = { type: 'FeatureCollection', features: [] };

/**
 * `transparent`: no water fill, so an embed shows the host page's background around the land.
 * `content` goes into the style itself: data given later (`setData`) would be tiled a second time.
 */
/**
 * The data of the geometry's sources (countries, regions, their label points with weights): the style's
 * at first, and what the map is given when the fine geometry replaces the coarse one (MapView).
 */
export function geometryData(geo: GeoData, weights: ReadonlyMap<string, number> | undefined) {
  return { [SOURCE.countries]: geo.countries, [SOURCE.regions]: geo.regions, [SOURCE.regionOutlines]: geo.regions, [SOURCE.labels]: withWeights(geo.labels, weights) };
}

export function buildStyle(geo: GeoData, palette: Palette = LIGHT, transparent = false, content: StyleContent = {}): StyleSpecification {
  const points = withWeights(content.points ?? EMPTY_PLACES, content.weights);
  const shapes = geometryData(geo, content.weights);
  return {
    version: 8,
    name: 'EU–China Partnership Atlas',
    sources: {
      [SOURCE.countries]: { type: 'geojson', data: shapes[SOURCE.countries] },
      [SOURCE.regions]: { type: 'geojson', data: shapes[SOURCE.regions], promoteId: 'id' },
      [SOURCE.regionOutlines]: { type: 'geojson', data: shapes[SOURCE.regionOutlines], promoteId: 'id' },
      [SOURCE.labels]: { type: 'geojson', data: shapes[SOURCE.labels] },
      [SOURCE.cities]: { type: 'geojson', data: points, promoteId: 'id' },
      // Written only while the names can be seen (city-names.ts): empty until then.
      [SOURCE.cityNames]: { type: 'geojson', data: EMPTY },
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
          // Constant: a hovered unit is marked by its outline (regionsHover). A fill opacity read from the feature-state
          // made MapLibre rewrite a second paint attribute of every unit whose shading a period step changed (≈ 2 ms a step).
          'fill-opacity': 0.85,
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
        source: SOURCE.regionOutlines,
        paint: {
          'line-color': palette.hover,
          'line-width': 2,
          'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0],
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
          // A dot not shown has no radius and no stroke, so nothing to draw: its opacities stay constant, and a
          // period step rewrites two of the layer's paint attributes per dot that changes, not four.
          'circle-stroke-color': palette.hover,
          'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 1, ['case', SHOWN_EXPRESSION, 0.8, 0], CLUSTER_MAX_ZOOM, ['case', SHOWN_EXPRESSION, 1.5, 0]],
        },
      },
      regionLabelLayer(palette),
      cityLabelLayer(palette),
      dotBlockerLayer(),
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
      source: SOURCE.regionOutlines,
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

// ── Labels (issue 14, item 7) ──────────────────────────────────────────────────
/*
 * Names are drawn above the dots (the symbol layers come after the circle layers) and never on one: an
 * invisible mark on every dot (dotBlockerLayer) takes part in the collision, so a label moves to another
 * of its anchors, or gives way, rather than cover a dot. Collision is MapLibre's (no allow-overlap on any
 * name), the most connected place first. The arcs are an SVG overlay above the whole canvas, so no layer
 * order lifts a label over an arc: a wide halo in the land's tone keeps the names legible through them.
 */

/**
 * European region names from this zoom, for regions with partnerships in the report; every region from
 * EU_LABEL_ALL_ZOOM. Whole numbers: a filter is evaluated per tile, at the tile's (whole) zoom.
 */
export const EU_LABEL_MIN_ZOOM = 2;
export const EU_LABEL_ALL_ZOOM = 4;
/** Below zoom 1 (a phone's opening view, China some 80 px wide) only the provinces with this many partnerships or more are named. */
export const CN_LABEL_FAR_WEIGHT = 9;
/** Halo around every name, px: wide enough to read a name through an arc crossing it. */
export const LABEL_HALO = 1.8;
/** Names wrap only beyond this many ems (at spaces; never inside a word): no province or region name is that long. */
export const LABEL_MAX_WIDTH = 12;

/**
 * Where a province's or region's name may sit, in order: on its label point, else just above or below it
 * (clear of a dot or a cluster's circle there), else a little to a side. [anchor, [x, y] offset in ems]…
 * Never far: a name moved a whole name's width off its point would read as its neighbour's.
 */
export const REGION_LABEL_ANCHORS = [
  'center', [0, 0],
  'top', [0, 0.8], 'bottom', [0, -0.8], 'top', [0, 1.6], 'bottom', [0, -1.6],
  'top-left', [-0.6, 0.6], 'top-right', [0.6, 0.6], 'bottom-left', [-0.6, -0.6], 'bottom-right', [0.6, -0.6],
] as unknown as ExpressionSpecification;

/** Province and region names: Chinese provinces from zoom 1 (the busiest further out), European regions from where they fit. */
export function regionLabelLayer(palette: Palette): LayerSpecification {
  return {
    id: LAYER.labels,
    type: 'symbol',
    source: SOURCE.labels,
    filter: [
      'any',
      ['all', ['==', ['get', 'side'], 'cn'], ['any', ['>=', ['zoom'], 1], ['>=', ['coalesce', ['get', 'weight'], 0], CN_LABEL_FAR_WEIGHT]]],
      ['>=', ['zoom'], EU_LABEL_ALL_ZOOM],
      ['all', ['>=', ['zoom'], EU_LABEL_MIN_ZOOM], ['>', ['coalesce', ['get', 'weight'], 0], 0]],
    ],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, ['match', ['get', 'side'], 'cn', 9.5, 9], 6, 13],
      'text-max-width': LABEL_MAX_WIDTH,
      'text-padding': 1,
      // On the unit's label point if there is room, else beside it: where a dot or a stronger name stands.
      'text-variable-anchor-offset': REGION_LABEL_ANCHORS,
      'text-justify': 'auto',
      // Symbol collision (MapLibre's default, never switched off here): where labels would overlap,
      // the province or region with the most partnerships keeps its name.
      'symbol-sort-key': BY_WEIGHT,
    },
    paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': LABEL_HALO, 'text-halo-blur': 0.4 },
  };
}

/** City names: collision on, the most connected first; from the zoom where there is room; beside the dot. */
export function cityLabelLayer(palette: Palette): LayerSpecification {
  return {
    id: LAYER.cityLabels,
    type: 'symbol',
    source: SOURCE.cityNames,
    minzoom: CITY_LABEL_MIN_ZOOM,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': 11,
      'text-max-width': LABEL_MAX_WIDTH,
      'text-padding': 2,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.6,
      'symbol-sort-key': BY_WEIGHT,
    },
    paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': LABEL_HALO, 'text-halo-blur': 0.4 },
  };
}

/**
 * Names make way for dots from this zoom. Further out the east coast has a dot every few pixels and the
 * provinces' names (Shandong, Anhui) would find no room at all: there they are drawn over the dots instead.
 */
export const DOT_BLOCKER_MIN_ZOOM = 3;

/**
 * An invisible mark the size of a dot on every point place: always placed (allow-overlap), but it keeps
 * its place in the collision index (no ignore-placement), so the names placed after it (the layers below
 * it) make way for the dots. Drawn with opacity 0.
 */
export function dotBlockerLayer(): LayerSpecification {
  return {
    id: LAYER.dotBlockers,
    type: 'symbol',
    source: SOURCE.cities,
    minzoom: DOT_BLOCKER_MIN_ZOOM,
    layout: {
      'text-field': '•',
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 1, 6, CLUSTER_MAX_ZOOM, 10],
      'text-allow-overlap': true,
      'text-padding': 0,
    },
    paint: { 'text-opacity': 0 },
  };
}

/**
 * The choropleth's fill. It reads the feature-state `step` that `choroplethStates`
 * sets (choropleth.ts): the unit's class, as an index into the theme's ramp; units
 * without partnerships (no state, or -1) keep the land's own tint, so 0 reads as
 * "none". Stepped, not interpolated: each class is one colour, as in the legend.
 * The expression itself never changes with the data: a new data-driven paint value
 * makes MapLibre re-tile the source, a feature-state only repaints.
 */
export function choroplethColour(palette: Palette = LIGHT): ExpressionSpecification {
  const stops = palette.ramp.flatMap((colour, i) => [i, colour]);
  return ['step', ['coalesce', ['feature-state', 'step'], -1], palette.land, ...stops] as ExpressionSpecification;
}

/** The shading's colours in a theme: none (the land) and the ramp, for the legend and the drawings made without the map. */
export function shadingColours(palette: Palette = LIGHT): { none: string; ramp: readonly string[] } {
  return { none: palette.land, ramp: palette.ramp };
}

/** Opening view: holds Europe (from the Canaries to Poland) and China together. [[west, south], [east, north]] */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [-18, 18],
  [135, 60],
];
