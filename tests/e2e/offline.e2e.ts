/**
 * The offline copy (issue 16): after one visit the atlas opens and works with no network, presenter
 * mode and exports included; a new deployment replaces the cached version cleanly, never running
 * one version's code on the other's data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { build, type Plugin } from 'vite';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { downloadBytes, openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { TEST_MODE } from '../../src/lib/testing/hooks.ts';

type AtlasWindow = Window & { atlasState: { bundle: { places: { id: string; name: string }[] } }; atlasBuild?: string };

const root = path.resolve(import.meta.dirname, '../..');
const arcCount = (page: Page) => page.locator('[data-testid="arc-overlay"] path[data-partnership-id]').count();

/** Resolves once a service worker is active for the page's scope (it need not control this page yet). */
/** The state of the worker `ready` gives: 'activating' for a moment after it resolves (it registers once the map is idle). */
const swReady = (page: Page) => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state ?? null));
const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

describe('offline after one visit, in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('the service worker lists every file of the build, each with its integrity', () => {
    const dir = inject('appDir');
    const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
    const entries = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)(?:,integrity:"(sha384-[^"]+)")?\}/g)].map((m) => ({ url: m[1], integrity: m[2] }));
    const built = (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => f.split(path.sep).join('/'))
      // The service worker and the Workbox runtime it imports are the browser's to keep, not the precache's.
      .filter((f) => f !== 'sw.js' && !/^workbox-[0-9a-f]+\.js$/.test(f));
    expect(new Set(entries.map((e) => e.url))).toEqual(new Set(built));
    expect(built).toEqual(expect.arrayContaining(['index.html', 'data/bundle.json', 'data/bundle.schema.json', 'geo/regions.json', 'geo/countries.json']));
    expect(built.some((f) => /^assets\/maplibre-gl-worker-.*\.mjs$/.test(f))).toBe(true);
    // Code and data are checked against their integrity when a new version installs (the manifest alone has none).
    const data = entries.filter((e) => e.url !== 'manifest.webmanifest');
    expect(data.every((e) => e.integrity)).toBe(true);
  });

  it('with the network gone, a reload draws the period, and panels, presenter and exports work', async () => {
    // An embed first: it registers nothing (it would precache the whole atlas behind one picture).
    const offlineFiles: string[] = [];
    atlas = await openAtlas(null, {
      setup: async (context) => context.on('request', (r) => {
        if (/\/(sw\.js|assets\/(register|workbox-window)[^/]*\.js)$/.test(r.url())) offlineFiles.push(new URL(r.url()).pathname);
      }),
    });
    const { page, context, baseUrl } = atlas;
    await page.goto(`${baseUrl}?embed&static&period=1982-1989`);
    await expect.poll(() => page.getByTestId('shown-count').textContent(), { timeout: 20_000 }).toBe('27');
    await page.waitForFunction(() => document.readyState === 'complete');
    const registrations = () => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
    // The decision is made before the page loads (src/main.ts): an embed never fetches the registration nor the worker.
    expect(offlineFiles).toEqual([]);
    expect(await registrations()).toBe(0);

    // The one visit.
    await page.goto(`${baseUrl}?period=1982-1989&lines=arcs`);
    await waitForMapIdle(page);
    // The atlas itself does, once loaded.
    await expect.poll(registrations, { timeout: 10_000 }).toBe(1);
    // (getRegistrations() counts it as soon as register() is called; the worker's script request may be reported after.)
    await expect.poll(() => offlineFiles.some((f) => f.endsWith('/sw.js')), { timeout: 10_000 }).toBe(true);
    // Installable: Chromium reads the manifest without an error and finds nothing that stops an install.
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(new URL(manifest.url).pathname).toBe('/manifest.webmanifest');
    expect(manifest.errors).toEqual([]);
    // The one visit: the service worker installs (precaching the whole version) and activates.
    await expect.poll(() => swReady(page), { timeout: 30_000 }).toBe('activated');
    const failed: string[] = [];
    const network: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('response', (r) => {
      if (!r.fromServiceWorker()) network.push(r.url());
    });

    await context.setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    expect(await controlled(page)).toBe(true);
    // (A test context is a private profile, which Chromium never installs from: that one reason is the context's, not the app's.)
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    // The period's arcs are drawn, and its table counts them.
    await expect.poll(() => arcCount(page), { timeout: 10_000 }).toBe(27);
    expect(await page.getByTestId('shown-count').textContent()).toBe('27');

    // A place: its panel opens (search, as a reader would).
    await page.getByRole('combobox', { name: 'Search places' }).fill('Bavaria');
    await page.locator('[role=listbox] [role=option]').first().click();
    await page.getByTestId('panel-place').getByRole('heading', { name: 'Bavaria' }).first().waitFor({ timeout: 10_000 });
    // The Overview, a chunk loaded only when its tab opens.
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect.poll(() => page.getByTestId('panel-overview').textContent(), { timeout: 10_000 }).toMatch(/\d/);

    // Exports: the view's CSV, and a PNG of the live map (the compositor is a chunk of its own).
    const save = async (testid: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      return downloadBytes(download);
    };
    const csv = (await save('export-csv')).toString('utf8');
    expect(csv.trim().split('\r\n').length).toBeGreaterThan(1);
    const png = await save('export-png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    // Download the data (a dialog loaded on demand): a table, and the bundle itself (a link to the cached file).
    await page.getByTestId('open-download').click();
    await page.getByTestId('download-dialog').waitFor({ timeout: 10_000 });
    expect((await save('download-partnerships.csv')).toString('utf8')).toContain('四川省');
    const bundle = JSON.parse((await save('download-bundle')).toString('utf8')) as { partnerships: unknown[] };
    expect(bundle.partnerships.length).toBeGreaterThan(100);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('download-dialog').count(), { timeout: 5000 }).toBe(0);

    // Presenter mode.
    await page.getByTestId('open-presenter').click();
    await expect.poll(() => page.getByTestId('presenter-position').textContent(), { timeout: 10_000 }).toBe('Step 1 of 7');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('presenter-position').textContent(), { timeout: 10_000 }).toBe('Step 2 of 7');
    await expect.poll(() => page.getByTestId('presenter-count').textContent(), { timeout: 10_000 }).toBe('27');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presenter').count(), { timeout: 10_000 }).toBe(0);

    // A presenter's own list (issue 18), offline too: read in its worker, matched with the cached gazetteer, kept over a reload.
    await page.getByTestId('open-own').click();
    await page.getByTestId('own-file').setInputFiles({ name: 'venue.csv', mimeType: 'text/csv', buffer: Buffer.from('eu_place,cn_place,year\nŁódzkie,Sichuan,2014\nGdańsk,Zigong,2019\n') });
    await expect.poll(() => page.getByTestId('own-bar-counts').textContent(), { timeout: 15_000 }).toBe('2 drawn, 0 waiting');
    await expect.poll(() => page.getByTestId('own-bar').textContent(), { timeout: 10_000 }).toContain('Kept in this browser only.');
    await page.reload();
    await expect.poll(() => page.getByTestId('own-bar-counts').textContent(), { timeout: 15_000 }).toBe('2 drawn, 0 waiting');
    await waitForMapIdle(page);

    // Everything came from the offline copy: nothing failed, nothing reached the network.
    expect(failed).toEqual([]);
    expect(network).toEqual([]);
    expect(atlas.errors).toEqual([]);
    expect(atlas.warnings).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});

/**
 * Two deployments on one origin: the test build as version 1 and, built here, a version 2 whose
 * code and data both carry a mark (the entry script sets window.atlasBuild; a place is renamed
 * in its bundle). The served folder is a symbolic link swapped from one to the other.
 */
describe('a new deployment replaces the cached version', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-offline-'));
  const current = path.join(work, 'current');
  const v2 = path.join(work, 'v2');
  /** A deployment caught half copied: version 2's files, but version 1's bundle still in place. */
  const torn = path.join(work, 'torn');
  let server: StaticServer | undefined;
  let atlas: AtlasPage | undefined;

  beforeAll(async () => {
    const publicV2 = path.join(work, 'public-v2');
    fs.cpSync(path.join(root, 'public'), publicV2, { recursive: true });
    const bundleFile = path.join(publicV2, 'data/bundle.json');
    const bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8'));
    bundle.places.find((p: { id: string }) => p.id === 'PL71').name = 'Łódzkie (v2)';
    fs.writeFileSync(bundleFile, JSON.stringify(bundle));
    const mark: Plugin = {
      name: 'mark-v2',
      renderChunk: (code, chunk) => (chunk.isEntry ? `${code}\nwindow.atlasBuild = 'v2';\n` : null),
    };
    await build({
      root,
      mode: TEST_MODE,
      logLevel: 'error',
      configFile: path.join(root, 'vite.config.ts'),
      publicDir: publicV2,
      plugins: [mark],
      build: { outDir: v2, emptyOutDir: true },
    });
    fs.cpSync(v2, torn, { recursive: true });
    fs.copyFileSync(path.join(inject('appDir'), 'data/bundle.json'), path.join(torn, 'data/bundle.json'));
    fs.symlinkSync(inject('appDir'), current);
    server = await serveStatic(current);
  }, 120_000);

  afterAll(async () => {
    await atlas?.close();
    await server?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  const swap = (to: string) => {
    fs.rmSync(current);
    fs.symlinkSync(to, current);
  };
  const heading = (page: Page, name: string) => page.getByTestId('panel-place').getByRole('heading', { name, exact: true });
  const entryScript = (page: Page) => page.evaluate(() => new URL((document.querySelector('script[type="module"]') as HTMLScriptElement).src).pathname);
  const placeName = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).atlasState.bundle.places.find((p) => p.id === 'PL71')?.name);
  const build_ = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).atlasBuild ?? 'v1');

  it('the old version runs whole until the reader reloads, then the new one runs whole', async () => {
    const v2Entry = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(fs.readFileSync(path.join(v2, 'index.html'), 'utf8'))![1];
    atlas = await openAtlas(null);
    const { page } = atlas;
    await page.goto(`${server!.url}?select=PL71`);
    await waitForMapIdle(page);
    await expect.poll(() => swReady(page), { timeout: 30_000 }).toBe('activated');
    expect(await build_(page)).toBe('v1');
    expect(await heading(page, 'Łódzkie').count()).toBeGreaterThan(0);

    // A deployment caught half copied: the new service worker finds a file that is not the one it lists
    // (integrity), fails to install, and version 1 stays whole; no notice.
    swap(torn);
    const outcome = await page.evaluate(async () => {
      const reg = (await navigator.serviceWorker.getRegistration())!;
      await reg.update();
      const w = reg.installing ?? reg.waiting;
      if (!w) return 'no new worker';
      if (w.state === 'installed') return 'installed';
      return new Promise<string>((resolve) => w.addEventListener('statechange', () => (w.state === 'redundant' || w.state === 'installed') && resolve(w.state)));
    });
    expect(outcome).toBe('redundant');
    expect(await page.getByTestId('update-notice').count()).toBe(0);
    expect(await build_(page)).toBe('v1');

    // Version 2 is deployed whole. The next visit is served by version 1's offline copy, code and data alike,
    // while version 2 installs beside it and waits; the page says a new version is ready.
    swap(v2);
    await page.reload();
    await waitForMapIdle(page);
    const notice = page.getByTestId('update-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('A new version of the atlas is ready.');
    // On screen, as a card (its stylesheet came with it), not a bare block under the page.
    const box = (await notice.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThan(0);
    expect(box.x + box.width).toBeLessThan(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: path.join(root, 'test-results/offline-update-notice.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await build_(page)).toBe('v1');
    expect(await placeName(page)).toBe('Łódzkie');
    expect(await heading(page, 'Łódzkie').count()).toBeGreaterThan(0);
    // What the waiting version holds is not what this page runs: the page's data is still version 1's.
    const served = await page.evaluate(() => fetch('./data/bundle.json').then((r) => r.json()).then((b) => b.places.find((p: { id: string }) => p.id === 'PL71').name));
    expect(served).toBe('Łódzkie');

    // Reload: version 2 takes over and the page comes back with version 2's code and data together.
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), notice.getByRole('button', { name: 'Reload' }).click()]);
    await waitForMapIdle(page);
    expect(await build_(page)).toBe('v2');
    expect(await entryScript(page)).toBe(`/${v2Entry}`);
    expect(await placeName(page)).toBe('Łódzkie (v2)');
    expect(await heading(page, 'Łódzkie (v2)').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('update-notice').count()).toBe(0);

    // And version 2 is what now opens offline.
    await atlas.context.setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    expect(await build_(page)).toBe('v2');
    expect(await placeName(page)).toBe('Łódzkie (v2)');
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
