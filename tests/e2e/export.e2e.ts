import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { downloadBytes, openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { parseBundle } from '../../src/lib/data/load.ts';
import { exportCitation } from '../../src/lib/export/metadata.ts';
import { pngChunks, pngText } from '../../src/lib/export/png-text.ts';
import { ANCHOR_KEY, LOW_KEY_LABEL, STATUS_LABEL } from '../../src/lib/words/index.ts';

const bundle = parseBundle(JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../public/data/bundle.json'), 'utf8')));

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

  it('SVG and PNG explain themselves: every key the drawing needs, none overlapping in real type, the app’s credit line, the atlas’s citation', async () => {
    // 2010–2012, single arcs: statuses, reconstructions and country anchors are all drawn.
    atlas = await openAtlas('?period=2010-2012');
    const { page } = atlas;
    await waitForMapIdle(page);
    const fetch = async (testid: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      return downloadBytes(download);
    };
    // The credit line as the app shows it under the map (without its Sources button).
    const credit = await page.evaluate(() => {
      const p = document.querySelector('[data-testid="attribution"]')!.cloneNode(true) as HTMLElement;
      p.querySelector('button')?.remove();
      return p.textContent!.trim();
    });
    const citation = exportCitation(bundle)!;
    expect(citation).toContain('EU–China Partnership Atlas');

    const svg = (await fetch('export-svg')).toString('utf8');
    const seen = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const host = document.createElement('div');
      host.style.cssText = 'position:fixed;left:0;top:0;z-index:99';
      document.body.append(host);
      const el = host.appendChild(document.importNode(doc.documentElement, true)) as unknown as SVGSVGElement;
      const keys = [...el.querySelectorAll('g.legend > g')].map((g) => {
        const b = (g as SVGGraphicsElement).getBBox();
        return { id: g.getAttribute('data-key') ?? g.getAttribute('class'), text: g.textContent, x: b.x, y: b.y, width: b.width, height: b.height };
      });
      const box = (el.querySelector('rect.legend-box') as SVGGraphicsElement).getBBox();
      const lines = [...el.querySelectorAll('g.credit tspan')].map((t) => t.textContent);
      const band = (el.querySelector('g.credit') as SVGGraphicsElement).getBBox();
      const out = {
        keys,
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
        credit: lines.join(' '),
        band: { x: band.x, y: band.y, width: band.width, height: band.height },
        size: [el.width.baseVal.value, el.height.baseVal.value],
        citation: el.querySelector('metadata citation')?.textContent,
      };
      host.remove();
      return out;
    }, svg);
    const ids = seen.keys.map((k) => k.id);
    expect(ids).toEqual(expect.arrayContaining(['status-active', 'status-not-active', 'low', 'anchor', 'shading']));
    expect(seen.keys.find((k) => k.id === 'status-not-active')!.text).toBe(STATUS_LABEL['not-active']);
    expect(seen.keys.find((k) => k.id === 'low')!.text).toBe(LOW_KEY_LABEL);
    expect(seen.keys.find((k) => k.id === 'anchor')!.text).toBe(ANCHOR_KEY);
    const over = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const k of seen.keys) {
      // Inside the legend's box, as Chromium sets the type.
      expect(k.x, k.id!).toBeGreaterThanOrEqual(seen.box.x);
      expect(k.x + k.width, k.id!).toBeLessThanOrEqual(seen.box.x + seen.box.width);
      expect(k.y + k.height, k.id!).toBeLessThanOrEqual(seen.box.y + seen.box.height);
    }
    for (let i = 0; i < seen.keys.length; i++) for (let j = i + 1; j < seen.keys.length; j++) expect(over(seen.keys[i], seen.keys[j]), `${ids[i]} × ${ids[j]}`).toBe(false);
    expect(over(seen.box, seen.band)).toBe(false);
    expect(seen.band.x).toBeGreaterThanOrEqual(0);
    expect(seen.credit).toBe(credit);
    expect(seen.citation).toBe(citation);

    // The PNG: its text chunks after the header, with right CRCs: the citation and the same credit line.
    const png = new Uint8Array(await fetch('export-png'));
    const chunks = pngChunks(png);
    expect(chunks[0].type).toBe('IHDR');
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect(pngText(png)).toMatchObject({ Citation: citation, Source: credit, Title: 'EU–China partnerships: 2010–2012' });

    // The GeoJSON: the citation beside the features.
    expect(JSON.parse((await fetch('export-geojson')).toString('utf8')).citation).toBe(citation);
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
