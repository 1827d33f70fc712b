import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { byteFigures, initialFiles, moduleWeights, total } from './sizes.ts';

const MANIFEST = {
  'index.html': { file: 'assets/index-a.js', isEntry: true, imports: ['_maplibre-b.js', '_shared-c.js'], dynamicImports: ['src/main.ts'], css: ['assets/index-a.css'] },
  // The app, which the page's start always imports (src/boot.ts): initial, though a dynamic import.
  'src/main.ts': { file: 'assets/main-f.js', isDynamicEntry: true, imports: ['_shared-c.js', '_words-g.js'], dynamicImports: ['src/Panel.svelte'] },
  '_words-g.js': { file: 'assets/words-g.js' },
  '_maplibre-b.js': { file: 'assets/maplibre-b.js', css: ['assets/maplibre-b.css'], assets: ['assets/maplibre-gl-worker-d.mjs'] },
  '_shared-c.js': { file: 'assets/shared-c.js' },
  'src/Panel.svelte': { file: 'assets/Panel-e.js', imports: ['index.html', '_shared-c.js'] },
};

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function fakeBuild(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-sizes-'));
  const files: Record<string, string> = {
    '.vite/manifest.json': JSON.stringify(MANIFEST),
    'assets/index-a.js': 'console.log("app");'.repeat(50),
    'assets/index-a.css': 'a{color:red}',
    'assets/maplibre-b.js': 'maplibre'.repeat(100),
    'assets/maplibre-b.css': '.maplibregl-map{}',
    'assets/maplibre-gl-worker-d.mjs': 'worker',
    'assets/shared-c.js': 'shared',
    'assets/Panel-e.js': 'panel',
    'assets/main-f.js': 'main',
    'assets/words-g.js': 'words',
    'geo/regions.json': '{}',
    'geo/countries.json': '{}',
    'data/bundle.json': '{"version":1}',
    'data/bundle.schema.json': '{}',
  };
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

describe('byte figures of a build', () => {
  it('follows static imports from the entry and the app (src/main.ts), not other dynamic ones', () => {
    expect([...initialFiles(MANIFEST)].sort()).toEqual(['assets/index-a.css', 'assets/index-a.js', 'assets/main-f.js', 'assets/maplibre-b.css', 'assets/maplibre-b.js', 'assets/shared-c.js', 'assets/words-g.js']);
  });

  it('separates initial and lazy app JS, MapLibre, its worker, CSS, geometry and the bundle', () => {
    const b = byteFigures(fakeBuild());
    expect(b.appInitialJs.map((f) => f.file)).toEqual(['assets/index-a.js', 'assets/main-f.js', 'assets/shared-c.js', 'assets/words-g.js']);
    expect(b.appLazyJs.map((f) => f.file)).toEqual(['assets/Panel-e.js']);
    expect(b.maplibreJs.map((f) => f.file)).toEqual(['assets/maplibre-b.js']);
    expect(b.maplibreWorker.map((f) => f.file)).toEqual(['assets/maplibre-gl-worker-d.mjs']);
    expect(b.workerShipping).toMatch(/separate file/);
    expect(b.css).toHaveLength(2);
    expect(b.geo.map((f) => f.file)).toEqual(['geo/countries.json', 'geo/regions.json']);
    expect(b.bundle.map((f) => f.file)).toEqual(['data/bundle.json']);
    // gzip of a repeated string is far smaller than the string.
    expect(b.appInitialJs[0].gzip).toBeLessThan(b.appInitialJs[0].bytes);
    expect(total(b.geo, 'bytes')).toBe(4);
  });

  it('weighs modules by package or source file, as a share of their chunk', () => {
    const out = fakeBuild();
    const w = moduleWeights(
      [
        { chunk: 'assets/index-a.js', module: '/r/node_modules/svelte/src/a.js', renderedBytes: 300, code: 'function first(a, b) { return a + b; }\n'.repeat(20) },
        { chunk: 'assets/index-a.js', module: '/r/node_modules/svelte/src/b.js', renderedBytes: 300, code: 'const second = [1, 2, 3].map((x) => x * 2);\n' },
        { chunk: 'assets/index-a.js', module: '/r/src/App.svelte', renderedBytes: 400, code: 'export const app = "small";' },
        { chunk: 'assets/maplibre-b.js', module: '/r/node_modules/maplibre-gl/dist/x.js', renderedBytes: 9000, code: 'x' },
      ],
      out,
      '/r',
    );
    expect(w.map((m) => m.module)).toEqual(['svelte', 'src/App.svelte']);
    expect(w[0].approxGzip).toBeGreaterThan(w[1].approxGzip);
    expect(w[0].renderedBytes).toBe(600);
    expect(Math.abs(w[0].approxGzip + w[1].approxGzip - byteFigures(out).appInitialJs[0].gzip)).toBeLessThanOrEqual(1);
  });
});
