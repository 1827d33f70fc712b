/**
 * Every screen, as a reader meets it: a phone in a report's column, phones and a
 * tablet by touch, desktops and a 4K projector. At each size: nothing scrolls
 * sideways, the map is at least 40% of the first screen, the legend covers at most
 * a quarter of the map, every period label is whole, a tap (or click) on a province
 * selects it, search brings the place's panel on screen, and axe finds nothing
 * serious. ATLAS_UPDATE_SCREENSHOT=1 copies each size's screenshot to docs/screens/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { seriousViolations } from './axe.ts';
import { measureScreen } from './screens.ts';

const root = path.resolve(import.meta.dirname, '../..');

const SIZES = [
  { name: '320x640-embed', width: 320, height: 640, query: '?embed', touch: true },
  { name: '360x740-touch', width: 360, height: 740, query: '', touch: true },
  { name: '390x844-touch', width: 390, height: 844, query: '', touch: true },
  { name: '768x1024-touch', width: 768, height: 1024, query: '', touch: true },
  { name: '1280x800', width: 1280, height: 800, query: '', touch: false },
  { name: '1920x1080', width: 1920, height: 1080, query: '', touch: false },
  { name: '3840x2160', width: 3840, height: 2160, query: '', touch: false },
] as const;

type MapWindow = {
  atlasMap: import('maplibre-gl').Map;
  atlasState: { view: { select: string | null }; set: (change: { period: string }) => void };
};

/** Tibet's middle on the page: a province with no city marker. */
function tibet(page: Page) {
  return page.evaluate(() => {
    const map = (window as unknown as MapWindow).atlasMap;
    const at = map.project([88.98, 31.2]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  });
}

describe('every screen, from a 320 px column to a 4K projector', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  for (const size of SIZES) {
    it(`${size.name}: no sideways scroll, the map first, the legend out of its way, labels whole, tap and search`, { timeout: 90_000 }, async () => {
      atlas = await openAtlas(size.query, { viewport: { width: size.width, height: size.height }, touch: size.touch });
      const { page } = atlas;
      await waitForMapIdle(page);

      const figures = await measureScreen(page, size.width, size.height);
      if (process.env.ATLAS_SCREENS_REPORT) console.log(JSON.stringify({ size: size.name, ...figures }));
      expect(figures.pageWidth, 'page width').toBeLessThanOrEqual(size.width);
      expect(figures.mapShare, 'map share of the first screen').toBeGreaterThanOrEqual(0.4);
      expect(figures.legendCover, 'legend cover of the map').toBeLessThanOrEqual(0.25);
      expect(figures.cutLabels).toEqual([]);

      const shot = path.join(root, 'test-results/screens', `${size.name}.png`);
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot });
      if (process.env.ATLAS_UPDATE_SCREENSHOT) {
        fs.mkdirSync(path.join(root, 'docs/screens'), { recursive: true });
        fs.copyFileSync(shot, path.join(root, 'docs/screens', `${size.name}.png`));
      }

      expect(await seriousViolations(page)).toEqual([]);

      // A tap (a click with a mouse) on a province selects it. In 1982–1989 no arc passes over Tibet (a tap on an
      // arc opens the arc's card instead: touch.e2e.ts).
      await page.evaluate(() => (window as unknown as MapWindow).atlasState.set({ period: '1982-1989' }));
      const at = await tibet(page);
      expect(at.x > 0 && at.x < size.width && at.y > 0 && at.y < size.height, 'Tibet is on screen').toBe(true);
      if (size.touch) await page.touchscreen.tap(at.x, at.y);
      else await page.mouse.click(at.x, at.y);
      await expect.poll(() => page.evaluate(() => (window as unknown as MapWindow).atlasState.view.select)).toBe('CN-XZ');

      // Search brings the chosen place's panel (or the sheet) on screen, its name where the reader can see it.
      if (!size.query.includes('embed')) {
        if (size.width < 600) await page.getByTestId('open-search').click();
        await page.getByRole('combobox', { name: 'Search places' }).fill('Bavaria');
        await page.locator('[role=listbox] [role=option]').first().click();
        await expect.poll(() => page.evaluate(() => (window as unknown as MapWindow).atlasState.view.select)).toBe('DE2');
        const heading = page.getByTestId('panel-place').getByRole('heading', { name: 'Bavaria' }).first();
        await heading.waitFor();
        await expect
          .poll(() =>
            heading.evaluate((h) => {
              const r = h.getBoundingClientRect();
              const x = r.left + Math.min(r.width, 40) / 2;
              const y = r.top + r.height / 2;
              // On screen, and what is drawn there is the heading (not covered by the map or anything else).
              return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && h.contains(document.elementFromPoint(x, y));
            }),
          )
          .toBe(true);
      }
      expect(atlas.errors).toEqual([]);
    });
  }

  it('on a phone, the folded legend opens to its filters, and a filter works by touch', { timeout: 60_000 }, async () => {
    atlas = await openAtlas('', { viewport: { width: 390, height: 844 }, touch: true });
    const { page } = atlas;
    await waitForMapIdle(page);
    const fold = page.getByTestId('legend-fold');
    await expect.poll(() => fold.getAttribute('aria-expanded')).toBe('false');
    const france = page.getByTestId('legend').locator('[data-country="FR"]');
    await expect.poll(() => france.isVisible()).toBe(false);
    await fold.tap();
    await expect.poll(() => fold.getAttribute('aria-expanded')).toBe('true');
    await france.tap();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('country=');
    expect(atlas.errors).toEqual([]);
  });

  it('on a phone, the sheet opens by a drag and folds by a key, and says so', { timeout: 60_000 }, async () => {
    atlas = await openAtlas('', { viewport: { width: 390, height: 844 }, touch: true });
    const { page } = atlas;
    await waitForMapIdle(page);
    const sheet = page.getByTestId('sheet');
    const handle = page.getByTestId('sheet-handle');
    expect(await sheet.getAttribute('data-snap')).toBe('peek');
    // The folded sheet holds its tabs, on screen, under the map.
    const tab = page.getByRole('tab', { name: 'Overview' });
    const tabBox = (await tab.boundingBox())!;
    expect(tabBox.y + tabBox.height).toBeLessThanOrEqual(844);
    const stage = (await page.locator('div[role="region"].stage').boundingBox())!;
    expect(stage.y + stage.height).toBeLessThanOrEqual((await sheet.boundingBox())!.y + 1);

    // Dragged up most of the way, it settles full.
    const h = (await handle.boundingBox())!;
    const x = h.x + h.width / 2;
    await page.mouse.move(x, h.y + h.height / 2);
    await page.mouse.down();
    for (let y = h.y; y > 120; y -= 60) await page.mouse.move(x, y);
    await page.mouse.up();
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('full');
    await expect.poll(() => handle.getAttribute('aria-valuetext')).toBe('Details open to the full screen');
    await expect.poll(() => page.getByTestId('sheet-said').textContent()).toBe('Details open to the full screen');

    // From the keyboard: ↓ a step down, Escape folds.
    await handle.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('half');
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('peek');
    // Choosing a tab in the folded sheet opens it, so what was chosen is seen.
    await tab.tap();
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('half');
    expect(atlas.errors).toEqual([]);
  });
});
