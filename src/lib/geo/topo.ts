/**
 * Loading the prebuilt geometry (public/geo/*.json, TopoJSON) and turning it
 * into the GeoJSON the map and later renderers use.
 */
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { fetchJson } from '../data/fetch-json.ts';

/** A map unit's properties (written by scripts/geo, read here). */
export interface RegionProps {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 of the unit's country. */
  country: string;
  /** 'eu' for European units, 'cn' for Chinese ones. */
  side: 'eu' | 'cn';
  level: string;
  localName: string;
}
export interface LabelProps {
  id: string;
  name: string;
  side: 'eu' | 'cn';
}
export interface CountryProps {
  id: string;
  name: string;
}

export interface GeoData {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  regions: FeatureCollection<Polygon | MultiPolygon, RegionProps>;
  labels: FeatureCollection<Point, LabelProps>;
}

/** Thrown when a geometry file is missing, unreadable or not what the app expects. */
export class GeoDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeoDataError';
  }
}

function isTopology(value: unknown): value is Topology {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Topology).type === 'Topology' &&
    typeof (value as Topology).objects === 'object' &&
    Array.isArray((value as Topology).arcs)
  );
}

function objectOf<P>(topo: unknown, file: string, name: string) {
  if (!isTopology(topo)) throw new GeoDataError(`${file} is not a TopoJSON topology`);
  const obj = topo.objects[name];
  if (!obj || obj.type !== 'GeometryCollection') throw new GeoDataError(`${file} has no "${name}" collection`);
  const fc = feature(topo, obj) as FeatureCollection;
  for (const f of fc.features) {
    const id = (f.properties as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') throw new GeoDataError(`${file}: a feature of "${name}" has no id`);
  }
  return fc as unknown as FeatureCollection<never, P>;
}

/** Converts the two topologies into the app's GeoJSON collections, validating their shape. */
export function topologyToGeo(regionsTopo: unknown, countriesTopo: unknown): GeoData {
  return {
    regions: objectOf<RegionProps>(regionsTopo, 'geo/regions.json', 'regions'),
    labels: objectOf<LabelProps>(regionsTopo, 'geo/regions.json', 'labels'),
    countries: objectOf<CountryProps>(countriesTopo, 'geo/countries.json', 'countries'),
  };
}

/** Fetches public/geo/regions.json and countries.json relative to `base` (the app's base URL). */
export async function loadGeo(fetchFn: typeof fetch = fetch, base = './'): Promise<GeoData> {
  const [regions, countries] = await Promise.all([
    fetchJson(fetchFn, `${base}geo/regions.json`, (m) => new GeoDataError(m)),
    fetchJson(fetchFn, `${base}geo/countries.json`, (m) => new GeoDataError(m)),
  ]);
  return topologyToGeo(regions, countries);
}
