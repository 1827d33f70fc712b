/**
 * What a reader sees of the page on a screen, measured in the browser: is the page
 * wider than the screen, how much of the first screen is map (less what the bottom
 * sheet covers), how much of the map the legend covers, and is every period label
 * whole. Used by screens.e2e.ts (and its figures by the closing note).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { seriousViolations } from './axe.ts';

export interface ScreenFigures {
  /** document.documentElement.scrollWidth */
  pageWidth: number;
  /** document.documentElement.scrollHeight: how far the page itself scrolls. */
  pageHeight: number;
  /** Share of the first screen (width × height) that is map, not covered by the sheet. */
  mapShare: number;
  /** Share of the map's box the legend covers. */
  legendCover: number;
  /** Period buttons whose label is cut, outside the screen, or ellipsised (their text). */
  cutLabels: string[];
}

export function measureScreen(page: Page, width: number, height: number): Promise<ScreenFigures> {
  return page.evaluate(
    ([vw, vh]) => {
      type Box = { left: number; top: number; right: number; bottom: number };
      const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
      const meet = (a: Box, b: Box): Box => ({
        left: Math.max(a.left, b.left),
        top: Math.max(a.top, b.top),
        right: Math.min(a.right, b.right),
        bottom: Math.min(a.bottom, b.bottom),
      });
      const screen: Box = { left: 0, top: 0, right: vw, bottom: vh };
      const stage = document.querySelector('div[role="region"].stage')!.getBoundingClientRect();
      const sheet = document.querySelector('[data-testid="sheet"]')?.getBoundingClientRect();
      const legend = document.querySelector('[data-testid="legend"]')!.parentElement!.getBoundingClientRect();
      const seen = meet(stage, screen);
      const mapShare = (area(seen) - (sheet ? area(meet(sheet, seen)) : 0)) / (vw * vh);
      const cutLabels = [...document.querySelectorAll<HTMLButtonElement>('button.step')]
        .filter((b) => {
          const box = b.getBoundingClientRect();
          const text = b.textContent ?? '';
          return b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight || box.left < 0 || box.right > vw || text.includes('…');
        })
        .map((b) => b.getAttribute('aria-label') ?? '');
      return {
        pageWidth: document.documentElement.scrollWidth,
        pageHeight: document.documentElement.scrollHeight,
        mapShare,
        legendCover: area(meet(legend, stage)) / area(stage),
        cutLabels,
      };
    },
    [width, height] as const,
  );
}

const root = path.resolve(import.meta.dirname, '../..');

export const SIZES = [
  { name: '320x640-embed', width: 320, height: 640, query: '?embed', touch: true },
  { name: '360x740-touch', width: 360, height: 740, query: '', touch: true },
  { name: '390x844-touch', width: 390, height: 844, query: '', touch: true },
  { name: '768x1024-touch', width: 768, height: 1024, query: '', touch: true },
  { name: '1280x800', width: 1280, height: 800, query: '', touch: false },
  { name: '1920x1080', width: 1920, height: 1080, query: '', touch: false },
  { name: '3840x2160', width: 3840, height: 2160, query: '', touch: false },
] as const;

export type MapWindow = {
  atlasMap: import('maplibre-gl').Map;
  atlasState: { view: { select: string | null }; set: (change: { period?: string; select?: string | null }) => void };
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

export type ScreenSize = (typeof SIZES)[number];

/**
 * One screen, as its reader meets it: what the first screen shows (measured), axe, a
 * tap or click on a province, and search bringing the place's panel into view. The
 * page is handed to `keep` at once, so the caller can close it whatever happens.
 */
export async function checkScreen(size: ScreenSize, keep: (atlas: AtlasPage) => void): Promise<void> {
  const atlas = await openAtlas(size.query, { viewport: { width: size.width, height: size.height }, touch: size.touch });
  keep(atlas);
  const { page } = atlas;
  await waitForMapIdle(page);

  const figures = await measureScreen(page, size.width, size.height);
  if (process.env.ATLAS_SCREENS_REPORT) console.log(JSON.stringify({ size: size.name, ...figures }));
  expect(figures.pageWidth, 'page width').toBeLessThanOrEqual(size.width);
  // The page is the screen: it never scrolls down into nothing (at 1280×800 it once scrolled 1,585 px, the growth
  // chart's screen-reader table standing outside its panel's scroll box). An embed grows with its content.
  if (!size.query.includes('embed')) expect(figures.pageHeight, 'page height').toBeLessThanOrEqual(size.height);
  expect(figures.mapShare, 'map share of the first screen').toBeGreaterThanOrEqual(0.4);
  expect(figures.legendCover, 'legend cover of the map').toBeLessThanOrEqual(0.25);
  expect(figures.cutLabels).toEqual([]);

  // Screens wider than 1280 px as JPEG: a 4K PNG of the map is 2 MB in the repository.
  const file = `${size.name}.${size.width > 1280 ? 'jpg' : 'png'}`;
  const shot = path.join(root, 'test-results/screens', file);
  fs.mkdirSync(path.dirname(shot), { recursive: true });
  await page.screenshot({ path: shot, ...(file.endsWith('.jpg') ? { quality: 80 } : {}) });
  if (process.env.ATLAS_UPDATE_SCREENSHOT) {
    fs.mkdirSync(path.join(root, 'docs/screens'), { recursive: true });
    fs.copyFileSync(shot, path.join(root, 'docs/screens', file));
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

    // The List of all 143 fits its panel (from 600 px; on a phone it scrolls inside its own box, never the
    // page), and no Chinese name breaks inside itself ('北京 / 市').
    await page.evaluate(() => (window as unknown as MapWindow).atlasState.set({ period: 'all', select: null }));
    await page.getByRole('tab', { name: 'List (143)' }).click();
    const list = await page.getByTestId('partnership-table').evaluate((t) => {
      const box = t.parentElement!;
      const names = [...t.querySelectorAll('span[lang="zh-Hans"]')];
      const line = (el: Element) => parseFloat(getComputedStyle(el).lineHeight);
      return {
        overflow: t.getBoundingClientRect().width - box.clientWidth,
        pageWidth: document.documentElement.scrollWidth,
        names: names.length,
        broken: names.filter((n) => n.getBoundingClientRect().height > 1.5 * line(n)).map((n) => n.textContent),
      };
    });
    if (size.width >= 600) expect(list.overflow, 'the List is wider than its panel').toBeLessThanOrEqual(0.5);
    expect(list.pageWidth).toBeLessThanOrEqual(size.width);
    expect(list.names).toBeGreaterThan(100);
    expect(list.broken).toEqual([]);
  }
  expect(atlas.errors).toEqual([]);
    }
