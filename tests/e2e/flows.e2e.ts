/**
 * The flow view (issue 14, item 6), at 1280 × 800: "All" draws one line per pair of
 * ends, as wide as its partnerships, instead of 143 arcs; the reader switches to
 * single arcs and back (the address follows); a hovered or chosen place opens into
 * its single arcs. Also takes the README's two screenshots, docs/flows.png and
 * docs/arcs.png (ATLAS_UPDATE_SCREENSHOT=1 copies them there).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadBytes, openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

const root = path.resolve(import.meta.dirname, '../..');

type MapWindow = Window & {
  atlasMap: import('maplibre-gl').Map;
  atlasState: { arcs: { euEnd: string; cnEnd: string; id: string; partnership: { cnProvince: string | null } }[]; hoverPlace: string | null };
};

/** What the overlay draws: its flows (pair → count, with their classes) and single arcs. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector('svg.arc-overlay')!;
    const flows = [...svg.querySelectorAll('path.flow[data-flow]')];
    return {
      lines: svg.getAttribute('data-lines'),
      flows: flows.length,
      total: flows.reduce((n, f) => n + Number(f.getAttribute('data-count')), 0),
      dimFlows: flows.filter((f) => f.classList.contains('dim')).length,
      widths: [...new Set(flows.map((f) => `${f.getAttribute('data-count')}:${(f as SVGPathElement).style.getPropertyValue('--flow-width')}`))].sort(),
      arcs: [...svg.querySelectorAll('path.arc[data-partnership-id]')].map((a) => a.getAttribute('data-partnership-id')!),
      hl: svg.querySelectorAll('path.arc.hl[data-partnership-id]').length,
      leaving: svg.querySelectorAll('path.leaving').length,
    };
  });

/** The pairs of ends of the view's partnerships (the data, as the state holds it), and a place's partnerships. */
const viewPairs = (page: Page, place?: string) =>
  page.evaluate((place) => {
    const arcs = (window as unknown as MapWindow).atlasState.arcs;
    const mine = place ? arcs.filter((a) => a.euEnd === place || a.cnEnd === place || a.partnership.cnProvince === place) : [];
    const pairs = (list: typeof arcs) => new Set(list.map((a) => `${a.euEnd}>${a.cnEnd}`)).size;
    return { arcs: arcs.length, pairs: pairs(arcs), mine: mine.length, minePairs: pairs(mine), restPairs: pairs(arcs.filter((a) => !mine.includes(a))) };
  }, place);

/** Waits until no line is fading in or out. */
const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().length === 0 && !document.querySelector('svg.arc-overlay path.leaving'), undefined, { polling: 100, timeout: 10_000 });

function screenshot(name: string, file: string) {
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const shot = path.join(root, 'test-results', file);
  return {
    shot,
    publish: () => {
      if (process.env.ATLAS_UPDATE_SCREENSHOT) fs.copyFileSync(shot, path.join(root, 'docs', name));
    },
  };
}

describe('flows and single arcs', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('"All" draws one flow per pair of ends adding up to 143; the switch gives the 143 single arcs and back, the address following', { timeout: 90_000 }, async () => {
    atlas = await openAtlas('?period=all');
    const { page } = atlas;
    await waitForMapIdle(page);
    const want = await viewPairs(page);
    expect(want.arcs).toBe(143);
    await expect.poll(() => drawn(page).then((d) => d.flows), { timeout: 10_000 }).toBe(want.pairs);
    const flows = await drawn(page);
    expect(flows.lines).toBe('flows');
    expect(flows.total).toBe(143);
    expect(flows.arcs).toEqual([]);
    // Wider for more partnerships: each count has one width, growing with it.
    const widths = flows.widths.map((w) => w.split(':').map(Number));
    expect(widths.length).toBeGreaterThan(1);
    for (let i = 1; i < widths.length; i++) expect(widths[i][1]).toBeGreaterThan(widths[i - 1][1]);
    // The legend keys the widths and offers the switch, flows chosen.
    const pressed = (name: string) => page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');
    expect(await pressed('Flows')).toBe('true');
    expect(await page.getByTestId('flow-widths').isVisible()).toBe(true);
    const flowsShot = screenshot('flows.png', 'flows.png');
    await page.screenshot({ path: flowsShot.shot });
    flowsShot.publish();
    // The SVG export draws the same flows.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const exported = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const paths = [...doc.querySelectorAll('path[data-flow]')];
      return { flows: paths.length, total: paths.reduce((n, p) => n + Number(p.getAttribute('data-count')), 0), arcs: doc.querySelectorAll('path[data-partnership-id]').length };
    }, (await downloadBytes(download)).toString('utf8'));
    expect(exported).toEqual({ flows: want.pairs, total: 143, arcs: 0 });

    // Single arcs: 143 of them, the address says so.
    await page.getByRole('button', { name: 'Single arcs', exact: true }).click();
    await expect.poll(() => drawn(page).then((d) => d.arcs.length), { timeout: 10_000 }).toBe(143);
    expect(await pressed('Single arcs')).toBe('true');
    await expect.poll(() => new URL(page.url()).searchParams.get('lines'), { timeout: 5_000 }).toBe('arcs');
    await settled(page);
    const arcs = await drawn(page);
    expect(arcs.flows).toBe(0);
    expect(arcs.lines).toBe('arcs');
    expect(await page.getByTestId('flow-widths').count()).toBe(0);
    const arcsShot = screenshot('arcs.png', 'arcs.png');
    await page.screenshot({ path: arcsShot.shot });
    arcsShot.publish();

    // By keyboard: Shift+Tab from Single arcs reaches Flows, Space presses it.
    await page.getByRole('button', { name: 'Single arcs', exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press(' ');
    await expect.poll(() => pressed('Flows'), { timeout: 5_000 }).toBe('true');
    await expect.poll(() => drawn(page).then((d) => [d.flows, d.arcs.length]), { timeout: 10_000 }).toEqual([want.pairs, 0]);
    await expect.poll(() => new URL(page.url()).searchParams.get('lines'), { timeout: 5_000 }).toBe('flows');

    // A period's new partnerships draw single arcs by default; the reader's choice, once made, stays.
    await page.goto(atlas.baseUrl + '?period=2010-2012');
    await waitForMapIdle(page);
    await expect.poll(() => drawn(page).then((d) => [d.lines, d.arcs.length, d.flows]), { timeout: 10_000 }).toEqual(['arcs', 18, 0]);
    await page.getByRole('button', { name: 'Flows', exact: true }).click();
    await expect.poll(() => drawn(page).then((d) => d.total), { timeout: 10_000 }).toBe(18);
    await expect.poll(() => new URL(page.url()).searchParams.get('lines'), { timeout: 5_000 }).toBe('flows');
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('a hovered place and a chosen place open into their single arcs, the other flows dimmed; flows stay inside the drawn area', { timeout: 90_000 }, async () => {
    // Castile and León: 5 partnerships in "All", a large region of its own; the camera on Spain.
    const place = 'ES41';
    atlas = await openAtlas('?period=all#map=5/41.6/-3.5');
    const { page } = atlas;
    await waitForMapIdle(page);
    const want = await viewPairs(page, place);
    expect(want.mine).toBe(5);
    await expect.poll(() => drawn(page).then((d) => d.flows), { timeout: 10_000 }).toBe(want.pairs);

    // A point inside the region with no dot, cluster or anchor near it: what the pointer rests on is the region.
    const target = await page.evaluate((id) => {
      const map = (window as unknown as MapWindow).atlasMap;
      const rect = map.getCanvas().getBoundingClientRect();
      const rings = [...document.querySelectorAll('svg.arc-overlay circle.anchor')].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
      const f = map.queryRenderedFeatures({ layers: ['regions-fill'] }).find((x) => x.properties.id === id)!;
      const ring = (f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : (f.geometry as GeoJSON.MultiPolygon).coordinates[0][0]) as [number, number][];
      const pts = ring.map((ll) => map.project(ll));
      const [x0, x1] = [Math.min(...pts.map((p) => p.x)), Math.max(...pts.map((p) => p.x))];
      const [y0, y1] = [Math.min(...pts.map((p) => p.y)), Math.max(...pts.map((p) => p.y))];
      for (let y = y0; y <= y1; y += 2)
        for (let x = x0; x <= x1; x += 2) {
          // The point and its neighbours within 6 px are all the region (not its border with another).
          const inside = [-6, 0, 6].every((dx) => [-6, 0, 6].every((dy) => map.queryRenderedFeatures([x + dx, y + dy], { layers: ['regions-fill'] })[0]?.properties.id === id));
          if (!inside) continue;
          const near = map.queryRenderedFeatures(
            [
              [x - 24, y - 24],
              [x + 24, y + 24],
            ],
            { layers: ['cities'] },
          );
          // The clusters are drawn by the atlas above the map (map/ClusterLayer.svelte): none within the box either.
          const clustered = [...document.querySelectorAll<SVGGElement>('[data-testid="clusters"] g.cluster')].map((g) => { const [x, y] = g.getAttribute('transform')!.slice(10, -1).split(',').map(Number); return { x, y, count: Number(g.dataset.count) }; }).some((c) => Math.abs(c.x - x) < 24 + 17 && Math.abs(c.y - y) < 24 + 17);
          if (near.length || clustered || rings.some(([cx, cy]) => Math.hypot(cx - x, cy - y) < 24)) continue;
          // Nothing of the page (the legend) over it.
          if (document.elementFromPoint(rect.left + x, rect.top + y) !== map.getCanvas()) continue;
          return { x: rect.left + x, y: rect.top + y };
        }
      return null;
    }, place);
    expect(target, 'a bare point of the region').not.toBeNull();
    await page.mouse.move(target!.x - 6, target!.y, { steps: 2 });
    await page.mouse.move(target!.x, target!.y, { steps: 2 });
    await expect.poll(() => page.evaluate(() => (window as unknown as MapWindow).atlasState.hoverPlace), { timeout: 5_000 }).toBe(place);
    await expect.poll(() => drawn(page).then((d) => [d.arcs.length, d.hl, d.flows, d.dimFlows]), { timeout: 10_000 }).toEqual([want.mine, want.mine, want.restPairs, want.restPairs]);
    // Every partnership still drawn once.
    expect(await drawn(page).then((d) => d.total + d.arcs.length)).toBe(143);

    // The pointer leaves: the flows close again.
    await page.mouse.move(5, 5);
    await expect.poll(() => drawn(page).then((d) => [d.arcs.length, d.flows, d.dimFlows]), { timeout: 10_000 }).toEqual([0, want.pairs, 0]);

    // Chosen (a link, as a click or search makes it): its single arcs stay open.
    await page.goto(atlas.baseUrl + `?period=all&select=${place}`);
    await waitForMapIdle(page);
    await expect.poll(() => drawn(page).then((d) => [d.arcs.length, d.hl, d.flows, d.dimFlows]), { timeout: 10_000 }).toEqual([want.mine, want.mine, want.restPairs, want.restPairs]);

    // Zoomed in, flows are clipped to the overlay's drawn area as arcs are (freeze.e2e.ts).
    await page.goto(atlas.baseUrl + '?period=all#map=6/52.5/13.2');
    await waitForMapIdle(page);
    await expect.poll(() => drawn(page).then((d) => d.flows), { timeout: 10_000 }).toBeGreaterThan(50);
    const reach = await page.evaluate(() => {
      const svg = document.querySelector('svg.arc-overlay')!;
      const [x, y, w, h] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number);
      let outside = 0;
      for (const p of svg.querySelectorAll('path.flow')) {
        const nums = (p.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
        for (let i = 0; i + 1 < nums.length; i += 2) if (nums[i] < x - 8 || nums[i] > x + w + 8 || nums[i + 1] < y - 8 || nums[i + 1] > y + h + 8) outside++;
      }
      return outside;
    });
    expect(reach).toBe(0);
    expect(atlas.errors).toEqual([]);
  });

  it('without WebGL, the SVG map draws the same flows', async () => {
    atlas = await openAtlas('?period=all', { webgl: false });
    const { page } = atlas;
    const svg = page.locator('[data-testid="fallback-map"]');
    await expect.poll(() => svg.locator('path[data-flow]').count(), { timeout: 15_000 }).toBe(127);
    const counts = await svg.locator('path[data-flow]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(143);
    expect(await svg.locator('path[data-partnership-id]').count()).toBe(0);
    expect(atlas.errors).toEqual([]);
  });
});
