/**
 * Once for every end-to-end test file: builds the app for tests (`--mode e2e`,
 * which exposes window.atlasMap and window.atlasState; see
 * src/lib/testing/hooks.ts) into test-results/e2e-app, leaving dist/ to the real
 * build; serves it on 127.0.0.1; and launches the headless Chromium the files
 * share: one with WebGL per worker (so that two files never queue on one GPU
 * process) and one without, each test in a context of its own.
 * Fails early, with the reason, when no Chromium can be found.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, findChromium } from '../../scripts/lib/chromium.ts';
import { TEST_MODE } from '../../src/lib/testing/hooks.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the test build is (served at baseUrl). */
    appDir: string;
    /** Playwright endpoints of the shared browsers: WebGL2 through SwiftShader (one per worker), and WebGL switched off. */
    browserEndpoints: string[];
    noWebglEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  const root = path.resolve(import.meta.dirname, '../..');
  const appDir = path.join(root, 'test-results/e2e-app');
  const launch = (webgl: boolean) => chromium.launchServer({ executablePath: chromiumPath, headless: true, args: chromiumArgs({ webgl }) });
  const workers = Math.max(1, project.config.maxWorkers);
  const [webgl, noWebgl] = await Promise.all([
    Promise.all(Array.from({ length: workers }, () => launch(true))),
    launch(false),
    process.env.ATLAS_SKIP_BUILD
      ? null
      : build({ root, mode: TEST_MODE, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts'), build: { outDir: appDir, emptyOutDir: true } }),
  ]);
  const server = await serveStatic(appDir);
  project.provide('baseUrl', server.url);
  project.provide('appDir', appDir);
  project.provide('browserEndpoints', webgl.map((b) => b.wsEndpoint()));
  project.provide('noWebglEndpoint', noWebgl.wsEndpoint());
  return async () => {
    await Promise.all([...webgl.map((b) => b.close()), noWebgl.close(), server.close()]);
  };
}
