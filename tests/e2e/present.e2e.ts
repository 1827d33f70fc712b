import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, FOOTER_SHADED } from '../../src/lib/export/png.ts';
import { downloadBytes, openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { seriousViolations } from './axe.ts';

const PERIOD_COUNTS = [27, 11, 30, 18, 48];

describe('presenter mode in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('steps through every period by keyboard and clicker keys, with the URL following, and Escape leaves', async () => {
    atlas = await openAtlas('');
    const { page } = atlas;
    await waitForMapIdle(page);
    await page.getByTestId('open-presenter').click();
    const position = page.getByTestId('presenter-position');
    expect(await position.textContent()).toBe('Step 1 of 7');
    // Chrome is hidden while presenting.
    expect(await page.locator('header h1').isVisible()).toBe(false);
    expect(await page.getByTestId('export-csv').count()).toBe(0);
    expect(await page.getByTestId('period-control').count()).toBe(0);
    // Clickers send PageDown/PageUp; people use arrows and Space.
    const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowRight', 'PageDown'];
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(key);
      await page.waitForFunction((n) => document.querySelector('[data-testid="presenter-position"]')?.textContent === `Step ${n} of 7`, i + 2);
      const url = new URL(page.url());
      expect(url.searchParams.get('step')).toBe(String(i + 2));
      expect(url.searchParams.has('present')).toBe(true);
      expect(await page.getByTestId('presenter-count').textContent()).toBe(String(PERIOD_COUNTS[i]));
      expect(await page.locator('path.arc[data-partnership-id]').count()).toBe(PERIOD_COUNTS[i]);
      expect(await page.getByTestId('presenter-title').textContent()).toContain(['1982', '1991', '2000', '2010', '2014'][i]);
    }
    await page.keyboard.press('ArrowRight');
    expect(await position.textContent()).toBe('Step 7 of 7');
    await page.keyboard.press('ArrowRight'); // stays on the last step
    expect(await position.textContent()).toBe('Step 7 of 7');
    await page.keyboard.press('PageUp');
    expect(await position.textContent()).toBe('Step 6 of 7');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('presenter').count()).toBe(0);
    const url = new URL(page.url());
    expect(url.searchParams.has('present')).toBe(false);
    expect(url.searchParams.has('step')).toBe(false);
    expect(await page.locator('header h1').isVisible()).toBe(true);
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('a link opens a step; cumulative mode grows the counter; auto-advance moves on', async () => {
    atlas = await openAtlas('?present&step=3&mode=cumulative');
    const { page } = atlas;
    await waitForMapIdle(page);
    expect(await page.getByTestId('presenter-position').textContent()).toBe('Step 3 of 7');
    expect(await page.getByTestId('presenter-count').textContent()).toBe('38'); // 27 + 11
    await page.getByLabel('Seconds per step').selectOption('5');
    await page.getByLabel('Auto-advance').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="presenter-position"]')?.textContent === 'Step 4 of 7', undefined, { timeout: 9000 });
    expect(await page.getByTestId('presenter-count').textContent()).toBe('68');
    expect(atlas.errors).toEqual([]);
  });

  it('under reduced motion, a step swaps the arcs at once: nothing fades', async () => {
    atlas = await openAtlas('?present&step=2', { reducedMotion: 'reduce' });
    const { page } = atlas;
    await waitForMapIdle(page);
    await page.keyboard.press('ArrowRight');
    // Read in the same task as the key's effect settles: no leaving arcs, no arcs part-way through a fade.
    const arcs = await page.evaluate(() => ({
      all: document.querySelectorAll('path.arc').length,
      leaving: document.querySelectorAll('path.arc.leaving').length,
      faint: [...document.querySelectorAll('path.arc')].filter((p) => Number(p.getAttribute('opacity') ?? 1) < 1).length,
    }));
    expect(arcs).toEqual({ all: 11, leaving: 0, faint: 0 });
    expect(atlas.errors).toEqual([]);
  });

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 3840, height: 2160 },
  ]) {
    it(`fits a ${viewport.width}×${viewport.height} projector: the caption card is inside the screen and its text scales`, async () => {
      atlas = await openAtlas('?present&step=6', { viewport });
      const { page } = atlas;
      await waitForMapIdle(page);
      const box = (await page.getByTestId('presenter').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const fontSize = await page.$eval('[data-testid="presenter"] .caption', (el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(15);
      if (viewport.width > 3000) expect(fontSize).toBeGreaterThanOrEqual(40);
      expect(atlas.errors).toEqual([]);
    });
  }
});

type Box = { x: number; y: number; width: number; height: number };
const area = (b: Box | null) => (b ? b.width * b.height : 0);
function intersect(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.width, b.x + b.width) - x;
  const h = Math.min(a.y + a.height, b.y + b.height) - y;
  return w > 0 && h > 0 ? { x, y, width: w, height: h } : null;
}

/** The caption card, the part of the map on screen, and what the map's camera shows. */
async function layout(page: import('playwright-core').Page, viewport: { width: number; height: number }) {
  const card = (await page.getByTestId('presenter').boundingBox())!;
  const map = intersect((await page.getByTestId('map').boundingBox())!, { x: 0, y: 0, ...viewport })!;
  const bounds = await page.evaluate(() => (window as unknown as { atlasMap: import('maplibre-gl').Map }).atlasMap.getBounds().toArray());
  return { card, map, bounds, overlap: area(intersect(card, map)) / area(map) };
}

/** The westmost end of the arcs shown (longitude). */
const westmostEnd = (page: import('playwright-core').Page) =>
  page.evaluate(() => Math.min(...(window as unknown as { atlasState: { arcs: { from: [number, number] }[] } }).atlasState.arcs.map((a) => a.from[0])));

describe('presenter mode in portrait, by touch', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 768, height: 1024 },
  ]) {
    it(`${viewport.width}×${viewport.height}: the card docks under the map, neither covers the other, both ends are framed, controls are 44 px targets`, async () => {
      atlas = await openAtlas('?present&step=4', { viewport, touch: true });
      const { page } = atlas;
      await waitForMapIdle(page);
      const { card, map, bounds, overlap } = await layout(page, viewport);
      console.log(`[e2e] presenter ${viewport.width}×${viewport.height}: card ${Math.round(card.height)} px tall, map ${Math.round(map.width)}×${Math.round(map.height)} (${Math.round((100 * area(map)) / (viewport.width * viewport.height))}% of the screen), overlap ${(100 * overlap).toFixed(1)}%`);
      expect(overlap).toBeLessThan(0.05);
      // The card is whole on screen, below the map.
      expect(card.x).toBeGreaterThanOrEqual(0);
      expect(card.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      expect(card.x + card.width).toBeLessThanOrEqual(viewport.width);
      expect(card.y + card.height).toBeLessThanOrEqual(viewport.height);
      // The map keeps a real share of the screen, and its camera holds every arc end of the step (framed on its
      // arcs since issue 14: Europe's westmost end, Spain's or the UK's, not Lisbon) and China (Shanghai).
      expect(map.height).toBeGreaterThan(0.3 * viewport.height);
      const [[west, south], [east, north]] = bounds;
      expect(west).toBeLessThan(await westmostEnd(page));
      expect(west).toBeLessThan(-3.7);
      expect(east).toBeGreaterThan(121.5);
      expect(south).toBeLessThan(31);
      expect(north).toBeGreaterThan(52);
      // Every control of the card is a 44 px target by touch, and inside the card.
      const targets = await page.getByTestId('presenter').evaluate((el) =>
        [...el.querySelectorAll('button, select, label')].map((t) => {
          const r = t.getBoundingClientRect();
          return { name: t.getAttribute('aria-label') ?? t.textContent!.trim(), height: r.height, inside: r.left >= 0 && r.right <= innerWidth };
        }),
      );
      expect(targets.length).toBeGreaterThanOrEqual(7 + 5);
      for (const t of targets) {
        expect(t.height, t.name).toBeGreaterThanOrEqual(44);
        expect(t.inside, t.name).toBe(true);
      }
      // A tap on Next moves on; the card stays whole and off the map.
      await page.getByTestId('presenter-next').tap();
      await expect.poll(() => page.getByTestId('presenter-position').textContent(), { timeout: 10_000 }).toBe('Step 5 of 7');
      const after = await layout(page, viewport);
      expect(after.overlap).toBeLessThan(0.05);
      expect(after.card.y + after.card.height).toBeLessThanOrEqual(viewport.height);
      if (viewport.width < 500) expect(await seriousViolations(page)).toEqual([]);
      expect(atlas.errors).toEqual([]);
      expect(atlas.foreignRequests).toEqual([]);
    });
  }

  it('turned on its side (844×390), the card becomes a column beside the map and the map is framed again', async () => {
    atlas = await openAtlas('?present&step=6', { viewport: { width: 390, height: 844 }, touch: true });
    const { page } = atlas;
    await waitForMapIdle(page);
    const viewport = { width: 844, height: 390 };
    await page.setViewportSize(viewport);
    await expect.poll(() => page.getByTestId('presenter').getAttribute('data-dock'), { timeout: 10_000 }).toBe('left');
    await waitForMapIdle(page);
    const { card, map, bounds, overlap } = await layout(page, viewport);
    expect(overlap).toBeLessThan(0.05);
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(map.x + 1);
    expect(card.y + card.height).toBeLessThanOrEqual(viewport.height);
    expect(bounds[0][0]).toBeLessThan(await westmostEnd(page));
    expect(bounds[0][0]).toBeLessThan(-3.7);
    expect(bounds[1][0]).toBeGreaterThan(121.5);
    // Back and Next are on screen without scrolling the card.
    for (const id of ['presenter-next']) {
      const b = (await page.getByTestId(id).boundingBox())!;
      expect(b.y + b.height).toBeLessThanOrEqual(viewport.height);
    }
    expect(atlas.errors).toEqual([]);
  });
});

describe('PNG export in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('is a PNG of the requested pixel ratio with map, arcs, title and legend: not blank', async () => {
    atlas = await openAtlas('?period=1982-1989');
    const { page } = atlas;
    await waitForMapIdle(page);
    const css = await page.evaluate(() => {
      const c = (window as unknown as { atlasMap: import('maplibre-gl').Map }).atlasMap.getCanvas();
      return { w: c.clientWidth, h: c.clientHeight };
    });
    await page.getByTestId('export-png-scale').selectOption('2');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).toBe('eu-china-partnerships-1982-1989-new.2x.png');
    const png = await downloadBytes(download);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(2 * css.w);
    // The title band above the map, the footer below (export/png.ts): as tall as its legend's rows and credit line
    // need, at least the countries', the shading's and the credit's rows.
    const footer = height / 2 - css.h - HEADER;
    expect(Number.isInteger(footer)).toBe(true);
    expect(footer).toBeGreaterThanOrEqual(FOOTER_SHADED);
    expect(footer).toBeLessThan(css.h / 2);
    // Decode it in the page and look at the pixels: the map area is not one colour, and the arcs' colours are there.
    const stats = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = document.createElement('canvas');
      c.width = bmp.width;
      c.height = bmp.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const colours = new Set<number>();
      let germanGreen = 0;
      for (let i = 0; i < data.length; i += 4 * 7) {
        colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        // Okabe–Ito bluish green (#009E73), Germany's arcs: 14 of the 27 in 1982–1989.
        if (Math.abs(data[i]) < 20 && Math.abs(data[i + 1] - 158) < 20 && Math.abs(data[i + 2] - 115) < 20) germanGreen++;
      }
      return { colours: colours.size, germanGreen };
    }, png.toString('base64'));
    expect(stats.colours).toBeGreaterThan(200);
    expect(stats.germanGreen).toBeGreaterThan(50);
    // The map is back at the screen's pixel ratio afterwards.
    expect(await page.evaluate(() => (window as unknown as { atlasMap: import('maplibre-gl').Map }).atlasMap.getPixelRatio())).toBe(1);
    expect(atlas.errors).toEqual([]);
  });
});
