/**
 * `npm run data`: validates seeds/ and writes public/data/bundle.json and
 * public/data/bundle.schema.json. A bad seed row stops it with file, line and reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { feature } from 'topojson-client';
import type { FeatureCollection, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { SeedError } from '../lib/csv.ts';
import { runIfMain } from '../lib/cli.ts';
import { assembleBundle, SEED_FILES, type GeoAnchors, type SeedTexts } from './assemble.ts';
import { bundleSchema } from './schema.ts';
import { parseCitation } from '../lib/citation.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Anchor points of the units that have a polygon, from the committed geometry. */
export function readAnchors(): GeoAnchors {
  const topo = JSON.parse(fs.readFileSync(path.join(root, 'public/geo/regions.json'), 'utf8')) as Topology;
  const labels = feature(topo, topo.objects.labels) as unknown as FeatureCollection<Point, { id: string }>;
  return new Map(labels.features.map((f) => [f.properties.id, f.geometry.coordinates as [number, number]]));
}

export function readSeedTexts(): SeedTexts {
  const out = {} as SeedTexts;
  for (const [key, rel] of Object.entries(SEED_FILES)) {
    const file = path.join(root, rel);
    if (!fs.existsSync(file)) throw new SeedError(rel, 0, 'file is missing');
    out[key as keyof SeedTexts] = fs.readFileSync(file, 'utf8');
  }
  return out;
}

/** The files `npm run data` writes: name → JSON text. */
export function serializeData(): Record<string, string> {
  const atlas = parseCitation(fs.readFileSync(path.join(root, 'CITATION.cff'), 'utf8'));
  // The atlas's citation right after the format version, before the records.
  const { version, ...records } = assembleBundle(readSeedTexts(), readAnchors());
  const bundle = { version, atlas, ...records };
  return {
    'bundle.json': JSON.stringify(bundle),
    'bundle.schema.json': JSON.stringify(bundleSchema, null, 2) + '\n',
  };
}

function main() {
  const out = path.join(root, 'public/data');
  fs.mkdirSync(out, { recursive: true });
  for (const [name, json] of Object.entries(serializeData())) {
    fs.writeFileSync(path.join(out, name), json);
    const gz = zlib.gzipSync(json, { level: 9 }).length;
    console.log(`public/data/${name}: ${(json.length / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzip`);
  }
}

runIfMain(import.meta.url, 'npm run data', main);
