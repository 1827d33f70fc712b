import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * Content-Security-Policy of the built app: everything from the page's own
 * origin, no eval, no inline script. Added at build time only, so the dev
 * server's hot reload keeps working.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
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

export default defineConfig({
  base: './',
  plugins: [svelte(), csp()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
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
        },
      },
    ],
  },
});
