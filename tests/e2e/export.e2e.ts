import { afterEach, describe, expect, it } from 'vitest';
import { downloadBytes, openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

describe('export in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('downloads the view as CSV (one row per partnership shown), GeoJSON and SVG (one path per arc)', async () => {
    atlas = await openAtlas('?period=2010-2012&country=ES,IT');
    const { page } = atlas;
    await waitForMapIdle(page);
    const shown = Number(await page.getByTestId('shown-count').textContent());
    expect(shown).toBe(12);
    const fetch = async (testid: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      const bytes = await downloadBytes(download);
      return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
    };
    const csv = await fetch('export-csv');
    // A UTF-8 byte-order mark first, so that Excel in a Chinese or Polish locale reads the names right.
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.name).toBe('eu-china-partnerships-2010-2012-new.csv');
    expect(csv.text.trim().split('\r\n')).toHaveLength(shown + 1);
    const geo = await fetch('export-geojson');
    expect(JSON.parse(geo.text).features).toHaveLength(shown);
    const svg = await fetch('export-svg');
    const arcs = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return doc.documentElement.tagName === 'svg' ? doc.querySelectorAll('path[data-partnership-id]').length : -1;
    }, svg.text);
    expect(arcs).toBe(shown);
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
