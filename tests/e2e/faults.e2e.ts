import { afterEach, describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

/** Ways a data file can fail, and what the message must say. */
/** Ways a data file can fail, what the message must say, and (the map's fine geometry, asked for only once the reader zooms in) the address that zooms in. */
const FAULTS: [name: string, file: RegExp, fault: (r: Route) => Promise<void>, message: RegExp, hash?: string][] = [
  ['bundle: HTTP 500', /data\/bundle\.json$/, (r) => r.fulfill({ status: 500, body: 'oops' }), /could not load its data\. Could not load \.\/data\/bundle\.json: HTTP 500/],
  ['bundle: network gone', /data\/bundle\.json$/, (r) => r.abort('internetdisconnected'), /Could not reach \.\/data\/bundle\.json/],
  ['bundle: truncated JSON', /data\/bundle\.json$/, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"places":[' }), /bundle\.json is not valid JSON/],
  ['bundle: another version', /data\/bundle\.json$/, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"version":2}' }), /has version 2; this app reads version 1/],
  ['bundle: HTML where JSON should be', /data\/bundle\.json$/, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<img src=x onerror=alert(1)>' }), /is not valid JSON/],
  ['geometry: 404', /geo\/regions\.json$/, (r) => r.fulfill({ status: 404, body: 'not found' }), /detailed boundaries could not be loaded.*regions\.json: HTTP 404/, '#map=5/50/10'],
  ['geometry of the first drawing: 404', /geo\/first\.json$/, (r) => r.fulfill({ status: 404, body: 'not found' }), /first\.json: HTTP 404/],
  ['geometry: not a topology', /geo\/countries\.json$/, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[]}' }), /detailed boundaries could not be loaded.*countries\.json is not a TopoJSON topology/, '#map=5/50/10'],
];

describe('missing or corrupt data files in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it.each(FAULTS)('%s: a clear message with a retry that recovers once the file is back', async (_, file, fault, message, hash = '') => {
    // A small window: the case is about the files, and the recovered map is rasterised on the CPU.
    atlas = await openAtlas(`?period=1982-1989${hash}`, { viewport: { width: 720, height: 480 }, setup: (context) => context.route(file, fault) });
    const { page, context } = atlas;
    const notice = page.getByRole('alert');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(message);
    expect(await page.locator('body img').count()).toBe(0);
    // The fine geometry's failure leaves the atlas working on the coarse one: its map and its count are there.
    if (hash) {
      await waitForMapIdle(page);
      expect(await page.getByTestId('shown-count').textContent()).toBe('27');
    }
    // The file comes back: Try again loads the atlas without a page reload.
    await context.unroute(file);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForMapIdle(page);
    expect(await page.getByTestId('shown-count').textContent()).toBe('27');
    // Only the browser's own line about the failed request may be in the console; the app threw nothing.
    expect(atlas.errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
