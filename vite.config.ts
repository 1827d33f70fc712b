import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { WEB_MANIFEST } from './src/lib/offline/manifest.ts';

/**
 * Content-Security-Policy of the built app: everything from the page's own
 * origin, no eval, no inline script. Added at build time only, so the dev
 * server's hot reload keeps working.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // 'self' also admits the service worker (sw.js, same origin); blob: is MapLibre's worker.
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "child-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function csp(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * The app's own chunk (src/main.ts) and every chunk it imports statically, preloaded from the page: the page's
 * start (src/boot.ts) imports the app only after the reader's language is known (its messages first, for a
 * Chinese or Polish reader: lib/i18n), and these links fetch the app meanwhile, as the single entry's were.
 */
function preloadApp(): Plugin {
  return {
    name: 'atlas-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/main.ts'));
        if (!app) throw new Error('atlas-preload-app: no chunk for src/main.ts');
        const files: string[] = [];
        const visit = (file: string) => {
          if (files.includes(file)) return;
          files.push(file);
          const c = chunks.find((x) => x.fileName === file);
          for (const i of c?.imports ?? []) visit(i);
        };
        visit(app.fileName);
        const links = files.filter((f) => !html.includes(f)).map((f) => `    <link rel="modulepreload" crossorigin href="./${f}">`);
        return html.replace(/\n\s*<\/head>/, `\n${links.join('\n')}\n  </head>`);
      },
    },
  };
}

/**
 * Offline after one visit (README, "Offline"): a Workbox service worker generated at build time
 * precaches every file of the build — the app shell, all lazy chunks, MapLibre and its worker,
 * public/geo and public/data — each under its content revision, so one service worker is one
 * consistent version of code and data. No runtime caching: nothing is ever fetched and kept
 * outside that set. A new version waits (registerType 'prompt') until the reader reloads through
 * the notice (src/lib/offline/). The app registers it itself (src/main.ts), never in `vite` dev.
 */
function offline(): Plugin[] {
  let outDir = '';
  // Whether the app registers it (__ATLAS_OFFLINE__): in built apps, whatever their mode or NODE_ENV (the
  // e2e build runs under Vitest), never under the dev server.
  const flag: Plugin = {
    name: 'atlas-offline-flag',
    config: (_, { command }) => ({ define: { __ATLAS_OFFLINE__: JSON.stringify(command === 'build') } }),
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
  };
  // Each precached file carries its subresource integrity: a service worker installing while a deployment
  // is half copied (its sw.js new, a file still old) fails to install and the version before stays whole.
  const integrity = (url: string) => {
    const file = path.join(outDir, url);
    return fs.existsSync(file) ? `sha384-${createHash('sha384').update(fs.readFileSync(file)).digest('base64')}` : undefined;
  };
  return [flag, ...VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'generateSW',
    manifestFilename: 'manifest.webmanifest',
    // The icons are precached with everything else (globPatterns).
    includeManifestIcons: false,
    manifest: { ...WEB_MANIFEST, icons: [...WEB_MANIFEST.icons] },
    workbox: {
      mode: 'production',
      // Everything the build writes: the shell, every chunk (lazy ones too: presenter, exports,
      // dialogs, the no-WebGL map), MapLibre's worker (.mjs), geometry, the bundle and its schema, the gazetteer
      // and the template of a reader's own data (csv).
      globPatterns: ['**/*.{html,js,mjs,css,json,svg,png,csv}'],
      // MapLibre's chunk is about 1 MB raw; Workbox skips files over its 2 MiB default silently.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: false,
      skipWaiting: false,
      runtimeCaching: [],
      manifestTransforms: [
        (entries) => ({ manifest: entries.map((e) => ({ ...e, ...(integrity(e.url) ? { integrity: integrity(e.url) } : {}) })), warnings: [] }),
      ],
    },
  })];
}

export default defineConfig({
  base: './',
  plugins: [svelte(), csp(), preloadApp(), ...offline()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: (id) => (/src[\\/]lib[\\/](i18n[\\/]generated[\\/]m|words)[\\/]/.test(id) ? false : undefined),
      },
      output: {
        // MapLibre in its own chunk, so the app's own JS can be measured apart.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // One module graph per worker instead of one per file (import and transform were most of the time).
          // Safe here: pure modules; fake timers are restored in afterEach; no unit test uses vi.mock or
          // stubs a global (capture.test.ts passes its stand-in for png.ts as an argument). Checked with
          // --sequence.shuffle.
          isolate: false,
          include: ['scripts/**/*.test.ts', 'src/lib/**/*.test.ts', 'tests/*.test.ts'],
          // Component tests are named after their component (PlacePanel.test.ts) and run in jsdom.
          exclude: ['src/lib/**/[A-Z]*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          // One jsdom per worker instead of one per file (setting it up was most of this project's time).
          // Safe here: testing-library unmounts after each test, stubs and spies are restored in afterEach,
          // and the one vi.mock (App.test.ts) replaces modules no other component test imports.
          isolate: false,
          include: ['src/lib/**/[A-Z]*.test.ts', 'src/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Files share the browsers global setup launches, each test in a context of its own; two at a time,
          // after the unit and component tests (a group of its own: vitest wants one per worker count).
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A poll waits on a page under load (two files at once on 2 CPUs): 10 s, not vitest's 1 s, unless it says
          // otherwise (a 1 s default failed a clean-clone CI run on a presenter dock that came in time).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
