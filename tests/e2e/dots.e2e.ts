/**
 * The view's clusters, computed and drawn by the atlas (issue 16, "Faster period steps"), in a real Chromium
 * at 1280 × 800: a period step at the opening view writes no MapLibre source (none re-tiles); each cluster is
 * drawn where supercluster (with MapLibre's own options) and the map's projection put it, after a pan and a
 * zoom too; and its count is the number of shown dots in it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import Supercluster from 'supercluster';
import { CLUSTER_OPTIONS, WORLD } from '../../src/lib/map/clusters.ts';
import { countBox } from '../../src/lib/map/count-room.ts';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

type DotsWindow = Window & {
  atlasMap: import('maplibre-gl').Map;
  atlasState: { set(patch: Record<string, unknown>): void; view: { period: string } };
  sourceWrites?: string[];
};
type Dot = GeoJSON.Feature<GeoJSON.Point, { id: string }>;

let atlas: AtlasPage | undefined;
afterEach(async () => {
  await atlas?.close();
  atlas = undefined;
});

/** The clusters as drawn (map/ClusterLayer.svelte): centre, count, and the count's text on screen. */
const drawnClusters = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<SVGGElement>('[data-testid="clusters"] g.cluster')].map((g) => {
      const [x, y] = g.getAttribute('transform')!.slice(10, -1).split(',').map(Number);
      return { x, y, count: Number(g.dataset.count), text: g.textContent, r: Number(g.querySelector('circle')!.getAttribute('r')) };
    }),
  );

/** The shown dots (feature-state `shown` in the dots' source), the map's zoom, and a projector for points. */
const shownDots = (page: Page) =>
  page.evaluate(async () => {
    const map = (window as unknown as DotsWindow).atlasMap;
    const data = (await (map.getSource('cities') as unknown as { getData(): Promise<GeoJSON.FeatureCollection<GeoJSON.Point>> }).getData()) as GeoJSON.FeatureCollection<GeoJSON.Point>;
    const dots = data.features.filter((f) => map.getFeatureState({ source: 'cities', id: String(f.properties!.id) }).shown);
    return { dots: dots.map((f) => ({ type: 'Feature', properties: { id: String(f.properties!.id) }, geometry: f.geometry })) as Dot[], zoom: map.getZoom() };
  });

/** Where supercluster (MapLibre's options) puts the clusters of the shown dots at the map's zoom, projected by the map, with their dots. */
async function expectedClusters(page: Page) {
  const { dots, zoom } = await shownDots(page);
  const index = new Supercluster<{ id: string }>({ ...CLUSTER_OPTIONS }).load(dots);
  const clusters = index
    .getClusters(WORLD, Math.floor(zoom))
    .filter((f) => (f.properties as { cluster?: boolean }).cluster)
    .map((f) => ({ coord: f.geometry.coordinates as [number, number], count: Number((f.properties as { point_count: number }).point_count), leaves: index.getLeaves(Number((f.properties as { cluster_id: number }).cluster_id), Infinity).map((l) => l.properties.id) }));
  const points = await page.evaluate((coords) => coords.map((c) => (window as unknown as DotsWindow).atlasMap.project(c)), clusters.map((c) => c.coord));
  const { width, height } = await page.evaluate(() => {
    const c = (window as unknown as DotsWindow).atlasMap.getCanvas();
    return { width: c.clientWidth, height: c.clientHeight };
  });
  return { dots, clusters: clusters.map((c, i) => ({ ...c, x: points[i].x, y: points[i].y })).filter((c) => c.x > -20 && c.y > -20 && c.x < width + 20 && c.y < height + 20) };
}

/** Every drawn cluster within 1 px of where it is expected, with the same count, and none missing. */
async function expectClustersInPlace(page: Page, what: string, some = true) {
  await waitForMapIdle(page);
  const drawn = await drawnClusters(page);
  const { dots, clusters } = await expectedClusters(page);
  if (some) expect(clusters.length, what).toBeGreaterThan(0);
  expect(drawn.length, what).toBe(clusters.length);
  const shown = new Set(dots.map((d) => d.properties.id));
  for (const c of clusters) {
    const d = drawn.find((o) => Math.hypot(o.x - c.x, o.y - c.y) <= 1);
    expect(d, `${what}: a cluster drawn within 1 px of (${c.x.toFixed(1)}, ${c.y.toFixed(1)})`).toBeDefined();
    // Its count is the number of shown dots in it, written on it.
    expect(d!.count, what).toBe(c.leaves.length);
    expect(c.leaves.every((id) => shown.has(id)), what).toBe(true);
    expect(d!.text, what).toBe(String(c.leaves.length));
  }
  return drawn;
}

describe('the clusters drawn by the atlas', () => {
  it('makes no MapLibre source re-tile during five period steps at the opening view', async () => {
    atlas = await openAtlas('?period=2014-2017');
    const { page } = atlas;
    await waitForMapIdle(page);
    // Every source's setData and updateData, counted from now on.
    await page.evaluate(() => {
      const w = window as unknown as DotsWindow;
      w.sourceWrites = [];
      for (const id of Object.keys(w.atlasMap.getStyle().sources)) {
        const s = w.atlasMap.getSource(id) as unknown as Record<string, (...a: unknown[]) => unknown>;
        for (const k of ['setData', 'updateData']) {
          const original = s[k].bind(s);
          s[k] = (...a: unknown[]) => {
            w.sourceWrites!.push(`${id}.${k}`);
            return original(...a);
          };
        }
      }
    });
    const before = await drawnClusters(page);
    const seen = new Set<string>([JSON.stringify(before.map((c) => c.count))]);
    for (const period of ['1982-1989', '1991-1999', '2000-2007', '2010-2012', '2014-2017']) {
      await page.evaluate((p) => document.querySelector<HTMLButtonElement>(`button[data-period="${p}"]`)!.click(), period);
      await expect.poll(() => page.evaluate(() => (window as unknown as DotsWindow).atlasState.view.period), { timeout: 5000 }).toBe(period);
      await waitForMapIdle(page);
      seen.add(JSON.stringify((await drawnClusters(page)).map((c) => c.count)));
    }
    expect(await page.evaluate(() => (window as unknown as DotsWindow).sourceWrites)).toEqual([]);
    // The steps did change the clusters (the counting meant something): the clusters follow the view.
    expect(seen.size).toBeGreaterThan(1);
    // The wrapping itself counts: a write made now is seen.
    await page.evaluate(() => (window as unknown as DotsWindow).atlasMap.jumpTo({ zoom: 5 }));
    await expect.poll(() => page.evaluate(() => (window as unknown as DotsWindow).sourceWrites!.length), { timeout: 5000 }).toBeGreaterThan(0);
    expect(atlas.errors).toEqual([]);
  });

/**
 * No name runs under a cluster's count (the counts are drawn above the map, outside MapLibre's label
 * collision): where a count's box meets a name MapLibre placed (province or city), the count is left out (its
 * text not displayed), and every count left out stands on a name. Measured on screen: the text's own box.
 */
async function expectNamesClear(page: Page, what: string) {
  await waitForMapIdle(page);
  const check = () =>
    page.evaluate(() => {
      const map = (window as unknown as DotsWindow).atlasMap;
      const r = map.getCanvas().getBoundingClientRect();
      return [...document.querySelectorAll<SVGGElement>('[data-testid="clusters"] g.cluster')].map((g) => {
        const text = g.querySelector('text')!;
        const shown = getComputedStyle(text).display !== 'none';
        const [x, y] = g.getAttribute('transform')!.slice(10, -1).split(',').map(Number);
        return { id: g.dataset.id, count: Number(g.dataset.count), x, y, shown, box: shown ? (({ left, top, right, bottom }) => ({ left: left - r.left, top: top - r.top, right: right - r.left, bottom: bottom - r.top }))(text.getBoundingClientRect()) : null };
      });
    });
  const names = (boxes: { left: number; top: number; right: number; bottom: number }[]) =>
    page.evaluate((boxes) => boxes.map((b) => (window as unknown as DotsWindow).atlasMap.queryRenderedFeatures([[b.left, b.top], [b.right, b.bottom]], { layers: ['region-labels', 'city-labels'] }).map((f) => String(f.properties.name))), boxes);
  let clusters = await check();
  await expect
    .poll(
      async () => {
        clusters = await check();
        // Each count drawn: its text's box on screen meets no name.
        const drawn = await names(clusters.filter((c) => c.shown).map((c) => c.box!));
        return drawn.flat();
      },
      { timeout: 10_000, message: what },
    )
    .toEqual([]);
  // Each count left out would have stood on a name (the box it would take, count-room.ts).
  const left = clusters.filter((c) => !c.shown);
  const under = await names(left.map((c) => countBox(c, 12, 2)));
  under.forEach((n, i) => expect(n.length, `${what}: cluster ${left[i].id} (${left[i].count}) left without its count stands on a name`).toBeGreaterThan(0));
  return { shown: clusters.filter((c) => c.shown).length, left: left.length };
}

  it('draws each cluster within 1 px of where supercluster and the map put it, with its dots’ count, after a pan and a zoom too', async () => {
    atlas = await openAtlas('?period=all');
    const { page } = atlas;
    const opening = await expectClustersInPlace(page, 'opening view');
    expect(opening.some((c) => c.count > 5), 'a crowded cluster on the Chinese coast').toBe(true);
    // Names first: at the opening view a count that would sit on a province's name is left out, the others drawn.
    const room = await expectNamesClear(page, 'opening view');
    expect(room.shown + room.left, 'clusters at the opening view').toBe(opening.length);
    // The pointer on a cluster (where no dot of its own is nearer) names it; a click zooms in on it.
    const { dots } = await shownDots(page);
    const dotPoints = await page.evaluate((coords) => coords.map((c) => (window as unknown as DotsWindow).atlasMap.project(c)), dots.map((d) => d.geometry.coordinates as [number, number]));
    const target = opening.filter((c) => dotPoints.every((p) => Math.hypot(p.x - c.x, p.y - c.y) > 8)).sort((a, b) => b.count - a.count)[0];
    expect(target, 'a cluster with no dot under its centre').toBeDefined();
    const rect = await page.evaluate(() => {
      const r = (window as unknown as DotsWindow).atlasMap.getCanvas().getBoundingClientRect();
      return { left: r.left, top: r.top };
    });
    await page.mouse.move(rect.left + target.x - 4, rect.top + target.y, { steps: 2 });
    await page.mouse.move(rect.left + target.x, rect.top + target.y, { steps: 2 });
    await expect.poll(() => page.getByTestId('hover-label').textContent(), { timeout: 5000 }).toContain(`${target.count} places here`);
    const zoom = () => page.evaluate(() => (window as unknown as DotsWindow).atlasMap.getZoom());
    const z0 = await zoom();
    await page.mouse.click(rect.left + target.x, rect.top + target.y);
    await expect.poll(zoom, { timeout: 5000 }).toBeGreaterThan(z0 + 0.9);
    await page.evaluate((z) => (window as unknown as DotsWindow).atlasMap.jumpTo({ zoom: z }), z0);
    await expectClustersInPlace(page, 'back at the opening zoom');
    await page.evaluate(() => (window as unknown as DotsWindow).atlasMap.panBy([-180, 60], { duration: 0 }));
    await expectClustersInPlace(page, 'after a pan');
    await expectNamesClear(page, 'after a pan');
    await page.evaluate(() => (window as unknown as DotsWindow).atlasMap.jumpTo({ center: [116, 32], zoom: 3.6 }));
    await expectClustersInPlace(page, 'after a zoom');
    await expectNamesClear(page, 'after a zoom');
    // A step while closer in: the clusters follow the view there too (fewer dots: perhaps none crowd there).
    const before = await drawnClusters(page);
    await page.evaluate(() => (window as unknown as DotsWindow).atlasState.set({ period: '2010-2012' }));
    await expect.poll(() => page.evaluate(() => (window as unknown as DotsWindow).atlasState.view.period), { timeout: 5000 }).toBe('2010-2012');
    const after = await expectClustersInPlace(page, 'after a step at zoom 3.6', false);
    expect(after.map((c) => c.count)).not.toEqual(before.map((c) => c.count));
    expect(atlas.errors).toEqual([]);
  });
});
