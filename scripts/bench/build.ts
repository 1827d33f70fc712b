/**
 * The two builds the benchmark compares: the app, as `vite build` makes it
 * (vite.config.ts) but in the test mode (`--mode e2e`, which exposes
 * window.atlasMap and window.atlasState; src/lib/testing/hooks.ts) and written
 * to bench-results/app, so a benchmark never overwrites dist/ under a running
 * test; and the floor page (bench/floor.html),
 * built on its own into bench-results/floor, so it never ships with the app.
 */
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { TEST_MODE } from '../../src/lib/testing/hooks.ts';

/** Rendered (tree-shaken, not yet minified) size of one module in one output chunk, and its code. */
export interface ModuleSize {
  chunk: string;
  module: string;
  renderedBytes: number;
  code: string;
}

/** Collects each chunk's modules and their rendered sizes, without touching the output. */
function moduleSizes(out: ModuleSize[]): Plugin {
  return {
    name: 'atlas-bench-module-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        for (const [id, m] of Object.entries(item.modules)) out.push({ chunk: item.fileName, module: id, renderedBytes: m.renderedLength, code: m.code ?? '' });
      }
    },
  };
}

export async function buildApp(root: string, outDir: string): Promise<ModuleSize[]> {
  const modules: ModuleSize[] = [];
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    mode: TEST_MODE,
    logLevel: 'warn',
    // The manifest (in .vite/) tells initial from lazily loaded chunks; it changes no shipped file.
    build: { outDir, emptyOutDir: true, manifest: true },
    plugins: [moduleSizes(modules)],
  });
  return modules;
}

export async function buildFloor(root: string, outDir: string): Promise<void> {
  await build({
    root: path.join(root, 'bench'),
    configFile: false,
    base: './',
    publicDir: path.join(root, 'public'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        input: path.join(root, 'bench/floor.html'),
        output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } },
      },
    },
  });
}
