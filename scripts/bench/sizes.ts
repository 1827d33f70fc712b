/**
 * Byte figures of a build: gzip (level 9, as the data and geometry budget tests
 * measure) of every file the page loads, grouped the way the benchmark reports
 * them. Which JS loads with the page and which only on demand comes from Vite's
 * manifest (.vite/manifest.json): the entry and its static imports load at once,
 * dynamic imports later.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { minifySync } from 'vite';
import type { ModuleSize } from './build.ts';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface ByteFigures {
  /** The app's own JS that loads with the page (MapLibre apart). */
  appInitialJs: FileSize[];
  /** The app's JS loaded on demand (dynamic imports). */
  appLazyJs: FileSize[];
  maplibreJs: FileSize[];
  /** MapLibre's worker, and how this build ships it. */
  maplibreWorker: FileSize[];
  workerShipping: string;
  css: FileSize[];
  geo: FileSize[];
  bundle: FileSize[];
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

export const gzipSize = (buf: Buffer | string) => zlib.gzipSync(buf, { level: 9 }).length;

function sizeOf(dir: string, file: string): FileSize {
  const buf = fs.readFileSync(path.join(dir, file));
  return { file, bytes: buf.length, gzip: gzipSize(buf) };
}

export const total = (xs: readonly FileSize[], key: 'bytes' | 'gzip' = 'gzip') => xs.reduce((n, f) => n + f[key], 0);

/** The chunks loaded with the page: each entry and, transitively, its static imports. */
export function initialFiles(manifest: Record<string, ManifestChunk>): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    const c = manifest[key];
    if (!c || seen.has(c.file)) return;
    seen.add(c.file);
    for (const css of c.css ?? []) seen.add(css);
    for (const i of c.imports ?? []) visit(i);
  };
  for (const [key, c] of Object.entries(manifest)) if (c.isEntry) visit(key);
  // The app itself: the page's start (src/boot.ts) always imports it, once the reader's language is known.
  visit('src/main.ts');
  return seen;
}

const isMaplibreChunk = (file: string) => /(^|\/)maplibre-[^/]*\.js$/.test(file);
const isWorker = (file: string) => /worker[^/]*\.m?js$/.test(file);

export function byteFigures(outDir: string): ByteFigures {
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const initial = initialFiles(manifest);
  const assets = fs
    .readdirSync(path.join(outDir, 'assets'))
    .map((f) => `assets/${f}`)
    .sort();
  const js = assets.filter((f) => /\.m?js$/.test(f));
  const worker = js.filter(isWorker).map((f) => sizeOf(outDir, f));
  const maplibre = js.filter((f) => isMaplibreChunk(f) && !isWorker(f)).map((f) => sizeOf(outDir, f));
  const app = js.filter((f) => !isMaplibreChunk(f) && !isWorker(f));
  const inlined = maplibre.some((f) => /new Blob\(\[/.test(fs.readFileSync(path.join(outDir, f.file), 'utf8')));
  const json = (sub: string) =>
    fs.existsSync(path.join(outDir, sub))
      ? fs
          .readdirSync(path.join(outDir, sub))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => sizeOf(outDir, `${sub}/${f}`))
      : [];
  return {
    appInitialJs: app.filter((f) => initial.has(f)).map((f) => sizeOf(outDir, f)),
    appLazyJs: app.filter((f) => !initial.has(f)).map((f) => sizeOf(outDir, f)),
    maplibreJs: maplibre,
    maplibreWorker: worker,
    workerShipping: worker.length
      ? `a separate file (${worker.map((w) => w.file).join(', ')}), fetched when the first map starts its workers (setWorkerUrl in src/lib/map/maplibre.ts)`
      : inlined
        ? 'inlined in the MapLibre chunk (a Blob URL at run time)'
        : 'not found in this build',
    css: assets.filter((f) => f.endsWith('.css')).map((f) => sizeOf(outDir, f)),
    geo: json('geo'),
    // Only what the app fetches (the schema is for people and tools).
    bundle: json('data').filter((f) => f.file === 'data/bundle.json'),
  };
}

export interface ModuleWeight {
  /** A package (node_modules) or a source file of the app. */
  module: string;
  chunk: string;
  renderedBytes: number;
  /**
   * Its share of its chunk's gzip size: each module minified and gzipped on its own,
   * scaled so that a chunk's modules add up to the chunk. An estimate, for ranking.
   */
  approxGzip: number;
}

/** Module weights per chunk, packages grouped, heaviest first; the MapLibre chunk left out. */
export function moduleWeights(modules: readonly ModuleSize[], outDir: string, root: string): ModuleWeight[] {
  const name = (id: string) => {
    const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
    const nm = clean.lastIndexOf('node_modules/');
    if (nm >= 0) {
      const rest = clean.slice(nm + 'node_modules/'.length).split('/');
      return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    }
    return clean.startsWith(root) ? path.relative(root, clean) : clean;
  };
  const alone = (m: ModuleSize) => {
    if (!m.code) return 0;
    try {
      return gzipSize(minifySync(m.module.replace(/\?.*$/, '').replace(/\.\w+$/, '') + '.js', m.code, { compress: false, mangle: true }).code);
    } catch {
      return gzipSize(m.code);
    }
  };
  const grouped = new Map<string, { module: string; chunk: string; renderedBytes: number; alone: number }>();
  for (const m of modules) {
    if (isMaplibreChunk(m.chunk)) continue;
    const key = `${m.chunk}|${name(m.module)}`;
    const g = grouped.get(key) ?? { module: name(m.module), chunk: m.chunk, renderedBytes: 0, alone: 0 };
    g.renderedBytes += m.renderedBytes;
    g.alone += alone(m);
    grouped.set(key, g);
  }
  const perChunk = new Map<string, number>();
  for (const g of grouped.values()) perChunk.set(g.chunk, (perChunk.get(g.chunk) ?? 0) + g.alone);
  const gz = new Map<string, number>();
  for (const chunk of perChunk.keys()) {
    const file = path.join(outDir, chunk);
    if (fs.existsSync(file)) gz.set(chunk, gzipSize(fs.readFileSync(file)));
  }
  return [...grouped.values()]
    .map(({ alone, ...g }) => ({ ...g, approxGzip: Math.round(((gz.get(g.chunk) ?? 0) * alone) / (perChunk.get(g.chunk) || 1)) }))
    .sort((a, b) => b.approxGzip - a.approxGzip);
}
