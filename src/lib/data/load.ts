/** Typed loading of public/data/bundle.json, with clear messages for a missing or corrupt file. */
import { NAME_LANGS, type Bundle, type Place } from './types.ts';
import { fetchJson } from './fetch-json.ts';

export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

const ARRAYS = ['sources', 'periods', 'countries', 'places', 'partnerships', 'unattributed', 'printedCells', 'statements', 'contradictions', 'caseTables', 'caseStudies', 'story'] as const;

/** Checks the bundle's outer shape (the build validated the rows; this guards against a wrong or truncated file). */
export function parseBundle(value: unknown, url = 'data/bundle.json'): Bundle {
  if (typeof value !== 'object' || value === null) throw new DataError(`${url} is not a JSON object`);
  const b = value as Partial<Bundle>;
  if (b.version !== 1) throw new DataError(`${url} has version ${String(b.version)}; this app reads version 1`);
  for (const key of ARRAYS) {
    if (!Array.isArray(b[key])) throw new DataError(`${url} has no "${key}" list`);
  }
  if (!b.iurc || !Array.isArray(b.iurc.profiles) || !Array.isArray(b.iurc.links)) throw new DataError(`${url} has no IURC section`);
  const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isMap(b.names)) throw new DataError(`${url} has no "names" section`);
  for (const lang of NAME_LANGS) {
    const names: unknown = b.names[lang];
    if (!isMap(names)) throw new DataError(`${url} has no "names.${lang}" table`);
    for (const [id, name] of Object.entries(names)) {
      if (typeof name !== 'string' || name === '') throw new DataError(`${url}: names.${lang} gives ${id} no name`);
    }
  }
  const placeIds = new Set((b.places as Place[]).map((p) => p.id));
  for (const p of b.partnerships!) {
    for (const ref of [p.euUnit, p.cnUnit, p.cnProvince]) {
      if (ref !== null && !placeIds.has(ref)) throw new DataError(`${url}: partnership ${p.id} refers to unknown place ${ref}`);
    }
  }
  return b as Bundle;
}

export async function loadBundle(fetchFn: typeof fetch = fetch, base = './'): Promise<Bundle> {
  const url = `${base}data/bundle.json`;
  const json = await fetchJson(fetchFn, url, (m) => new DataError(m));
  return parseBundle(json, url);
}
