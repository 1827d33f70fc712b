/**
 * A reader's own data in the built app (issue 18), in a real Chromium: opened by the file picker, by a drop on
 * the page and by pasting cells; drawn at once when its columns are recognised; rows that cannot be placed
 * listed with their line and reason, fixed by choosing a place or skipped; kept over a reload; and "Back to the
 * report's data" one click away. What is checked is what a reader sees: the bar's words, the arcs drawn on the
 * map (the overlay's paths), the Period table's cells.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

/** Three rows the atlas places (Polish, Chinese and English names, a NUTS code) and one it cannot. */
const CSV = ['eu_place,cn_place,year,status,source', 'Łódzkie,四川省,2014,active,Office list', 'PL51,Chongqing,2016,,', 'Bavaria,Shandong,1987,ended,', 'Atlantis,Sichuan,2015,,'].join('\n');

/** The partnership ids of the arcs the map draws. */
const drawn = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('path[data-partnership-id]')].map((el) => el.getAttribute('data-partnership-id')!).sort());

async function openDialog(page: Page) {
  await page.getByTestId('open-own').click();
  await page.getByTestId('own-dialog').waitFor();
}

describe('your own data', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('a file from the picker is drawn at once; the row it cannot place is listed, fixed by search, and the map follows', async () => {
    atlas = await openAtlas('?period=1982-1989');
    const { page } = atlas;
    await waitForMapIdle(page);
    await openDialog(page);
    await page.getByTestId('own-file').setInputFiles({ name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    // Recognised: on the map with no confirmation; the dialog stays open to list the row waiting.
    await expect.poll(() => page.getByTestId('own-bar').textContent(), { timeout: 15000 }).toContain('ties.csv');
    expect(await page.getByTestId('own-bar-counts').textContent()).toBe('3 drawn, 1 waiting');
    const row = page.getByTestId('own-row');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Row 5');
    expect(await row.textContent()).toContain('“Atlantis” is no place the atlas knows');
    // The view of the report's data (a period it had) is not carried over: all periods of the reader's data.
    expect(new URL(page.url()).searchParams.get('period')).toBeNull();
    // The map behind the dialog: the reader's lines, one per row placed (single arcs chosen in the legend).
    await page.getByTestId('own-dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('lines-switch').getByRole('button', { name: 'Single arcs' }).click();
    await expect.poll(() => drawn(page), { timeout: 10000 }).toEqual(['row-2', 'row-3', 'row-4']);
    await page.getByTestId('own-review-open').click();
    // Fix: a place found by typing part of its name.
    await page.getByTestId('own-search-eu').fill('mazow');
    await page.getByTestId('own-hit').first().click();
    expect(await page.getByTestId('own-chosen').textContent()).toContain('Masovia');
    expect(await page.getByTestId('own-counts').textContent()).toContain('4 rows: 3 placed, 1 fixed by you, 0 skipped, 0 waiting');
    await page.getByTestId('own-show').click();
    await expect.poll(() => page.getByTestId('own-bar-counts').textContent(), { timeout: 10000 }).toBe('4 drawn, 0 waiting');
    await page.getByTestId('lines-switch').getByRole('button', { name: 'Single arcs' }).click();
    await expect.poll(() => drawn(page), { timeout: 10000 }).toEqual(['row-2', 'row-3', 'row-4', 'row-5']);
    // The credit line names the reader's file, not the report.
    expect(await page.getByTestId('attribution').textContent()).toContain('Source: ties.csv, your own list, read in this browser.');
    await page.screenshot({ path: '/tmp/own2.png' });
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
