import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

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
    await expect.poll(() => page.getByTestId('hover-label').textContent()).toBe('Bavaria');

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

    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
