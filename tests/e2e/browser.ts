/**
 * One headless Chromium context per test, with what every end-to-end test checks:
 * console errors, page errors, and any request leaving 127.0.0.1. The browsers
 * are launched once by global-setup.ts and shared by the files of a worker; each test gets
 * a fresh context of its own (own cookies, storage and cache, as a new profile).
 */
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';

export interface AtlasPage {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Console warnings, in order (a plain load must give none: issue 14). */
  warnings: string[];
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

const connections = new Map<boolean, Promise<Browser>>();

/** The browser with WebGL of this worker (VITEST_POOL_ID counts workers from 1). */
function webglEndpoint(): string {
  const endpoints = inject('browserEndpoints');
  return endpoints[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % endpoints.length];
}

/** This file's connection to the shared browser (with or without WebGL), made on first use. */
function shared(webgl: boolean): Promise<Browser> {
  let b = connections.get(webgl);
  if (!b) {
    b = chromium.connect(webgl ? webglEndpoint() : inject('noWebglEndpoint'));
    connections.set(webgl, b);
  }
  return b;
}

// Disconnects (the browsers themselves close after the last file, in global-setup.ts).
afterAll(async () => {
  for (const b of connections.values()) await (await b).close();
  connections.clear();
});

/** A download's bytes (the browser is remote to the test: `download.path()` is not available). */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A fresh context and page on the atlas at `query` (null: the page stays blank, for tests that navigate themselves). */
export async function openAtlas(
  query: string | null = '',
  {
    webgl = true,
    viewport = { width: 1280, height: 800 },
    reducedMotion = 'no-preference',
    touch = false,
    locale,
    setup,
  }: {
    webgl?: boolean;
    viewport?: { width: number; height: number };
    reducedMotion?: 'reduce' | 'no-preference';
    /** A phone or tablet: touch events (`page.touchscreen.tap`) and a mobile viewport (hasTouch, isMobile). */
    touch?: boolean;
    /** The browser's language (navigator.languages), e.g. 'pl-PL'; Chromium's own otherwise. */
    locale?: string;
    /** Runs before the first navigation (e.g. to route requests). */
    setup?: (context: BrowserContext) => Promise<unknown>;
  } = {},
): Promise<AtlasPage> {
  const baseUrl = inject('baseUrl');
  const browser = await shared(webgl);
  const context = await browser.newContext({ viewport, reducedMotion, ...(touch ? { hasTouch: true, isMobile: true } : {}), ...(locale ? { locale } : {}) });
  const errors: string[] = [];
  const warnings: string[] = [];
  const foreignRequests: string[] = [];
  context.on('request', (r) => {
    if (!isLocal(r.url())) foreignRequests.push(r.url());
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await setup?.(context);
  if (query !== null) await page.goto(baseUrl + query);
  const close = () => context.close();
  return { page, context, baseUrl, errors, warnings, foreignRequests, close };
}

/** Resolves when the map has loaded and reached `idle`; returns ms since navigation start. */
export async function waitForMapIdle(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { atlasMap?: unknown }).atlasMap !== undefined, undefined, { polling: 100 });
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
