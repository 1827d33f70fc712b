/**
 * Builds the app once and serves dist/ on 127.0.0.1 for every end-to-end test file.
 * Fails early, with the reason, when no Chromium can be found.
 */
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  const root = path.resolve(import.meta.dirname, '../..');
  if (!process.env.ATLAS_SKIP_BUILD) {
    await build({ root, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts') });
  }
  const server = await serveStatic(path.join(root, 'dist'));
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return () => server.close();
}
