/**
 * One headless Chromium page per test, with what every end-to-end test checks:
 * console errors, page errors, and any request leaving 127.0.0.1.
 */
import fs from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, freshProfileDir } from '../../scripts/lib/chromium.ts';

export interface AtlasPage {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Every URL the page asked for that is not on 127.0.0.1 (nor data:/blob:). */
  foreignRequests: string[];
  close: () => Promise<void>;
}

export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export async function openAtlas(
  query = '',
  {
    webgl = true,
    viewport = { width: 1280, height: 800 },
    reducedMotion = 'no-preference',
    setup,
  }: {
    webgl?: boolean;
    viewport?: { width: number; height: number };
    reducedMotion?: 'reduce' | 'no-preference';
    /** Runs before the first navigation (e.g. to route requests). */
    setup?: (context: BrowserContext) => Promise<unknown>;
  } = {},
): Promise<AtlasPage> {
  const baseUrl = inject('baseUrl');
  const profile = freshProfileDir();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: chromiumArgs({ webgl }),
    viewport,
    reducedMotion,
  });
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  context.on('request', (r) => {
    if (!isLocal(r.url())) foreignRequests.push(r.url());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await setup?.(context);
  await page.goto(baseUrl + query);
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { page, context, baseUrl, errors, foreignRequests, close };
}

/** Resolves when the map has loaded and reached `idle`; returns ms since navigation start. */
export async function waitForMapIdle(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { atlasMap?: unknown }).atlasMap !== undefined);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = (window as unknown as { atlasMap: import('maplibre-gl').Map }).atlasMap;
        const done = () => resolve(performance.now());
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
          map.once('idle', done);
          map.triggerRepaint();
        } else map.once('idle', done);
      }),
  );
}
