/**
 * What the shading and the names say (issue 14, items 5 and 7), read off the map as drawn:
 * 0 is the land's own tint, with a swatch of its own in the legend; every class of counts the
 * legend lists is the colour its units have on the map, faintest to strongest, in both themes;
 * the provinces the issue found hidden (Beijing, Shandong, Anhui) and some European regions are named.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { contrast, rgb } from '../../src/lib/map/choropleth.ts';
import { DARK, LIGHT } from '../../src/lib/map/style.ts';

type MapWindow = Window & {
  atlasMap: import('maplibre-gl').Map;
  atlasState: { byUnit: Map<string, number> };
};

interface Swatch {
  lo: number;
  hi: number;
  colour: string;
}

/** The legend's shading key, left to right. */
const swatches = (atlas: AtlasPage) =>
  atlas.page.$$eval('[data-testid="legend"] [data-testid="shading-swatch"]', (els) =>
    els.map((e) => ({ lo: Number(e.getAttribute('data-lo')), hi: Number(e.getAttribute('data-hi')), colour: e.getAttribute('data-colour')! })),
  );

/**
 * For each unit on screen: its count in the view and the colour most of its own pixels have on the
 * map's canvas (the arcs are an overlay above it; dots and names are outvoted by the fill). Read while
 * the frame is still in the drawing buffer.
 */
const unitColours = (atlas: AtlasPage) =>
  atlas.page.evaluate(async () => {
    const w = window as unknown as MapWindow;
    const map = w.atlasMap;
    const canvas = map.getCanvas();
    const step = 10;
    // Pixels under a cluster's translucent circle are left out: they are not the fill alone (a dot's few are outvoted).
    // The atlas draws the clusters above the map (map/ClusterLayer.svelte): read where from its drawing.
    const marks = [...document.querySelectorAll<SVGGElement>('[data-testid="clusters"] g.cluster')].map((g) => { const [x, y] = g.getAttribute('transform')!.slice(10, -1).split(',').map(Number); return { x, y, count: Number(g.dataset.count) }; }).map((c) => [c.x, c.y, 19] as const);
    const hits = new Map<string, [number, number][]>();
    for (let y = step; y < canvas.clientHeight; y += step)
      for (let x = step; x < canvas.clientWidth; x += step) {
        if (marks.some(([mx, my, r]) => (mx - x) ** 2 + (my - y) ** 2 < r * r)) continue;
        const f = map.queryRenderedFeatures([x, y], { layers: ['regions-fill'] })[0];
        if (!f) continue;
        const id = String(f.properties.id);
        if (!hits.has(id)) hits.set(id, []);
        hits.get(id)!.push([x, y]);
      }
    const pixels = await new Promise<Uint8Array>((resolve) => {
      map.once('render', () => {
        const gl = canvas.getContext('webgl2')!;
        const px = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
        gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, px);
        resolve(px);
      });
      map.triggerRepaint();
    });
    const r = canvas.width / canvas.clientWidth;
    const out: { id: string; count: number; points: number; share: number; colour: number[] }[] = [];
    for (const [id, points] of hits) {
      const votes = new Map<string, number>();
      for (const [x, y] of points) {
        const i = ((canvas.height - 1 - Math.round(y * r)) * canvas.width + Math.round(x * r)) * 4;
        const key = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`;
        votes.set(key, (votes.get(key) ?? 0) + 1);
      }
      const [best] = [...votes].sort((a, b) => b[1] - a[1]);
      out.push({ id, count: w.atlasState.byUnit.get(id) ?? 0, points: points.length, share: best[1] / points.length, colour: best[0].split(',').map(Number) });
    }
    return out;
  });

/** The fill as drawn: the swatch's colour at the fill's opacity (0.85) over the land. */
const drawn = (colour: string, land: string) => rgb(colour).map((c, k) => 0.85 * c + 0.15 * rgb(land)[k]);

const placedNames = (atlas: AtlasPage) =>
  atlas.page.evaluate(() => [...new Set((window as unknown as MapWindow).atlasMap.queryRenderedFeatures({ layers: ['region-labels'] }).map((f) => String(f.properties.name)))]);

describe('the shading reads right and the names are there', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  for (const [theme, palette, query] of [
    ['light', LIGHT, '?period=all'],
    ['dark', DARK, '?period=all&dark=true'],
  ] as const) {
    it(`${theme}: the legend's swatches are the map's colours, none first, then each class more salient than the last`, { timeout: 120_000 }, async () => {
      atlas = await openAtlas(query);
      await waitForMapIdle(atlas.page);
      const key: Swatch[] = await swatches(atlas);

      // A swatch for none, the land's own tint, then the classes from 1 to the view's maximum.
      expect(key[0]).toEqual({ lo: 0, hi: 0, colour: palette.land });
      expect(key[1].lo).toBe(1);
      expect(key.length).toBeGreaterThanOrEqual(4);
      const max = Math.max(...(await atlas.page.evaluate(() => [...(window as unknown as MapWindow).atlasState.byUnit.values()])));
      expect(key.at(-1)!.hi).toBe(max);
      // Order: each swatch stands further from the land than the one before.
      const salience = key.map((s) => contrast(s.colour, palette.land));
      for (let i = 1; i < key.length; i++) expect(salience[i], `${key[i].lo}–${key[i].hi}`).toBeGreaterThan(salience[i - 1]);

      // The names the issue found hidden under dots and arcs are placed.
      const names = await placedNames(atlas);
      expect(names).toContain('Beijing');
      expect(names).toContain('Shandong');
      // On the map, closer in on China (the legend's classes are the view's, not the camera's), where the
      // units are large enough to read: a unit with no partnership is the none swatch's colour, and a unit
      // of every class the view holds is its class's colour (as drawn at the fill's opacity over the land).
      // Units with enough of their fill on screen to tell its colour: a few samples, most of them alike.
      await atlas.page.evaluate(() => (window as unknown as MapWindow).atlasMap.jumpTo({ center: [112, 33], zoom: 4 }));
      await waitForMapIdle(atlas.page);
      const units = (await unitColours(atlas)).filter((u) => u.points >= 5 && u.share >= 0.5);
      const none = units.find((u) => u.count === 0);
      expect(none, 'a unit with no partnership on screen').toBeDefined();
      const checked: string[] = [];
      for (const s of key) {
        const unit = units.filter((u) => u.count >= s.lo && u.count <= s.hi).sort((a, b) => b.points - a.points)[0];
        if (!unit) continue;
        const want = drawn(s.colour, palette.land);
        unit.colour.forEach((c, k) => expect(Math.abs(c - want[k]), `${unit.id} (${unit.count}) in ${s.lo}–${s.hi}`).toBeLessThanOrEqual(3));
        checked.push(`${s.lo}-${s.hi}`);
      }
      // None, 1 and the top class at least.
      expect(checked).toContain('0-0');
      expect(checked).toContain('1-1');
      expect(checked).toContain(`${key.at(-1)!.lo}-${key.at(-1)!.hi}`);

      expect(atlas.errors).toEqual([]);
    });
  }

  it('at 1920 × 1080 the opening view names Anhui too, and European regions that hold partnerships', { timeout: 120_000 }, async () => {
    atlas = await openAtlas('?period=all', { viewport: { width: 1920, height: 1080 } });
    await waitForMapIdle(atlas.page);
    const names = await placedNames(atlas);
    for (const n of ['Beijing', 'Shandong', 'Anhui']) expect(names).toContain(n);
    const european = await atlas.page.evaluate(() =>
      (window as unknown as MapWindow).atlasMap.queryRenderedFeatures({ layers: ['region-labels'] }).filter((f) => f.properties.side === 'eu').map((f) => String(f.properties.name)),
    );
    expect(european.length).toBeGreaterThanOrEqual(5);
    expect(european).toContain('Scotland');
    expect(atlas.errors).toEqual([]);
  });
});
