/**
 * The gazetteer a reader's rows are matched against (issue 18): the report's places and countries
 * (public/data/bundle.json, with their Chinese and Polish names) and the cities of Europe and China of at least
 * 100,000 inhabitants (public/data/gazetteer.json, from GeoNames). Loaded only when a reader opens their own
 * data, by the page (to choose a place for a row) and by the worker that reads the file; both build the same one.
 */
import { fetchJson } from '../data/fetch-json.ts';
import { parseBundle } from '../data/load.ts';
import { gazetteerFromBundle, withCities, withUnits, type CityRow, type Gazetteer, type UnitRow } from './match.ts';

export class GazetteerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GazetteerError';
  }
}

/** The file's shape (scripts/gazetteer/build.ts), checked. */
function fileOf(value: unknown, url: string): { units: UnitRow[]; cities: CityRow[] } {
  const { cities, units } = (value ?? {}) as { cities?: unknown; units?: unknown };
  const rows = (list: unknown, length: number) => Array.isArray(list) && list.every((c) => Array.isArray(c) && c.length === length && typeof c[1] === 'string');
  if (!rows(cities, 8) || !rows(units, 6)) throw new GazetteerError(`${url} is not the atlas's gazetteer`);
  return { units: units as UnitRow[], cities: cities as CityRow[] };
}

export async function loadGazetteer(fetchFn: typeof fetch = fetch, base = './'): Promise<Gazetteer> {
  const fail = (m: string) => new GazetteerError(m);
  const [bundle, file] = await Promise.all([
    fetchJson(fetchFn, `${base}data/bundle.json`, fail).then((b) => parseBundle(b, `${base}data/bundle.json`)),
    fetchJson(fetchFn, `${base}data/gazetteer.json`, fail).then((c) => fileOf(c, `${base}data/gazetteer.json`)),
  ]);
  return withCities(withUnits(gazetteerFromBundle(bundle), file.units, bundle.names), file.cities);
}
