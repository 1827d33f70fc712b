import { afterEach, describe, expect, it } from 'vitest';
import { downloadBytes, openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

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
    expect(height).toBe(2 * (css.h + 58 + 50));
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
