/**
 * The presenter frames what it talks about (issue 14, item 3): at each step every
 * end of every arc drawn lies on the map, outside the caption card and the legend;
 * a step about one place emphasises it; leaving gives back the reader's address
 * and camera exactly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

type Box = { x: number; y: number; width: number; height: number };

/** A few px of slack: a marker's centre on the very edge of the free area still reads. */
const SLACK = 2;

interface Frame {
  ends: number;
  /** Ends of the arcs drawn, per EU country of the arc. */
  byCountry: Record<string, number>;
  /** Ends off the visible map, or under the card or the legend, with where they are. */
  bad: string[];
  card: Box;
  free: Box;
}

/** Where the ends of the arcs shown are on screen, against the card, the legend and the part of the map on screen. */
function measure(page: Page): Promise<Frame> {
  return page.evaluate((slack) => {
    type LL = [number, number];
    const w = window as unknown as {
      atlasMap: import('maplibre-gl').Map;
      atlasState: { arcs: { from: LL; to: LL; euEnd: string; partnership: { euCountry: string } }[] };
    };
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    };
    const cardEl = document.querySelector('[data-testid="presenter"]')!;
    const card = rect(cardEl);
    // The card and the legend's box (the stage's child that holds the legend), whatever marks them.
    const legendEl = document.querySelector('[data-testid="legend"]')?.closest('[data-testid="presenter"] ~ *, [data-covers-map]');
    const covers = [cardEl, ...(legendEl ? [legendEl] : [])].map(rect);
    const mapBox = rect(w.atlasMap.getContainer());
    const x0 = Math.max(mapBox.x, 0);
    const y0 = Math.max(mapBox.y, 0);
    const seen = { x: x0, y: y0, width: Math.min(mapBox.x + mapBox.width, innerWidth) - x0, height: Math.min(mapBox.y + mapBox.height, innerHeight) - y0 };
    const inBox = (b: { x: number; y: number; width: number; height: number }, x: number, y: number, pad: number) =>
      x >= b.x - pad && x <= b.x + b.width + pad && y >= b.y - pad && y <= b.y + b.height + pad;
    const bad: string[] = [];
    const byCountry: Record<string, number> = {};
    let ends = 0;
    for (const arc of w.atlasState.arcs) {
      for (const [which, ll] of [['eu', arc.from], ['cn', arc.to]] as const) {
        const p = w.atlasMap.project(ll);
        const x = mapBox.x + p.x;
        const y = mapBox.y + p.y;
        ends++;
        if (which === 'eu') byCountry[arc.partnership.euCountry] = (byCountry[arc.partnership.euCountry] ?? 0) + 1;
        const where = `${arc.euEnd} ${which} at ${Math.round(x)},${Math.round(y)}`;
        if (!inBox(seen, x, y, slack)) bad.push(`${where}: off the map`);
        // Inside a cover by more than the slack.
        else if (covers.some((c) => inBox(c, x, y, -slack))) bad.push(`${where}: under the card or the legend`);
      }
    }
    const free = { x: seen.x, y: seen.y, width: seen.width, height: Math.min(card.y, ...covers.map((c) => c.y)) - seen.y };
    return { ends, byCountry, bad, card, free };
  }, SLACK);
}

/** The camera's flight is over and the layout has been framed again (a frame for the card's resize). */
async function settled(page: Page) {
  await page.waitForFunction(() => !(window as unknown as { atlasMap: import('maplibre-gl').Map }).atlasMap.isMoving(), undefined, { timeout: 15_000, polling: 100 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const camera = (page: Page) =>
  page.evaluate(() => {
    const m = (window as unknown as { atlasMap: import('maplibre-gl').Map }).atlasMap;
    const c = m.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() };
  });

describe('the presenter frames each step in the room the card leaves, and gives the reader’s view back', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
  ]) {
    it(`${viewport.width}×${viewport.height}: every arc end of every step is on the map, clear of the card and the legend; Escape restores the address and the camera`, async () => {
      const before = '?period=2010-2012&select=ES52&country=ES';
      atlas = await openAtlas(before, { viewport });
      const { page } = atlas;
      await waitForMapIdle(page);
      const url = page.url();
      const cam = await camera(page);

      await page.getByTestId('open-presenter').click();
      const steps = await page.getByRole('button', { name: /^Step \d+:/ }).count();
      expect(steps).toBe(7);
      for (let i = 1; i <= steps; i++) {
        await expect.poll(() => page.getByTestId('presenter-position').textContent(), { timeout: 5000 }).toBe(`Step ${i} of ${steps}`);
        await settled(page);
        // The flight may still be finishing its last frame when the step's card resized: read until it holds.
        await expect.poll(async () => (await measure(page)).bad, { timeout: 10_000, interval: 250 }).toEqual([]);
        const f = await measure(page);
        console.log(
          `[e2e] presenter ${viewport.width}×${viewport.height} step ${i}: ${f.ends} ends inside the free area ${Math.round(f.free.width)}×${Math.round(f.free.height)} px above a card ${Math.round(f.card.width)}×${Math.round(f.card.height)}`,
        );
        expect(f.ends).toBeGreaterThan(0);
        // Step 2, "Germany opens the way": the 14 German origins are among the ends on the free map.
        if (i === 2) expect(f.byCountry.DE).toBe(14);
        // The card leaves the map most of its height.
        expect(f.free.height).toBeGreaterThan(0.5 * viewport.height);
        if (i === steps) {
          // The province ranking is about Shandong: selected, its arcs emphasised, and counted.
          expect(new URL(page.url()).searchParams.get('select')).toBe('CN-SD');
          const shandong = Number(await page.getByTestId('presenter-count').textContent());
          expect(shandong).toBeGreaterThan(10);
          expect(shandong).toBeLessThan(20);
          expect(await page.locator('path.arc.hl').count()).toBe(shandong);
          expect(await page.getByTestId('presenter').textContent()).toContain('with Shandong');
        } else await page.keyboard.press('ArrowRight');
      }

      await page.keyboard.press('Escape');
      expect(await page.getByTestId('presenter').count()).toBe(0);
      await expect.poll(() => page.url(), { timeout: 5000 }).toBe(url);
      await settled(page);
      const back = await camera(page);
      expect(Math.abs(back.lng - cam.lng)).toBeLessThan(1e-6);
      expect(Math.abs(back.lat - cam.lat)).toBeLessThan(1e-6);
      expect(Math.abs(back.zoom - cam.zoom)).toBeLessThan(1e-6);
      expect([back.bearing, back.pitch]).toEqual([cam.bearing, cam.pitch]);
      // And the reader's view with it: period, selection and filter.
      expect(await page.getByTestId('view-summary').textContent()).toContain('2010');
      expect(await page.locator('path.arc[data-partnership-id]').count()).toBe(7);

      // Back leaves a presentation too, to the same view and camera.
      await page.getByTestId('open-presenter').click();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByTestId('presenter-position').textContent(), { timeout: 5000 }).toBe('Step 2 of 7');
      await page.goBack();
      await expect.poll(() => page.getByTestId('presenter').count(), { timeout: 5000 }).toBe(0);
      await expect.poll(() => page.url(), { timeout: 5000 }).toBe(url);
      await settled(page);
      const again = await camera(page);
      expect(Math.abs(again.lng - cam.lng)).toBeLessThan(1e-6);
      expect(Math.abs(again.zoom - cam.zoom)).toBeLessThan(1e-6);
      expect(atlas.errors).toEqual([]);
      expect(atlas.warnings).toEqual([]);
      expect(atlas.foreignRequests).toEqual([]);
    });
  }

  it('3840×2160: steps 2 and 7 are framed clear of the card as the interface grows', async () => {
    atlas = await openAtlas('?present&step=2', { viewport: { width: 3840, height: 2160 } });
    const { page } = atlas;
    await waitForMapIdle(page);
    await settled(page);
    for (const step of [2, 7]) {
      if (step === 7) {
        await page.keyboard.press('End');
        await expect.poll(() => page.getByTestId('presenter-position').textContent(), { timeout: 5000 }).toBe('Step 7 of 7');
        await settled(page);
      }
      await expect.poll(async () => (await measure(page)).bad, { timeout: 15_000, interval: 500 }).toEqual([]);
      const f = await measure(page);
      expect(f.free.height).toBeGreaterThan(0.5 * 2160);
    }
    // A presentation opened from a link has no reader's view before it: leaving opens the atlas as a first visit does.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).search, { timeout: 5000 }).toBe('');
    expect(atlas.errors).toEqual([]);
  });
});
