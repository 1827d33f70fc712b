/**
 * A reader's own data in the built app (issue 18), in a real Chromium: opened by the file picker, by a drop on
 * the page and by pasting cells; drawn at once when its columns are recognised; rows that cannot be placed
 * listed with their line and reason, fixed by choosing a place or skipped; kept over a reload; and "Back to the
 * report's data" one click away. What is checked is what a reader sees: the bar's words, the arcs drawn on the
 * map (the overlay's paths), the Period table's cells.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadBytes, openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { encodeGb18030 } from '../../src/lib/own/encode.test-helper.ts';
import { syntheticOwnCsv } from '../../scripts/bench/own-rows.ts';

/** Three rows the atlas places (Polish, Chinese and English names, a NUTS code) and one it cannot. */
const CSV = ['eu_place,cn_place,year,status,source', 'Łódzkie,四川省,2014,active,Office list', 'PL51,Chongqing,2016,,', 'Bavaria,Shandong,1987,ended,', 'Atlantis,Sichuan,2015,,'].join('\n');

/** The partnership ids of the arcs the map draws. */
const drawn = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('path[data-partnership-id]')].map((el) => el.getAttribute('data-partnership-id')!).sort());

/** Drops a file on the map as a reader drags one from their desktop (the drag's events carry a File). */
async function drop(page: Page, name: string, bytes: Uint8Array) {
  const transfer = await page.evaluateHandle(
    ({ name, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type: 'text/csv' }));
      return dt;
    },
    { name, data: [...bytes] },
  );
  await page.dispatchEvent('[data-testid="atlas"]', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('[data-testid="atlas"]', 'dragover', { dataTransfer: transfer });
  await page.getByTestId('own-drop').waitFor();
  await page.dispatchEvent('[data-testid="atlas"]', 'drop', { dataTransfer: transfer });
}

/** How many partnerships the view holds, as the legend's counter says it. */
const counter = (page: Page) => page.getByTestId('shown-count').first().textContent();

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
    // The dialog comes back with the atlas made for the data (its code is loaded on demand).
    const row = page.getByTestId('own-row');
    await expect.poll(() => row.count(), { timeout: 10000 }).toBe(1);
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
    // The legend speaks of the reader's rows: no reconstructed records, no programme layer of the report's.
    const legend = await page.getByTestId('legend').first().textContent();
    expect(legend).toContain('Country anchor: the row names no region');
    expect(legend).not.toContain('reconstructed');
    // The credit line names the reader's file, not the report.
    expect(await page.getByTestId('attribution').textContent()).toContain('Source: ties.csv, your own list, read in this browser.');
    // The Sources dialog lists the reader's file, cited by the rows drawn, and nothing of the report.
    await page.getByTestId('open-sources').click();
    const sources = page.getByTestId('sources-dialog');
    await expect.poll(() => sources.getByTestId('source-entry').count()).toBe(1);
    expect(await sources.getByTestId('source-entry').textContent()).toContain('ties.csv: your own list, read in this browser');
    expect(await sources.textContent()).not.toContain('Subnational');
    await page.keyboard.press('Escape');
    // The README's picture of a reader's data (ATLAS_UPDATE_SCREENSHOT=1 copies it to docs/).
    const root = path.resolve(import.meta.dirname, '../..');
    fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'test-results', 'own.png') });
    if (process.env.ATLAS_UPDATE_SCREENSHOT) fs.copyFileSync(path.join(root, 'test-results', 'own.png'), path.join(root, 'docs', 'own.png'));
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('a file dropped on the page, saved by Excel in a Chinese locale (GB18030), is kept over a reload; Back to the report’s data is one click and stays', async () => {
    atlas = await openAtlas('');
    const { page } = atlas;
    await waitForMapIdle(page);
    const gb = encodeGb18030('欧方地区,中方省市,年份,状态\n罗兹省,四川省,2014,活跃\n下西里西亚省,重庆市,2016,\n');
    await drop(page, '伙伴关系.csv', gb);
    await expect.poll(() => page.getByTestId('own-bar').textContent(), { timeout: 15000 }).toContain('伙伴关系.csv');
    expect(await page.getByTestId('own-bar-counts').textContent()).toBe('2 drawn, 0 waiting');
    // Nothing waits: the dialog does not stand in the way.
    expect(await page.getByTestId('own-dialog').count()).toBe(0);
    await expect.poll(() => page.getByTestId('own-bar').textContent()).toContain('Kept in this browser only.');
    // The view is in the address, with the reader's periods: a reload keeps it too.
    await page.getByTestId('period-control').locator('button[data-period="2014-2017"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('2014-2017');
    await page.reload();
    await expect.poll(() => page.getByTestId('own-bar-counts').textContent(), { timeout: 15000 }).toBe('2 drawn, 0 waiting');
    await waitForMapIdle(page);
    expect(await page.getByTestId('period-control').locator('button[data-period="2014-2017"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('url-notices').count()).toBe(0);
    expect(await page.getByTestId('attribution').textContent()).toContain('伙伴关系.csv');
    await page.getByTestId('own-back').click();
    await expect.poll(() => page.getByTestId('own-bar').count()).toBe(0);
    expect(await page.getByTestId('attribution').textContent()).toContain('The Subnational Dimension of EU-China Relations');
    await page.reload();
    await waitForMapIdle(page);
    expect(await page.getByTestId('own-bar').count()).toBe(0);
    expect(await counter(page)).toBe('143');
    expect(atlas.errors).toEqual([]);
  });

  it('cells pasted from a spreadsheet with headers it does not know go through the mapping step; the years grouped by decade; the Period table and the CSV export are the reader’s', async () => {
    atlas = await openAtlas('');
    const { page } = atlas;
    await waitForMapIdle(page);
    await openDialog(page);
    const cells = ['Partner A\tPartner B\tSigned\tRemark', 'Wrocław\tChengdu\t2003\t=1+1', 'Łódzkie\tSichuan\t2009\t<img src=x onerror="window.__pwned=1">', 'Bavaria\tShandong\t1987\tlata 80.'].join('\n');
    await page.getByTestId('own-paste').fill(cells);
    await page.getByTestId('own-paste-read').click();
    await page.getByTestId('own-mapping').waitFor({ timeout: 15000 });
    // The place on each side and the year are needed before the columns can be used.
    expect(await page.getByTestId('own-mapping-use').isDisabled()).toBe(true);
    await page.locator('select[data-field="eu_place"]').selectOption({ label: 'Partner A (Wrocław)' });
    await page.locator('select[data-field="cn_place"]').selectOption({ label: 'Partner B (Chengdu)' });
    await page.locator('select[data-field="year"]').selectOption({ label: 'Signed (2003)' });
    await page.locator('select[data-field="note"]').selectOption({ label: 'Remark (=1+1)' });
    await page.getByTestId('own-mapping-use').click();
    await expect.poll(() => page.getByTestId('own-bar-counts').textContent(), { timeout: 15000 }).toBe('3 drawn, 0 waiting');
    // The report's periods leave 2009 out (it lies between 2000–2007 and 2010–2012): said, not moved.
    await page.getByTestId('own-review-open').click();
    expect(await page.getByTestId('own-apart').textContent()).toContain('1 outside the periods');
    await page.getByTestId('own-grouping-decade').check();
    expect(await page.getByTestId('own-apart').count()).toBe(0);
    await page.getByTestId('own-show').click();
    await expect.poll(() => page.getByTestId('period-control').locator('button[data-period]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-period')))).toEqual([
      'all',
      '1980-1989',
      '2000-2009',
    ]);
    await page.getByTestId('period-control').locator('button[data-period="2000-2009"]').click();
    await page.getByRole('tab', { name: 'Period table' }).click();
    const table = page.locator('[data-testid="period-table"]:visible');
    expect(await table.locator('caption').textContent()).toContain('Your data: partnerships started in 2000–2009');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Chinese partner', 'GermanyDE', 'PolandPL', 'Total']);
    expect(await table.getByTestId('computed-total').textContent()).toBe('2');
    // Markup in a cell is text; a formula is neutralised again in the CSV export.
    await page.getByTestId('period-control').locator('button[data-period="all"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = (await downloadBytes(download)).toString('utf8');
    expect(csv).toContain("'=1+1");
    expect(csv).not.toMatch(/(^|,)=1\+1/m);
    // GeoJSON and SVG are the reader's too: their lines, their file credited.
    const [gj] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-geojson').click()]);
    expect(JSON.parse((await downloadBytes(gj)).toString('utf8')).features).toHaveLength(3);
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    expect((await downloadBytes(svgFile)).toString('utf8')).toContain('pasted cells, your own list, read in this browser');
    // The Place panel shows the row's note as the reader wrote it: text, not markup; the row it came from cited.
    await page.evaluate(() => (window as unknown as { atlasState: { select(id: string): void } }).atlasState.select('PL71'));
    const panel = page.getByTestId('panel-place');
    await expect.poll(() => panel.getByTestId('own-note').first().textContent()).toBe('<img src=x onerror="window.__pwned=1">');
    expect(await panel.locator('img').count()).toBe(0);
    expect(await panel.textContent()).toContain('pasted cells, row 3');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(atlas.errors).toEqual([]);
  });

  it('bad files get a clear message and the page keeps the report’s data: empty, a picture renamed .csv, a quote never closed, too many rows', async () => {
    atlas = await openAtlas('');
    const { page } = atlas;
    await waitForMapIdle(page);
    await openDialog(page);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    const tooMany = `eu_place,cn_place,year\n${'Łódzkie,Sichuan,2014\n'.repeat(100_001)}`;
    const cases: [string, Buffer, string][] = [
      ['empty.csv', Buffer.alloc(0), 'empty.csv is empty.'],
      ['photo.csv', png, 'photo.csv is not a table of text: its first bytes are those of a PNG file.'],
      ['quotes.csv', Buffer.from('eu_place,cn_place,year\nŁódzkie,"Sichuan,2014\nBavaria,Shandong,1987\n'), 'quotes.csv has a quotation mark opened on line 2 and never closed.'],
      ['many.csv', Buffer.from(tooMany), 'many.csv has 100,001 rows; the atlas reads at most 100,000.'],
    ];
    for (const [name, buffer, message] of cases) {
      await page.getByTestId('own-file').setInputFiles({ name, mimeType: 'text/csv', buffer });
      await expect.poll(() => page.getByTestId('own-refused').textContent(), { timeout: 20000 }).toBe(message);
      // Nothing of it on the map; the file picker is there again.
      expect(await page.getByTestId('own-bar').count()).toBe(0);
    }
    await page.getByTestId('own-dialog').getByRole('button', { name: 'Close' }).click();
    expect(await counter(page)).toBe('143');
    expect(atlas.errors).toEqual([]);
  });

  it('a huge file (100,000 rows, 20 MB) is read in a worker with progress while the page answers; the map draws its widest flows on the canvas and says so', async () => {
    atlas = await openAtlas('');
    const { page } = atlas;
    await waitForMapIdle(page);
    await openDialog(page);
    const huge = Buffer.from(syntheticOwnCsv(100_000, 1, 160));
    expect(huge.length).toBeGreaterThan(20e6);
    await page.getByTestId('own-file').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: huge });
    // Progress as the rows are matched: a count on the way, of the whole.
    await expect.poll(() => page.getByTestId('own-progress').textContent(), { timeout: 20000, interval: 50 }).toMatch(/Reading huge\.csv: [\d,]+ of 100,000 rows matched/);
    // The reader may close the dialog and use the map while the worker reads.
    await page.getByTestId('own-dialog').getByRole('button', { name: 'Close' }).click();
    const before = await page.getByTestId('own-bar').count();
    await page.getByTestId('period-control').locator('button[data-period="1991-1999"]').click();
    expect(await page.getByTestId('period-control').locator('button[data-period="1991-1999"]').getAttribute('aria-pressed')).toBe('true');
    expect(before).toBe(0);
    await expect.poll(() => page.getByTestId('own-bar-counts').textContent(), { timeout: 60000 }).toBe('100,000 drawn, 0 waiting');
    await waitForMapIdle(page);
    expect(await page.getByTestId('map-note').textContent()).toContain('the map draws the 4,000 widest flows');
    // Drawn on the canvas (above the SVG's limit), and inked.
    const inked = await page.evaluate(() => {
      const c = document.querySelector('canvas.arc-canvas') as HTMLCanvasElement;
      if (!c || c.hidden) return -1;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < px.length; i += 4 * 97) if (px[i] > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(1000);
    expect(await counter(page)).toBe('100,000');
    // Dozens of countries: the legend lists eight, then a button for the rest, and stays off most of the map.
    const legend = page.getByTestId('legend').first();
    expect(await legend.locator('button[data-country]').count()).toBe(8);
    expect(await legend.getByTestId('more-countries').textContent()).toMatch(/^\d+ more countries$/);
    expect(atlas.errors).toEqual([]);
  });

  it('a shared link carries the list and the reader’s choices in its fragment: another browser opens the same map, not kept there; the map’s camera joins the fragment without losing it', async () => {
    atlas = await openAtlas('');
    const { page, context } = atlas;
    await waitForMapIdle(page);
    await openDialog(page);
    await page.getByTestId('own-file').setInputFiles({ name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByTestId('own-review').waitFor({ timeout: 15000 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => {});
    // The reader skips the row the atlas cannot place and groups by decades: the link carries both.
    await page.getByTestId('own-skip').click();
    await page.getByTestId('own-grouping-decade').check();
    await page.getByTestId('own-share').click();
    const link = await page.getByTestId('own-link').inputValue();
    expect(link).toMatch(/[#&]own=/);
    await atlas.close();
    // Another reader: a fresh browser profile, nothing kept.
    atlas = await openAtlas(null);
    const other = atlas.page;
    await other.goto(link);
    await expect.poll(() => other.getByTestId('own-bar-counts').textContent(), { timeout: 15000 }).toBe('3 drawn, 0 waiting');
    expect(await other.getByTestId('own-bar').textContent()).toContain('ties.csv');
    expect(await other.getByTestId('own-bar').textContent()).not.toContain('Kept in this browser');
    expect(await other.getByTestId('period-control').locator('button[data-period]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-period')))).toEqual([
      'all',
      '1980-1989',
      '2010-2019',
    ]);
    await waitForMapIdle(other);
    await other.mouse.move(400, 450);
    await other.mouse.wheel(0, -300);
    await waitForMapIdle(other);
    await expect.poll(() => new URL(other.url()).hash).toMatch(/map=.*own=|own=.*map=/);
    await other.reload();
    await expect.poll(() => other.getByTestId('own-bar-counts').textContent(), { timeout: 15000 }).toBe('3 drawn, 0 waiting');
    expect(atlas.foreignRequests).toEqual([]);
    expect(atlas.errors).toEqual([]);
  });

  it('?data= reads a file beside the atlas (an embed and the presenter too); a file from elsewhere is refused with a notice and never asked for', async () => {
    atlas = await openAtlas('?data=data/template.csv');
    const { page } = atlas;
    await expect.poll(() => page.getByTestId('own-bar-counts').textContent(), { timeout: 15000 }).toBe('3 drawn, 0 waiting');
    expect(await page.getByTestId('own-bar').textContent()).toContain('template.csv');
    await waitForMapIdle(page);
    // The presenter's story is made from the data's periods.
    await page.getByTestId('open-presenter').click();
    expect(await page.getByTestId('presenter-title').textContent()).toBe('Your partnerships');
    await page.getByTestId('presenter-next').click();
    expect(await page.getByTestId('presenter-title').textContent()).toBe('1982–1989');
    await page.keyboard.press('Escape');
    await page.goto(`${atlas.baseUrl}?embed&data=data/template.csv`);
    await waitForMapIdle(page);
    await expect.poll(() => counter(page), { timeout: 15000 }).toBe('3');
    expect(await page.getByTestId('own-bar').count()).toBe(0);
    await page.goto(`${atlas.baseUrl}?data=https://example.org/partnerships.csv`);
    await waitForMapIdle(page);
    expect(await page.getByTestId('url-notices').textContent()).toContain('The atlas reads only a file from its own site');
    expect(await counter(page)).toBe('143');
    expect(atlas.foreignRequests).toEqual([]);
    expect(atlas.errors).toEqual([]);
  });
});
