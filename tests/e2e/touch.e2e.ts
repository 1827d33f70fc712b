/**
 * The map by touch, in a real Chromium with touch emulated (hasTouch, isMobile): taps select
 * provinces and small cities, a tapped arc opens a card that stays inside the map, a cluster's
 * count shows on the crowded east coast and a tap on it zooms in.
 *
 * A 390 × 844 phone, the full page (its details in the bottom sheet); the pinch is tried in an embed,
 * which keeps cooperative gestures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

type MapWindow = Window & { atlasMap: import('maplibre-gl').Map; atlasState: { view: { select: string | null } } };
const VIEWPORT = { width: 390, height: 844 };
const QUERY = '?';
const bundle = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../public/data/bundle.json'), 'utf8'));
const placeName = (id: string): string => bundle.places.find((p: { id: string }) => p.id === id).name;

const selected = (page: Page) => page.evaluate(() => (window as unknown as MapWindow).atlasState.view.select);

/** The page point of a container point, checked to be the map itself (no legend or control over it). */
async function onMap(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const pt = await page.evaluate(
    ([x, y]) => {
      const canvas = (window as unknown as MapWindow).atlasMap.getCanvas();
      const r = canvas.getBoundingClientRect();
      const px = r.left + x;
      const py = r.top + y;
      return document.elementFromPoint(px, py) === canvas ? { x: px, y: py } : null;
    },
    [x, y],
  );
  if (!pt) throw new Error(`(${x}, ${y}) is not on the map`);
  return pt;
}

describe('the map by touch', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('a tap on a province selects it; a tap 15 px off a small city selects that city', async () => {
    // Few arcs (Poland, the 1990s), so the finger lands on the province and not on an arc.
    atlas = await openAtlas(`${QUERY}&period=1991-1999&country=PL`, { viewport: VIEWPORT, touch: true });
    const { page } = atlas;
    await waitForMapIdle(page);
    // Sichuan at zoom 4.5, in the map's free upper right.
    await page.evaluate(() => (window as unknown as MapWindow).atlasMap.jumpTo({ center: [98, 28], zoom: 4.5 }));
    await waitForMapIdle(page);
    const province = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).atlasMap;
      const f = map.querySourceFeatures('region-labels').find((x) => x.properties?.id === 'CN-SC');
      const c = map.project((f!.geometry as GeoJSON.Point).coordinates as [number, number]);
      // Near the label point: inside Sichuan, with no marker within a finger's reach (the province itself is tapped).
      for (let d = 0; d <= 60; d += 6) {
        for (const [dx, dy] of [[0, 0], [d, 0], [-d, 0], [0, d], [0, -d], [d, d], [-d, -d], [d, -d], [-d, d]]) {
          const x = c.x + dx;
          const y = c.y + dy;
          const under = map.queryRenderedFeatures([x, y], { layers: ['regions-fill'] })[0];
          const near = map.queryRenderedFeatures(
            [
              [x - 30, y - 30],
              [x + 30, y + 30],
            ],
            { layers: ['cities'] },
          );
          // Nor a cluster (drawn by the atlas above the map: map/ClusterLayer.svelte) within reach.
          const clustered = [...document.querySelectorAll<SVGGElement>('[data-testid="clusters"] g.cluster')].map((g) => { const [x, y] = g.getAttribute('transform')!.slice(10, -1).split(',').map(Number); return { x, y, count: Number(g.dataset.count) }; }).some((c) => Math.abs(c.x - x) < 30 + 17 && Math.abs(c.y - y) < 30 + 17);
          if (under?.properties.id === 'CN-SC' && near.length === 0 && !clustered) return { x, y };
        }
      }
      throw new Error('no clear point in Sichuan');
    });
    const tap = await onMap(page, province.x, province.y);
    await page.touchscreen.tap(tap.x, tap.y);
    await expect.poll(() => selected(page)).toBe('CN-SC');
    await expect.poll(() => page.url()).toContain('select=CN-SC');
    expect(await page.getByTestId('hover-label').count()).toBe(0);

    // A small city dot standing alone (no other marker within 44 px), tapped 15 px away from it. Dots follow the
    // view (issue 14): all periods and countries, so that eastern China has city dots.
    await page.evaluate(() => {
      const w = window as unknown as MapWindow & { atlasState: { set(p: object): void; select(id: null): void } };
      w.atlasState.select(null);
      w.atlasState.set({ period: 'all', countries: [] });
      w.atlasMap.jumpTo({ center: [117, 31], zoom: 5.2 });
    });
    await waitForMapIdle(page);
    const city = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).atlasMap;
      const canvas = map.getCanvas();
      const r = canvas.getBoundingClientRect();
      // The dots drawn: those of the view (feature-state `shown`; the others have no radius).
      const dots = map.queryRenderedFeatures({ layers: ['cities'] }).filter((f) => f.state.shown).map((f) => {
        const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        return { id: String(f.properties.id), x: p.x, y: p.y };
      });
      // The clusters as drawn (map/ClusterLayer.svelte, above the map's canvas).
      const clusters: { x: number; y: number }[] = [...document.querySelectorAll<SVGGElement>('[data-testid="clusters"] g.cluster')].map((g) => { const [x, y] = g.getAttribute('transform')!.slice(10, -1).split(',').map(Number); return { x, y, count: Number(g.dataset.count) }; });
      // The anchors where provinces' arcs end are marks a finger reaches too (map/pick.ts).
      const state = (window as unknown as { atlasState: { arcs: { cnEnd: string }[]; places: Map<string, { coord: [number, number]; hasGeometry: boolean }> } }).atlasState;
      for (const a of state.arcs) {
        const p = state.places.get(a.cnEnd)!;
        if (p.hasGeometry) clusters.push(map.project(p.coord));
      }
      const alone = dots.find(
        (d) =>
          dots.every((o) => o === d || Math.hypot(o.x - d.x, o.y - d.y) > 44) &&
          clusters.every((c) => Math.hypot(c.x - d.x, c.y - d.y) > 44) &&
          document.elementFromPoint(r.left + d.x + 10, r.top + d.y + 11) === canvas,
      );
      return { alone };
    });
    expect(city.alone, 'a city dot on its own').toBeDefined();
    const dot = city.alone!;
    const off = await onMap(page, dot.x + 10, dot.y + 11); // 14.9 px from the dot's centre
    await page.touchscreen.tap(off.x, off.y);
    await expect.poll(() => selected(page)).toBe(dot.id);
    expect(atlas.errors).toEqual([]);
  });

  it('a tap on an arc opens its card inside the map box; a tap elsewhere or Escape closes it', async () => {
    atlas = await openAtlas(`${QUERY}&period=1991-1999`, { viewport: VIEWPORT, touch: true });
    const { page } = atlas;
    await waitForMapIdle(page);
    // The arc whose middle lies farthest from every other arc, on the map (not under the legend).
    const target = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).atlasMap;
      const canvas = map.getCanvas();
      const r = canvas.getBoundingClientRect();
      const paths = [...document.querySelectorAll<SVGPathElement>('[data-testid="arc-overlay"] path[data-partnership-id]')];
      const toPage = (p: SVGPathElement, at: number) => {
        const pt = p.getPointAtLength(at);
        const m = p.getScreenCTM()!;
        return { x: m.a * pt.x + m.c * pt.y + m.e, y: m.b * pt.x + m.d * pt.y + m.f };
      };
      const samples = paths.map((p) => {
        const len = p.getTotalLength();
        return Array.from({ length: 101 }, (_, i) => toPage(p, (len * i) / 100));
      });
      let best: { id: string; x: number; y: number; gap: number } | null = null;
      paths.forEach((p, i) => {
        const mid = toPage(p, p.getTotalLength() * 0.45);
        if (document.elementFromPoint(mid.x, mid.y) !== canvas) return;
        let gap = Infinity;
        samples.forEach((s, j) => {
          if (j !== i) for (const q of s) gap = Math.min(gap, Math.hypot(q.x - mid.x, q.y - mid.y));
        });
        if (!best || gap > best.gap) best = { id: p.dataset.partnershipId!, x: mid.x, y: mid.y, gap };
      });
      return { best: best as { id: string; x: number; y: number; gap: number } | null, box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
    });
    expect(target.best, 'an arc on the map').not.toBeNull();
    expect(target.best!.gap).toBeGreaterThan(10);
    const { id, x, y } = target.best!;
    await page.touchscreen.tap(x + 2, y + 2);
    const card = page.getByTestId('arc-card');
    await expect.poll(() => card.count()).toBe(1);
    // The same sentence a mouse reads on hover: the European end → the Chinese end.
    const p = bundle.partnerships.find((q: { id: string }) => q.id === id);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(`→ ${placeName(p.cnUnit)}`);
    if (p.euUnit) expect(text).toContain(`${placeName(p.euUnit)} →`);
    // Whole and inside the map box.
    const b = (await card.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(target.box.left - 0.5);
    expect(b.y).toBeGreaterThanOrEqual(target.box.top - 0.5);
    expect(b.x + b.width).toBeLessThanOrEqual(target.box.right + 0.5);
    expect(b.y + b.height).toBeLessThanOrEqual(target.box.bottom + 0.5);
    expect(await card.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // It stays (no hover on touch to keep it up)…
    await page.waitForTimeout(500);
    expect(await card.isVisible()).toBe(true);
    // …until a tap elsewhere: a spot on the map with no place, marker or arc within 20 px.
    const empty = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).atlasMap;
      const canvas = map.getCanvas();
      const r = canvas.getBoundingClientRect();
      const arcPoints = [...document.querySelectorAll<SVGPathElement>('[data-testid="arc-overlay"] path[data-partnership-id]')].flatMap((p) => {
        const len = p.getTotalLength();
        const m = p.getScreenCTM()!;
        return Array.from({ length: 201 }, (_, i) => {
          const pt = p.getPointAtLength((len * i) / 200);
          return { x: m.a * pt.x + m.c * pt.y + m.e, y: m.b * pt.x + m.d * pt.y + m.f };
        });
      });
      for (let y = 20; y < r.height - 20; y += 10) {
        for (let x = 20; x < r.width - 20; x += 10) {
          if (document.elementFromPoint(r.left + x, r.top + y) !== canvas) continue;
          const box: [[number, number], [number, number]] = [
            [x - 20, y - 20],
            [x + 20, y + 20],
          ];
          if (map.queryRenderedFeatures(box, { layers: ['regions-fill', 'cities'] }).length) continue;
          if ([...document.querySelectorAll<SVGGElement>('[data-testid="clusters"] g.cluster')].map((g) => { const [x, y] = g.getAttribute('transform')!.slice(10, -1).split(',').map(Number); return { x, y, count: Number(g.dataset.count) }; }).some((c) => Math.abs(c.x - x) < 20 + 17 && Math.abs(c.y - y) < 20 + 17)) continue;
          if (arcPoints.some((q) => Math.hypot(q.x - r.left - x, q.y - r.top - y) < 20)) continue;
          return { x: r.left + x, y: r.top + y };
        }
      }
      throw new Error('no empty spot on the map');
    });
    await page.touchscreen.tap(empty.x, empty.y);
    await expect.poll(() => card.count()).toBe(0);
    // Again, then Escape.
    await page.touchscreen.tap(x + 2, y + 2);
    await expect.poll(() => card.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(atlas.errors).toEqual([]);
  });

  it('shows a cluster count on the crowded east coast at the opening zoom; a tap on it zooms in', async () => {
    atlas = await openAtlas(QUERY, { viewport: VIEWPORT, touch: true });
    const { page } = atlas;
    await waitForMapIdle(page);
    const clusters = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).atlasMap;
      // The counts as drawn (map/ClusterLayer.svelte, above the map's canvas), with the text on screen.
      return [...document.querySelectorAll<SVGGElement>('[data-testid="clusters"] g.cluster')]
        .map((g) => {
          const [x, y] = g.getAttribute('transform')!.slice(10, -1).split(',').map(Number);
          return { lng: map.unproject([x, y]).lng, count: Number(g.dataset.count), text: g.textContent, x, y };
        })
        .filter((c) => c.lng > 105 && c.text === String(c.count));
    });
    expect(clusters.length).toBeGreaterThan(0);
    const biggest = clusters.sort((a, b) => b.count - a.count)[0];
    expect(biggest.count).toBeGreaterThan(5);
    const zoom = () => page.evaluate(() => (window as unknown as MapWindow).atlasMap.getZoom());
    const before = await zoom();
    const tap = await onMap(page, biggest.x, biggest.y);
    await page.touchscreen.tap(tap.x, tap.y);
    await expect.poll(zoom, { timeout: 5000 }).toBeGreaterThan(before + 0.9);
    await waitForMapIdle(page);
    // Closer in, the cluster has broken up: more markers stand alone where it was.
    const after = await page.evaluate(() => (window as unknown as MapWindow).atlasMap.queryRenderedFeatures({ layers: ['cities'] }).filter((f) => f.state.shown).length);
    expect(after).toBeGreaterThan(1);
    expect(atlas.errors).toEqual([]);
  });

  it('a two-finger pinch zooms the map; the embed keeps cooperative gestures', async () => {
    atlas = await openAtlas('?embed', { viewport: VIEWPORT, touch: true });
    const { page } = atlas;
    await waitForMapIdle(page);
    const zoom = () => page.evaluate(() => (window as unknown as MapWindow).atlasMap.getZoom());
    const before = await zoom();
    // Two fingers on the map's free upper right, spreading from 20 to 100 px apart (5×: about 2.3 zoom levels).
    const c = await onMap(page, VIEWPORT.width * 0.85, 60);
    const cdp = await page.context().newCDPSession(page);
    const fingers = (d: number) => [
      { x: c.x - d, y: c.y, id: 0 },
      { x: c.x + d, y: c.y, id: 1 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(10) });
    for (let d = 14; d <= 50; d += 4) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
      await page.waitForTimeout(30);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(zoom).toBeGreaterThan(before + 1);
    const gestures = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).atlasMap;
      return { pinch: map.touchZoomRotate.isEnabled(), cooperative: map.cooperativeGestures.isEnabled() };
    });
    expect(gestures).toEqual({ pinch: true, cooperative: true });
    expect(atlas.errors).toEqual([]);
  });
});
