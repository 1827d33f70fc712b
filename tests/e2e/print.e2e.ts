import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Pages of a PDF (its page objects, not the page tree's `/Pages`). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

/** What the printed map picture holds: distinct colours, and pixels of Spain's orange (Okabe–Ito #E69F00). */
function mapPixels(page: Page) {
  return page.getByTestId('print-map').evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    let orange = 0;
    const [r0, g0, b0] = [data[0], data[1], data[2]];
    let notBackground = 0;
    for (let i = 0; i < data.length; i += 4 * 5) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      colours.add((r << 16) | (g << 8) | b);
      if (Math.abs(r - 230) < 25 && Math.abs(g - 159) < 25 && b < 40) orange++;
      if (Math.abs(r - r0) + Math.abs(g - g0) + Math.abs(b - b0) > 30) notBackground++;
    }
    return { width: c.width, height: c.height, colours: colours.size, orange, notBackground, samples: data.length / 20 };
  });
}

describe('printing a view (print media in a real Chromium)', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('prints title, the map with its arcs, legend, the Period table and the source line, and nothing interactive; A4 and Letter', async () => {
    atlas = await openAtlas('?period=2000-2007');
    const { page } = atlas;
    await waitForMapIdle(page);
    const live = await page.getByTestId('map').evaluate((m) => ({ width: m.clientWidth, height: m.clientHeight }));
    const sheet = page.getByTestId('print-sheet');
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => document.querySelector('[data-testid="print-map"]')?.getAttribute('data-drawn') === 'true', undefined, { polling: 100 });

    expect(await sheet.getByRole('heading', { level: 1 }).textContent()).toBe('EU–China partnerships: 2000–2007');
    expect(await sheet.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    // The map's picture: as large as the map on screen, and not blank (the arcs are there: Spain has 8 of the 30).
    const map = page.getByTestId('print-map');
    expect(await map.isVisible()).toBe(true);
    const box = (await map.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    const px = await mapPixels(page);
    expect({ width: px.width, height: px.height }).toEqual(live);
    expect(px.colours).toBeGreaterThan(100);
    expect(px.notBackground / px.samples).toBeGreaterThan(0.2);
    expect(px.orange).toBeGreaterThan(20);
    // The legend, the period's table (Table 6 for 2000–2007) and the source line.
    expect(await sheet.getByTestId('legend').isVisible()).toBe(true);
    expect(await sheet.getByTestId('shown-count').textContent()).toBe('30');
    expect(await sheet.getByTestId('period-table').isVisible()).toBe(true);
    expect(await sheet.getByTestId('period-table').locator('caption').textContent()).toContain('Table 6');
    expect(await sheet.getByTestId('computed-total').textContent()).toBe('30');
    expect(await sheet.getByTestId('attribution').isVisible()).toBe(true);
    expect(await sheet.getByTestId('attribution').textContent()).toContain('The Subnational Dimension of EU-China Relations');
    // Nothing interactive: toolbar, period control, tabs, the live map, the page's own legend and header.
    for (const hidden of [
      page.getByTestId('open-presenter'),
      page.getByTestId('export-csv'),
      page.getByTestId('period-control'),
      page.getByRole('tablist'),
      page.getByTestId('map'),
      page.getByText('EU–China Partnership Atlas', { exact: true }),
      page.getByTestId('legend').first(),
    ])
      expect(await hidden.isVisible()).toBe(false);
    // Nothing of the sheet is wider than the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    // Paper: one to three pages, upright A4 and landscape Letter.
    const a4 = await page.pdf({ format: 'A4' });
    const letter = await page.pdf({ format: 'Letter', landscape: true });
    console.log(`[e2e] print 2000–2007: A4 portrait ${pdfPages(a4)} pages, Letter landscape ${pdfPages(letter)} pages`);
    for (const pdf of [a4, letter]) {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
      expect(pdfPages(pdf)).toBeLessThanOrEqual(3);
    }
    // Making the PDFs (each a beforeprint, with the live map hidden) left the picture as it was.
    const after = await mapPixels(page);
    expect(after).toEqual(px);

    // The snapshot the README shows: the sheet at A4's width (96 dpi), as print media lays it out.
    await page.setViewportSize({ width: 794, height: 1123 });
    fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
    const shot = path.join(root, 'test-results/print.png');
    await page.screenshot({ path: shot, fullPage: true });
    if (process.env.ATLAS_UPDATE_SCREENSHOT) fs.copyFileSync(shot, path.join(root, 'docs/print.png'));

    // Back on screen: the sheet is gone, the page is whole again.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ media: 'screen' });
    // The media's change event comes with the next rendering update, which a loaded machine can delay for seconds.
    await expect.poll(() => sheet.locator('article').count(), { timeout: 20_000 }).toBe(0);
    expect(await page.getByTestId('map').isVisible()).toBe(true);
    expect(await page.getByTestId('period-control').isVisible()).toBe(true);
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('Ctrl+P (beforeprint) makes the picture at once; "All periods" prints the growth per period with the view\'s total', async () => {
    atlas = await openAtlas('?period=all');
    const { page } = atlas;
    await waitForMapIdle(page);
    // The compositor is fetched once the map is ready (a page printed in its very first second gets its arcs a moment late).
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/png-[\w-]+\.js$/.test(e.name)), undefined, { polling: 100 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    // What the browser does on Ctrl+P: beforeprint, then the print layout (no task runs in between).
    const drawn = await page.evaluate(() => {
      dispatchEvent(new Event('beforeprint'));
      return document.querySelector('[data-testid="print-map"]')?.getAttribute('data-drawn');
    });
    expect(drawn).toBe('true');
    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByTestId('print-sheet');
    const table = sheet.getByTestId('periods-by-country');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody th').allTextContents()).toEqual([
      '1982–1989',
      '1991–1999',
      '2000–2007',
      '2010–2012',
      '2014–2017',
      'Table 9 only (no period)',
    ]);
    // The table's total is the view's (the legend's count).
    expect(await sheet.getByTestId('periods-total').textContent()).toBe(await sheet.getByTestId('shown-count').textContent());
    expect((await mapPixels(page)).orange).toBeGreaterThan(20);
    const pages = pdfPages(await page.pdf({ format: 'A4', landscape: true }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    // afterprint with the media back on screen ends it.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect.poll(() => sheet.locator('article').count()).toBe(0);
    expect(atlas.errors).toEqual([]);
  });

  it('without WebGL, the SVG map prints as it is drawn', async () => {
    atlas = await openAtlas('?period=1982-1989', { webgl: false });
    const { page } = atlas;
    await expect.poll(() => page.locator('[data-testid="fallback-map"] path[data-partnership-id]').count(), { timeout: 30_000 }).toBe(27);
    await page.emulateMedia({ media: 'print' });
    const map = page.getByTestId('print-sheet').getByTestId('print-map');
    await expect.poll(() => map.getAttribute('data-drawn')).toBe('true');
    expect(await map.locator('path[data-partnership-id]').count()).toBe(27);
    expect(await map.isVisible()).toBe(true);
    expect(await page.getByTestId('fallback-map').isVisible()).toBe(false);
    expect(await page.getByTestId('print-sheet').getByTestId('period-table').isVisible()).toBe(true);
    expect(atlas.errors).toEqual([]);
  });
});
