/**
 * What the pointer picks on a crowded map (issue 14, items 1, 2 and 8), in a real Chromium at 1280 × 800:
 * a pointer on each crowded place names that place and a click opens it; hover and click act on the
 * same thing; the dots drawn are the ends of the arcs shown; tooltips stay inside the map; a selection
 * is brought into view and marked, and a place with no arc in the view gets a note.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

interface Arc {
  euEnd: string;
  cnEnd: string;
  countryAnchored: boolean;
}
type PickWindow = Window & {
  atlasMap: import('maplibre-gl').Map;
  atlasState: {
    view: { select: string | null; period: string };
    hoverPlace: string | null;
    arcs: Arc[];
    places: Map<string, { coord: [number, number]; hasGeometry: boolean; name: string }>;
    select(id: string | null): void;
    set(patch: Record<string, unknown>): void;
  };
};

const bundle = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../public/data/bundle.json'), 'utf8'));
const place = (id: string): { id: string; name: string; hasGeometry: boolean } => bundle.places.find((p: { id: string }) => p.id === id);

/** The crowded places of issue 14: point places near their provinces' anchors, regions near each other. */
const CROWDED = ['cn.chengdu', 'PL71', 'PL51', 'cn.jinan', 'CN-SD', 'CN-SC'];

/** A place's point on the page, and whether the map itself is there (no legend or panel over it). */
const pointOf = (page: Page, id: string) =>
  page.evaluate((id) => {
    const w = window as unknown as PickWindow;
    const canvas = w.atlasMap.getCanvas();
    const r = canvas.getBoundingClientRect();
    const p = w.atlasMap.project(w.atlasState.places.get(id)!.coord);
    return { x: r.left + p.x, y: r.top + p.y, onMap: document.elementFromPoint(r.left + p.x, r.top + p.y) === canvas };
  }, id);

const label = (page: Page) => page.getByTestId('hover-label');
const selected = (page: Page) => page.evaluate(() => (window as unknown as PickWindow).atlasState.view.select);
const clear = (page: Page) => page.evaluate(() => (window as unknown as PickWindow).atlasState.select(null));

async function pointAt(page: Page, x: number, y: number) {
  await page.mouse.move(x - 4, y - 3);
  await page.mouse.move(x, y, { steps: 2 });
}

describe('what the pointer picks', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('a pointer on each crowded place names it and a click opens it; Deyang, with no partnership, is neither drawn nor picked', async () => {
    atlas = await openAtlas('?period=all');
    const { page } = atlas;
    await waitForMapIdle(page);
    for (const id of CROWDED) {
      const { name } = place(id);
      const at = await pointOf(page, id);
      expect(at.onMap, `${name} is on the map`).toBe(true);
      await pointAt(page, at.x, at.y);
      // The tooltip names the place, its kind and its count in the view.
      await expect.poll(() => label(page).textContent(), { timeout: 5000 }).toMatch(new RegExp(`^${name} · \\w+ · \\d+ partnerships? in all periods$`));
      expect(await page.evaluate(() => (window as unknown as PickWindow).atlasState.hoverPlace)).toBe(id);
      await page.mouse.click(at.x, at.y);
      await expect.poll(() => selected(page), { timeout: 5000 }).toBe(id);
      await expect.poll(() => page.getByTestId('panel-place').getByRole('heading', { name, exact: true }).count(), { timeout: 5000 }).toBeGreaterThan(0);
      await clear(page);
    }
    // Deyang lies 3 px from Chengdu at this zoom, and has no partnership in any table: no dot, never picked.
    expect(bundle.partnerships.filter((p: { euUnit: string; cnUnit: string }) => p.cnUnit === 'cn.deyang')).toEqual([]);
    // Drawn: the dots with the feature-state `shown` (the others have no radius, fill or stroke).
    const dots = await page.evaluate(() =>
      (window as unknown as PickWindow).atlasMap
        .queryRenderedFeatures({ layers: ['cities'] })
        .filter((f) => f.state.shown)
        .map((f) => String(f.properties.id)),
    );
    expect(dots).toContain('cn.chengdu');
    expect(dots).not.toContain('cn.deyang');
    const deyang = await pointOf(page, 'cn.deyang');
    await pointAt(page, deyang.x, deyang.y);
    await expect.poll(() => label(page).textContent(), { timeout: 5000 }).not.toBeNull();
    expect(await label(page).textContent()).not.toContain('Deyang');
    await page.mouse.click(deyang.x, deyang.y);
    await expect.poll(() => selected(page), { timeout: 5000 }).not.toBeNull();
    expect(await selected(page)).not.toBe('cn.deyang');
    expect(atlas.errors).toEqual([]);
    expect(atlas.warnings).toEqual([]);
  });

  it('hover and click act on the same thing around Sichuan (Chengdu beside it) and Shandong (Jinan beside it): the hovered place opens, the hovered arc is the card', async () => {
    atlas = await openAtlas('?period=all');
    const { page } = atlas;
    await waitForMapIdle(page);
    const seen = new Set<string>();
    for (const id of ['CN-SC', 'CN-SD']) {
      for (const [dx, dy] of [[3, 2], [-12, 0], [18, 9], [-22, -15]]) {
        // A selection eases the camera to the place and its partners (300 ms): point only once the map is still,
        // at where the place is now, as a reader would after the move.
        await waitForMapIdle(page);
        const c = await pointOf(page, id);
        const [x, y] = [c.x + dx, c.y + dy];
        await pointAt(page, x, y);
        const hovered = await page.evaluate(() => ({
          text: document.querySelector('[data-testid="hover-label"]')?.textContent?.trim() ?? null,
          place: (window as unknown as PickWindow).atlasState.hoverPlace,
        }));
        await page.mouse.click(x, y);
        if (hovered.place) {
          await expect.poll(() => selected(page), { timeout: 5000 }).toBe(hovered.place);
          seen.add('place');
        } else if (hovered.text && / → /.test(hovered.text)) {
          await expect.poll(() => page.getByTestId('arc-card').count(), { timeout: 5000 }).toBe(1);
          expect((await page.getByTestId('arc-card').locator('p').textContent())?.trim()).toBe(hovered.text);
          seen.add('arc');
          await page.keyboard.press('Escape');
        } else {
          await expect.poll(() => selected(page), { timeout: 5000 }).toBeNull();
        }
        await clear(page);
      }
    }
    expect(seen.has('place')).toBe(true);
  });

  it('draws the dots of the view: the ends of the arcs shown, in two periods and under a country filter', async () => {
    atlas = await openAtlas('?period=2010-2012');
    const { page } = atlas;
    await waitForMapIdle(page);
    /** The point places the arcs shown end at, and what each dot source holds. */
    const look = () =>
      page.evaluate(async () => {
        const w = window as unknown as PickWindow;
        const expected = new Set<string>();
        for (const a of w.atlasState.arcs) {
          for (const id of [a.countryAnchored ? null : a.euEnd, a.cnEnd]) if (id && !w.atlasState.places.get(id)!.hasGeometry) expected.add(id);
        }
        const ids = async (source: string) => {
          const data = (await (w.atlasMap.getSource(source) as unknown as { getData(): Promise<GeoJSON.FeatureCollection> }).getData()) as GeoJSON.FeatureCollection;
          return data.features.map((f) => String(f.properties!.id)).sort();
        };
        // Every point place is in the dots' source; those drawn have the feature-state `shown`.
        const cities = (await ids('cities')).filter((id) => w.atlasMap.getFeatureState({ source: 'cities', id }).shown);
        const rendered = [...new Set(w.atlasMap.queryRenderedFeatures({ layers: ['cities'] }).filter((f) => f.state.shown).map((f) => String(f.properties.id)))].sort();
        // The dots the atlas clusters (map/clusters.ts) are the shown ones: close in, where none is in a cluster,
        // the city names' source holds every one of them (it holds the dots standing alone). Read there, then back.
        const camera = { center: w.atlasMap.getCenter(), zoom: w.atlasMap.getZoom() };
        w.atlasMap.jumpTo({ zoom: 7.5 });
        await new Promise((resolve) => w.atlasMap.once('idle', resolve));
        const clusters = await ids('city-names');
        w.atlasMap.jumpTo(camera);
        return { expected: [...expected].sort(), cities, clusters, rendered };
      });
    const check = async (what: string) => {
      await waitForMapIdle(page);
      const l = await look();
      expect(l.expected.length, what).toBeGreaterThan(0);
      expect(l.cities, what).toEqual(l.expected);
      expect(l.clusters, what).toEqual(l.expected);
      // Every dot drawn is one of them (those off screen are not drawn).
      expect(l.rendered.filter((id) => !l.expected.includes(id)), what).toEqual([]);
      return l.expected;
    };
    const a = await check('2010–2012');
    await page.evaluate(() => (window as unknown as PickWindow).atlasState.set({ period: '2014-2017' }));
    await expect.poll(() => page.evaluate(() => (window as unknown as PickWindow).atlasState.view.period)).toBe('2014-2017');
    const b = await check('2014–2017');
    expect(b).not.toEqual(a);
    await page.evaluate(() => (window as unknown as PickWindow).atlasState.set({ countries: ['IT'] }));
    const c = await check('2014–2017, Italy');
    expect(c.length).toBeLessThan(b.length);
    expect(atlas.errors).toEqual([]);
  });

  it('keeps a tooltip near the right edge inside the map box', async () => {
    atlas = await openAtlas('?period=all');
    const { page } = atlas;
    await waitForMapIdle(page);
    // Shandong 6 px from the map's right edge (its tooltip is some 300 px long).
    await page.evaluate(() => {
      const w = window as unknown as PickWindow;
      const m = w.atlasMap;
      const c = m.project(w.atlasState.places.get('CN-SD')!.coord);
      m.panBy([c.x - (m.getCanvas().clientWidth - 6), 0], { duration: 0 });
    });
    await waitForMapIdle(page);
    const at = await pointOf(page, 'CN-SD');
    await pointAt(page, at.x, at.y);
    await expect.poll(() => label(page).textContent(), { timeout: 5000 }).toMatch(/^Shandong · /);
    const box = (await label(page).boundingBox())!;
    const map = await page.evaluate(() => {
      const r = (window as unknown as PickWindow).atlasMap.getCanvas().getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
    expect(box.x).toBeGreaterThanOrEqual(map.left - 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(map.right + 0.5);
    expect(box.y).toBeGreaterThanOrEqual(map.top - 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(map.bottom + 0.5);
  });

  it('brings a place selected off screen into view and marks it; a place with no arc in the view is marked and the map says so', async () => {
    atlas = await openAtlas('?period=all#map=5/48/5');
    const { page } = atlas;
    await waitForMapIdle(page);
    expect((await pointOf(page, 'CN-SC')).onMap).toBe(false);
    // As the search or a panel selects it.
    await page.evaluate(() => (window as unknown as PickWindow).atlasState.select('CN-SC'));
    await expect.poll(async () => (await pointOf(page, 'CN-SC')).onMap, { timeout: 10000 }).toBe(true);
    await waitForMapIdle(page);
    const marked = await page.evaluate(() => {
      const w = window as unknown as PickWindow;
      const m = w.atlasMap;
      const p = m.project(w.atlasState.places.get('CN-SC')!.coord);
      return {
        ring: m.queryRenderedFeatures([p.x, p.y + 9], { layers: ['selection-ring'] }).length + m.queryRenderedFeatures([p.x, p.y], { layers: ['selection-ring'] }).length,
        outline: m.getFeatureState({ source: 'region-outlines', id: 'CN-SC' }).selected,
      };
    });
    expect(marked.ring).toBeGreaterThan(0);
    expect(marked.outline).toBe(true);
    // Its arcs stand out; the others are dimmed.
    expect(await page.locator('path.arc.hl').count()).toBeGreaterThan(0);

    // Łódź (the city) has no partnership in 2010–2012: it is drawn, marked, and the map says so.
    await page.evaluate(() => (window as unknown as PickWindow).atlasState.set({ period: '2010-2012', select: 'pl.lodz' }));
    await expect.poll(() => page.getByTestId('map-note').textContent(), { timeout: 5000 }).toBe('Łódź: no partnership in 2010–2012');
    await waitForMapIdle(page);
    const lodz = await page.evaluate(() => {
      const w = window as unknown as PickWindow;
      const m = w.atlasMap;
      const p = m.project(w.atlasState.places.get('pl.lodz')!.coord);
      const box: [[number, number], [number, number]] = [
        [p.x - 10, p.y - 10],
        [p.x + 10, p.y + 10],
      ];
      return {
        dot: m.queryRenderedFeatures(box, { layers: ['cities'] }).some((f) => f.properties.id === 'pl.lodz' && f.state.shown),
        ring: m.queryRenderedFeatures(box, { layers: ['selection-ring'] }).length,
      };
    });
    expect(lodz).toEqual({ dot: true, ring: 1 });
    // Back to a place with arcs: no note.
    await page.evaluate(() => (window as unknown as PickWindow).atlasState.select('PL71'));
    await expect.poll(() => page.getByTestId('map-note').count(), { timeout: 5000 }).toBe(0);
    expect(atlas.errors).toEqual([]);
  });

  it('by touch on a 390 × 844 phone: a tap on Shandong, Jinan or Chengdu opens it, never Deyang', async () => {
    atlas = await openAtlas('?period=all', { viewport: { width: 390, height: 844 }, touch: true });
    const { page } = atlas;
    await waitForMapIdle(page);
    for (const [id, expected] of [
      ['CN-SD', 'CN-SD'],
      ['cn.jinan', 'cn.jinan'],
      ['cn.chengdu', 'cn.chengdu'],
      ['cn.deyang', null],
    ] as const) {
      // The place in the middle of what the sheet leaves seen, at the opening zoom (the crowd as it is).
      await page.evaluate((id) => {
        const w = window as unknown as PickWindow;
        w.atlasState.select(null);
        w.atlasMap.jumpTo({ center: w.atlasState.places.get(id)!.coord });
      }, id);
      await waitForMapIdle(page);
      const at = await pointOf(page, id);
      expect(at.onMap, id).toBe(true);
      await page.touchscreen.tap(at.x, at.y);
      if (expected) await expect.poll(() => selected(page), { timeout: 5000 }).toBe(expected);
      else {
        await page.waitForTimeout(300);
        expect(await selected(page)).not.toBe('cn.deyang');
      }
    }
    expect(atlas.errors).toEqual([]);
  });
});
