import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { classOf, countClasses } from '../../src/lib/map/choropleth.ts';

const root = path.resolve(import.meta.dirname, '../..');

type MapWindow = Window & { atlasMap: import('maplibre-gl').Map };

describe('the map in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('reaches idle with WebGL2, renders the units, names a hovered region, stays on 127.0.0.1', async () => {
    atlas = await openAtlas();
    const { page } = atlas;
    const idleAt = await waitForMapIdle(page);
    console.log(`[e2e] map idle ${idleAt.toFixed(0)} ms after navigation start`);
    // The README's screenshot is taken here; ATLAS_UPDATE_SCREENSHOT=1 copies it to docs/.
    fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
    const shot = path.join(root, 'test-results/screenshot.png');
    await page.screenshot({ path: shot });
    if (process.env.ATLAS_UPDATE_SCREENSHOT) fs.copyFileSync(shot, path.join(root, 'docs/screenshot.png'));

    const info = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).atlasMap;
      const canvas = map.getCanvas();
      const ids = new Set(map.queryRenderedFeatures({ layers: ['regions-fill'] }).map((f) => f.properties.id));
      return {
        webgl2: canvas.getContext('webgl2') !== null,
        regionIds: [...ids],
        countries: map.queryRenderedFeatures({ layers: ['countries-fill'] }).length,
        bounds: map.getBounds().toArray(),
      };
    });
    expect(info.webgl2).toBe(true);
    // Both ends are on screen: European units and Chinese provinces are rendered.
    expect(info.regionIds).toEqual(expect.arrayContaining(['DE2', 'FRK', 'ES41', 'ITI2', 'PL71', 'UKM', 'CN-SC', 'CN-SD', 'CN-GD']));
    expect(info.regionIds.length).toBeGreaterThan(100);
    expect(info.countries).toBeGreaterThan(20);
    // The opening view holds Europe (west of Lisbon) and China (east of Shanghai).
    expect(info.bounds[0][0]).toBeLessThan(-9);
    expect(info.bounds[1][0]).toBeGreaterThan(122);

    // Hover Bavaria at its label anchor: the label names it (few arcs on screen, none across Bavaria).
    await page.goto(atlas.baseUrl + '?period=1991-1999&country=PL');
    await waitForMapIdle(page);
    const target = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).atlasMap;
      const src = map.getSource('region-labels') as unknown as { _data: { geojson?: GeoJSON.FeatureCollection } & GeoJSON.FeatureCollection };
      const data = src._data.geojson ?? src._data;
      const f = data.features.find((x) => x.properties?.id === 'DE2');
      if (!f || f.geometry.type !== 'Point') throw new Error('no label for DE2');
      const p = map.project(f.geometry.coordinates as [number, number]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    await page.mouse.move(target.x - 5, target.y - 5);
    await page.mouse.move(target.x, target.y, { steps: 3 });
    // Its name, kind and count in the view (issue 14: a place's tooltip says what it is and what the view holds of it).
    await expect.poll(() => page.getByTestId('hover-label').textContent()).toBe('Bavaria · region · 0 partnerships in 1991–1999');

    // The map follows the window size.
    const widthBefore = await page.evaluate(() => (window as unknown as MapWindow).atlasMap.getCanvas().clientWidth);
    await page.setViewportSize({ width: 900, height: 600 });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const canvas = (window as unknown as MapWindow).atlasMap.getCanvas();
          return canvas.clientWidth === document.querySelector('[data-testid="map"]')!.clientWidth ? canvas.clientWidth : -1;
        }),
      )
      .toBeLessThan(widthBefore);
    expect(await page.evaluate(() => (window as unknown as MapWindow).atlasMap.getCanvas().clientWidth)).toBeGreaterThan(0);

    // …and its container's size alone (a panel taking room, the window unchanged).
    await page.evaluate(() => ((document.querySelector('[data-testid="map"]')!.parentElement as HTMLElement).style.flex = '0 0 420px'));
    await expect.poll(() => page.evaluate(() => (window as unknown as MapWindow).atlasMap.getCanvas().clientWidth)).toBe(420);

    expect(atlas.errors).toEqual([]);
    // Nor any warning: a load, a hover and two resizes leave the console clean (issue 14 saw four on every load).
    expect(atlas.warnings).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
  it('colours units by their count from the first tiles drawn, and recolours them on a period step', async () => {
    atlas = await openAtlas('?period=2014-2017', {
      // Whatever the choropleth holds when the map first reports 'load' (its first tiles drawn).
      setup: (context) =>
        context.addInitScript(() => {
          let map: import('maplibre-gl').Map | undefined;
          Object.defineProperty(window, 'atlasMap', {
            configurable: true,
            get: () => map,
            set(m: import('maplibre-gl').Map) {
              map = m;
              m.once('load', () => {
                const ids = [...new Set(m.querySourceFeatures('regions').map((f) => String(f.properties.id)))];
                (window as unknown as { stateAtLoad: number }).stateAtLoad = ids.filter((id) => (m.getFeatureState({ source: 'regions', id }).count ?? 0) > 0).length;
              });
            },
          });
        }),
    });
    const { page } = atlas;
    await waitForMapIdle(page);
    /** The view's counts per unit with a polygon, the unit with the most, and what the map holds for each. */
    const look = () =>
      page.evaluate(async () => {
        const w = window as unknown as MapWindow & { atlasState: { byUnit: Map<string, number>; places: Map<string, { coord: [number, number] }> } };
        const map = w.atlasMap;
        const ids = [...new Set(map.querySourceFeatures('regions').map((f) => String(f.properties.id)))];
        const counts = ids.map((id) => [id, w.atlasState.byUnit.get(id) ?? 0] as const);
        const top = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
        const states = Object.fromEntries(ids.map((id) => [id, map.getFeatureState({ source: 'regions', id })]));
        /**
         * The map's own pixels in a 15 px square at a place (its label sits on the point itself), read
         * while the frame is still in the drawing buffer: the reddest of them.
         */
        const pixel = (id: string) =>
          new Promise<number[]>((resolve) => {
            const p = map.project(w.atlasState.places.get(id)!.coord);
            map.once('render', () => {
              const gl = map.getCanvas().getContext('webgl2')!;
              const r = window.devicePixelRatio;
              const size = Math.round(15 * r);
              const px = new Uint8Array(size * size * 4);
              gl.readPixels(Math.round((p.x - 7) * r), gl.drawingBufferHeight - Math.round((p.y + 8) * r), size, size, gl.RGBA, gl.UNSIGNED_BYTE, px);
              let best = [0, 0, 0, 0];
              for (let i = 0; i < px.length; i += 4) if (px[i] - px[i + 2] > best[0] - best[2]) best = [...px.subarray(i, i + 4)];
              resolve(best);
            });
            map.triggerRepaint();
          });
        return { counts, top, states, topPixel: await pixel(top[0]), stateAtLoad: (w as unknown as { stateAtLoad: number }).stateAtLoad };
      });
    const now = await look();
    const coloured = now.counts.filter(([, n]) => n > 0);
    expect(coloured.length).toBeGreaterThan(5);
    // Every unit holds its count, and the ramp step of its class: 1 the faintest (0), the view's maximum the strongest (4).
    const classes = countClasses(now.top[1]);
    for (const [id, n] of now.counts) {
      expect(now.states[id].count ?? 0).toBe(n);
      if (n > 0) expect(now.states[id].step).toBe(classOf(n, classes)!.step);
    }
    expect(now.states[now.top[0]].step).toBe(4);
    expect(now.stateAtLoad).toBe(coloured.length);
    // The top unit is drawn in the ramp's deep red, not the land's tint.
    const [r, g, b] = now.topPixel;
    expect(r - g).toBeGreaterThan(60);
    expect(r - b).toBeGreaterThan(60);

    // A step: units that leave the view go back to zero, the others take their new counts.
    await page.locator('button[data-period="1982-1989"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { atlasState: { view: { period: string } } }).atlasState.view.period)).toBe('1982-1989');
    const then = await look();
    expect(then.counts).not.toEqual(now.counts);
    for (const [id, n] of then.counts) expect(then.states[id].count ?? 0).toBe(n);
    expect(atlas.errors).toEqual([]);
  });
});
