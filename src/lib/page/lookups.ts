/**
 * What the page looks up, built once from the data and the geometry (search
 * index, country names, regions with a polygon, point places, the programme's
 * layer), and the few figures derived from the current view that both the
 * live map and the exports draw (choropleth counts, arc anchors, legend rows).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Bundle, Country, EuCountry, Place } from '../data/types.ts';
import type { GeoData } from '../geo/topo.ts';
import type { ArcDatum } from '../arcs/arcs.ts';
import { viewLines, type LinesChoice } from '../arcs/flows.ts';
import { buildProgrammeArcs, programmePoints, type ProgrammeArc } from '../arcs/programme.ts';
import { buildSearchIndex, type SearchIndex } from '../controls/search-index.ts';
import type { ExportView } from '../export/capture.ts';
import { exportCitation } from '../export/metadata.ts';
import { attributionText } from '../words/index.ts';

export type PlacePoints = FeatureCollection<Point, { id: string; name: string }>;

export interface Lookups {
  index: SearchIndex;
  countryNames: Record<string, string>;
  /** Map units drawn as polygons (the choropleth's units). */
  regionIds: ReadonlySet<string>;
  /** Places without a polygon, drawn as points. */
  points: PlacePoints;
  programme: ReturnType<typeof programmePoints>;
  programmeArcs: ProgrammeArc[];
}

export function buildLookups(bundle: Bundle, places: ReadonlyMap<string, Place>, geo: GeoData): Lookups {
  return {
    index: buildSearchIndex(bundle.places, bundle.countries, bundle.names),
    countryNames: Object.fromEntries(bundle.countries.map((c) => [c.id, c.name])),
    regionIds: new Set(geo.regions.features.map((f) => f.properties.id)),
    points: {
      type: 'FeatureCollection',
      features: bundle.places
        .filter((p) => !p.hasGeometry)
        .map((p) => ({ type: 'Feature', properties: { id: p.id, name: p.name }, geometry: { type: 'Point', coordinates: p.coord } })),
    },
    programme: programmePoints(bundle, places),
    programmeArcs: buildProgrammeArcs(bundle, places),
  };
}

/** Only units with a polygon take part in the choropleth. */
export function choroplethCounts(byUnit: ReadonlyMap<string, number>, regionIds: ReadonlySet<string>): Map<string, number> {
  return new Map([...byUnit].filter(([id]) => regionIds.has(id)));
}

export interface Anchor {
  id: string;
  name: string;
  coord: [number, number];
}

/** The countries whose arcs start at the country's anchor (no region named), each once. */
export function arcAnchors(arcs: readonly ArcDatum[], names: Readonly<Record<string, string>>, countries: ReadonlyMap<string, Country>): Anchor[] {
  const used = new Set(arcs.filter((a) => a.countryAnchored).map((a) => a.partnership.euCountry));
  return [...used].map((id) => ({ id, name: names[id] ?? id, coord: countries.get(id)!.anchor }));
}

/** The legend's rows with the countries' names (exports and the SVG map). */
export function legendRows(
  byCountry: readonly { country: EuCountry; count: number }[],
  names: Readonly<Record<string, string>>,
): { country: EuCountry; name: string; count: number }[] {
  return byCountry.map((c) => ({ ...c, name: names[c.country] ?? c.country }));
}

/** What the SVG and PNG exports draw: the view as it is now, titled. */
export function exportView(
  geo: GeoData,
  atlas: {
    arcs: ArcDatum[];
    byUnit: ReadonlyMap<string, number>;
    byCountry: { country: EuCountry; count: number }[];
    countries: ReadonlyMap<string, Country>;
    /** Flows or single arcs (the chosen place's flows opened): the exports draw what the map draws. */
    lines?: LinesChoice;
    view?: { select: string | null };
    /** Given: the exports' metadata cite the atlas (export/metadata.ts). */
    bundle?: Pick<Bundle, 'atlas' | 'sources' | 'ownFile'>;
  },
  lookups: Pick<Lookups, 'regionIds' | 'countryNames'>,
  text: { title: string; subtitle: string },
): ExportView {
  return {
    geo,
    arcs: viewLines(atlas.arcs, atlas.lines ?? 'arcs', atlas.view?.select ?? null),
    unitCounts: choroplethCounts(atlas.byUnit, lookups.regionIds),
    anchors: arcAnchors(atlas.arcs, lookups.countryNames, atlas.countries).map((a) => a.coord),
    title: text.title,
    subtitle: text.subtitle,
    legend: legendRows(atlas.byCountry, lookups.countryNames),
    ...(atlas.bundle ? { citation: exportCitation(atlas.bundle), attribution: attributionText(atlas.bundle.ownFile) } : {}),
  };
}
