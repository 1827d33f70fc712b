import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { downloadBytes, openAtlas, type AtlasPage } from './browser.ts';
import { parseRows } from '../../scripts/lib/csv.ts';
import { seriousViolations } from './axe.ts';
import { DATA_TABLES } from '../../src/lib/download/datasets.ts';

const bundle = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/bundle.json'), 'utf8')) as {
  partnerships: unknown[];
  places: unknown[];
};
const partnerships = DATA_TABLES.find((t) => t.file === 'partnerships.csv')!;

async function fetchDownload(page: Page, testid: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const bytes = await downloadBytes(download);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

describe('Download the data, in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('gives the whole dataset, not the view: every partnership, its header as described, the data note, the bundle and its schema', async () => {
    // A narrow view (one period, one country): the download still has every record.
    atlas = await openAtlas('?period=2010-2012&country=ES');
    const { page } = atlas;
    await page.getByTestId('open-download').click();
    const dialog = page.getByTestId('download-dialog');
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const csv = await fetchDownload(page, 'download-partnerships.csv');
    expect(csv.name).toBe('partnerships.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseRows(csv.text, csv.name);
    expect(header.cells).toEqual(Object.keys(partnerships.columns));
    expect(rows).toHaveLength(bundle.partnerships.length);
    expect(rows.every((r) => r.cells.length === header.cells.length)).toBe(true);
    expect(csv.text).toContain('四川省');
    expect(csv.text).not.toMatch(/\d{3}_[0-9a-f]+\.txt/);

    const places = await fetchDownload(page, 'download-places.csv');
    expect(parseRows(places.text, places.name)).toHaveLength(bundle.places.length + 1);

    const note = await fetchDownload(page, 'download-note');
    expect(note.name).toBe('data-note.txt');
    expect(note.text).toMatch(/^EU–China Partnership Atlas: the data\n/);
    for (const c of Object.keys(partnerships.columns)) expect(note.text).toContain(`\n  ${c}: `);

    const json = await fetchDownload(page, 'download-bundle');
    expect((JSON.parse(json.text) as typeof bundle).partnerships).toHaveLength(bundle.partnerships.length);
    const schema = await fetchDownload(page, 'download-schema');
    expect(JSON.parse(schema.text)).toHaveProperty('$schema');

    // Escape closes it, and the toolbar's button has the focus back.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), { timeout: 5000 }).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-download');
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('is in the "Export and share" menu on a phone', async () => {
    atlas = await openAtlas('', { viewport: { width: 390, height: 844 }, touch: true });
    const { page } = atlas;
    await page.getByTestId('open-more').tap();
    await page.getByTestId('open-download').tap();
    await page.getByTestId('download-dialog').waitFor();
    const box = await page.getByTestId('download-partnerships.csv').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    const csv = await fetchDownload(page, 'download-partnerships.csv');
    expect(parseRows(csv.text, csv.name)).toHaveLength(bundle.partnerships.length + 1);
    expect(atlas.errors).toEqual([]);
  });
});
