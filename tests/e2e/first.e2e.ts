/**
 * Arcs first (issue 16): the opening view is drawn before MapLibre arrives, and MapLibre takes it over
 * without moving an arc; a static embed's map is that first drawing, and it never loads MapLibre.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { downloadBytes, openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { lineEnds, waitForFirstDrawing } from './first-drawing.ts';

type StateWindow = Window & {
  atlasMap: import('maplibre-gl').Map;
  atlasState: { arcs: { id: string; from: [number, number]; to: [number, number] }[] };
};

/** MapLibre's files: its code, its worker, and the map's component that imports them. */
const MAPLIBRE = /\/assets\/(maplibre|MapView)[^/]*\.(m?js|css)$/;

/** What a static host sends for the files the page asked for: each gzipped (level 9, as a host's best), in bytes. */
function gzipTotal(appDir: string, urls: string[], baseUrl: string): number {
  return urls.reduce((sum, url) => {
    let rel = new URL(url).pathname.replace(new URL(baseUrl).pathname, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    return sum + zlib.gzipSync(fs.readFileSync(path.join(appDir, rel)), { level: 9 }).length;
  }, 0);
}

/** Notes the page's own requests into `into` (not the offline copy's precaching, which fetches every file once the map is idle). */
const pageRequests = (into: string[]) => async (context: BrowserContext) =>
  void context.on('request', (r) => (r.serviceWorker() ? undefined : into.push(r.url())));

/** Each line's drawn ends, keyed by its id, in the map's CSS pixels. */
const endsById = async (page: Page) => new Map((await lineEnds(page)).map((l) => [l.id, l]));

/** The requests for the map's fine geometry (regions.json, countries.json) among those a page made. */
const fineRequests = (requests: readonly string[]) => requests.filter((u) => /geo\/(regions|countries)\.json$/.test(u));

/**
 * Runs in the page: whether the overlay's canvas is shown and its SVG lines seen, and how many of the lines are
 * inked on the canvas, sampled at five points along each path (a dashed line may have a gap at one).
 */
function inkAlongPaths() {
  const canvas = document.querySelector('canvas.arc-canvas') as HTMLCanvasElement;
  const svg = document.querySelector('[data-testid="arc-overlay"]') as SVGSVGElement;
  const paths = [...svg.querySelectorAll('path[data-partnership-id], path[data-flow]')] as SVGPathElement[];
  const seen = (el: Element) => el.checkVisibility({ visibilityProperty: true });
  const ctx = canvas.hidden ? null : canvas.getContext('2d', { willReadFrequently: true });
  const cr = canvas.getBoundingClientRect();
  const ratio = cr.width ? canvas.width / cr.width : 1;
  let inked = 0;
  for (const p of paths) {
    if (!ctx) break;
    const len = p.getTotalLength();
    const hit = [0.3, 0.4, 0.5, 0.6, 0.7].some((f) => {
      // The path's point on screen (the SVG's own offset and the layer's transform included), then on the canvas.
      const pt = p.getPointAtLength(len * f).matrixTransform(p.getScreenCTM()!);
      const x = Math.round((pt.x - cr.left) * ratio);
      const y = Math.round((pt.y - cr.top) * ratio);
      const px = ctx.getImageData(x - 1, y - 1, 3, 3).data;
      for (let i = 3; i < px.length; i += 4) if (px[i] > 0) return true;
      return false;
    });
    if (hit) inked++;
  }
  return { canvasShown: seen(canvas), svgSeen: paths.length > 0 && seen(paths[0]), paths: paths.length, inked };
}

describe('arcs first', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('a static embed draws its arcs on screen, as many partnerships as it counts, and never asks for MapLibre', async () => {
    const requests: string[] = [];
    atlas = await openAtlas(null);
    const { page, baseUrl } = atlas;
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${baseUrl}?embed&static&period=2014-2017&country=IT`);
    await waitForFirstDrawing(page);
    await page.waitForLoadState('networkidle');
    // What the reader sees: lines inside the map, holding the partnerships the counter gives.
    const map = (await page.getByRole('region', { name: 'Map', exact: true }).boundingBox())!;
    const lines = await lineEnds(page);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.reduce((n, l) => n + l.count, 0)).toBe(Number(await page.getByTestId('shown-count').textContent()));
    const onScreen = await page.$$eval('[data-testid="arc-overlay"] path[data-flow], [data-testid="arc-overlay"] path[data-partnership-id]', (paths) =>
      paths.map((p) => {
        const r = p.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width };
      }),
    );
    for (const p of onScreen) {
      expect(p.w).toBeGreaterThan(0);
      expect(p.x).toBeGreaterThanOrEqual(map.x);
      expect(p.x).toBeLessThanOrEqual(map.x + map.width);
    }
    // The land and the shading under them, as the reader sees them: the picture holds the land's colour and
    // the strongest class of the legend's shading key (laid over the land at the map's 0.85), region by region.
    const key = await page.getByTestId('shading-swatch').evaluateAll((els) => els.map((e) => e.getAttribute('data-colour')!));
    expect(key.length).toBeGreaterThan(2);
    const seen = await page.getByTestId('first-map').evaluate((c: HTMLCanvasElement, [land, top]) => {
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const over = rgb(top).map((v, i) => Math.round(0.85 * v + 0.15 * rgb(land)[i]));
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const near = (want: number[], i: number) => want.every((v, k) => Math.abs(px[i + k] - v) <= 3);
      let landPx = 0;
      let topPx = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (near(rgb(land), i)) landPx++;
        if (near(over, i)) topPx++;
      }
      return { landPx, topPx, size: c.width * c.height };
    }, [key[0], key.at(-1)!] as const);
    expect(seen.landPx).toBeGreaterThan(seen.size / 10);
    expect(seen.topPx).toBeGreaterThan(20);
    // No map canvas at all.
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(0);
    // Not one of MapLibre's files, nor the map's fine geometry.
    expect(requests.filter((u) => MAPLIBRE.test(u))).toEqual([]);
    expect(fineRequests(requests)).toEqual([]);
    // At most 300 kB in all, gzipped as a static host sends it.
    const total = gzipTotal(inject('appDir'), requests, baseUrl);
    expect(total).toBeLessThanOrEqual(300 * 1024);
    // A picture: a drag over it moves nothing.
    const before = await lineEnds(page);
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.down();
    await page.mouse.move(map.x + map.width / 2 + 120, map.y + map.height / 2 + 60, { steps: 4 });
    await page.mouse.up();
    expect(await lineEnds(page)).toEqual(before);
    expect(atlas.errors).toEqual([]);
  });

  for (const [name, viewport, touch] of [
    ['a desk', { width: 1280, height: 800 }, false],
    ['a phone', { width: 390, height: 844 }, true],
  ] as const) {
    it(`on ${name}, MapLibre takes the first drawing over with every arc end within 1 px of its place`, async () => {
      // MapLibre's code is held back until the first drawing has been read.
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      atlas = await openAtlas('?lines=arcs', {
        viewport,
        touch,
        setup: (context) =>
          context.route(/\/assets\/maplibre-[^/]*\.js$/, async (route) => {
            await held;
            await route.continue();
          }),
      });
      const { page } = atlas;
      await waitForFirstDrawing(page);
      expect(await page.evaluate(() => 'atlasMap' in window)).toBe(false);
      const first = await endsById(page);
      expect(first.size).toBeGreaterThan(100);
      // While MapLibre loads, the reader sees the lines on the overlay's canvas: every line is inked there along
      // its path; the SVG paths, made and written, are not seen (cheaper for a software GPU to composite).
      const painted = await page.evaluate(inkAlongPaths);
      expect(painted).toMatchObject({ canvasShown: true, svgSeen: false });
      expect(painted.inked).toBe(painted.paths);
      release();
      await waitForMapIdle(page);
      // Once the map is idle: the SVG paths are seen, the canvas put away.
      await expect.poll(() => page.evaluate(inkAlongPaths).then(({ canvasShown, svgSeen }) => ({ canvasShown, svgSeen }))).toEqual({ canvasShown: false, svgSeen: true });
      await expect.poll(() => page.getByTestId('first-map').count(), { timeout: 30_000 }).toBe(0);
      // Where MapLibre puts each arc's two places, and where the overlay now draws them: where they were.
      const projected = await page.evaluate((ids) => {
        const w = window as unknown as StateWindow;
        const px = (ll: [number, number]) => {
          const p = w.atlasMap.project(ll);
          return [p.x, p.y];
        };
        return w.atlasState.arcs.filter((a) => ids.includes(a.id)).map((a) => ({ id: a.id, from: px(a.from), to: px(a.to) }));
      }, [...first.keys()]);
      expect(projected.length).toBe(first.size);
      const after = await endsById(page);
      let worst = 0;
      for (const p of projected) {
        const was = first.get(p.id)!;
        const now = after.get(p.id)!;
        // The path runs from one place to the other, either way round.
        const d = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1]);
        const gap = Math.min(Math.max(d(was.start, p.from), d(was.end, p.to)), Math.max(d(was.start, p.to), d(was.end, p.from)));
        worst = Math.max(worst, gap, d(was.start, now.start), d(was.end, now.end));
      }
      expect(worst).toBeLessThanOrEqual(1);
      expect(atlas.errors).toEqual([]);
    });
  }
  it('the map opens on the coarse geometry and asks for the fine one only once the reader zooms in, keeping the shading', async () => {
    const requests: string[] = [];
    atlas = await openAtlas('?period=2014-2017&lines=arcs', { setup: pageRequests(requests) });
    const { page } = atlas;
    await waitForMapIdle(page);
    const fine = () => fineRequests(requests).length;
    expect(fine()).toBe(0);
    const states = () =>
      page.evaluate(() => {
        const m = (window as unknown as StateWindow).atlasMap;
        return ['CN-SD', 'CN-GD', 'ES11', 'ITI2', 'DE3'].map((id) => m.getFeatureState({ source: 'regions', id }));
      });
    const before = await states();
    expect(before.some((s) => typeof s.step === 'number' && s.step >= 0)).toBe(true);
    // The reader zooms in on Germany: the fine geometry comes, and the map takes it.
    await page.evaluate(() => (window as unknown as StateWindow).atlasMap.jumpTo({ center: [10, 50], zoom: 5 }));
    await expect.poll(fine, { timeout: 15_000 }).toBe(2);
    await waitForMapIdle(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as StateWindow).atlasMap.querySourceFeatures('regions').length), { timeout: 15_000 }).toBeGreaterThan(0);
    // Each unit keeps its place on the shading, and its outline on hover is still there to find.
    expect(await states()).toEqual(before);
    // Asked for once: zooming again asks for nothing more.
    await page.evaluate(() => (window as unknown as StateWindow).atlasMap.jumpTo({ center: [116, 35], zoom: 5.5 }));
    await waitForMapIdle(page);
    expect(fine()).toBe(2);
    expect(atlas.errors).toEqual([]);
  });
  it('an SVG export made at the opening view waits for the fine outlines', async () => {
    const requests: string[] = [];
    atlas = await openAtlas('?period=2014-2017&lines=arcs', { setup: pageRequests(requests) });
    const { page } = atlas;
    await waitForMapIdle(page);
    expect(fineRequests(requests)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const svg = (await downloadBytes(download)).toString('utf8');
    expect(fineRequests(requests)).toHaveLength(2);
    // The fine outlines: Shandong's path holds more points than the coarse geometry gives it.
    const coarsePoints = await page.evaluate(async () => {
      const t = await (await fetch('./geo/first.json')).json();
      const i = t.objects.regions.geometries.findIndex((g: { properties?: { id?: string } }) => g.properties?.id === 'CN-SD');
      const arcs = t.objects.regions.geometries[i].arcs.flat(3) as number[];
      return arcs.reduce((n, a) => n + t.arcs[a < 0 ? ~a : a].length, 0);
    });
    const sd = /<path data-unit="CN-SD"[^>]* d="([^"]+)"/.exec(svg)![1];
    const points = (sd.match(/[ML]/g) ?? []).length;
    expect(points).toBeGreaterThan(coarsePoints);
    expect(atlas.errors).toEqual([]);
  });
});
