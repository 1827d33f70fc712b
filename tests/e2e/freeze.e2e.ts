/**
 * The tab that froze (issue 14, item 0): zoomed on Berlin at 1920 × 1080, the arc
 * overlay wrote every great circle whole, thousands of pixels beyond the map, and
 * the browser's raster work for them (dashes included) ran on for many seconds
 * after the map was idle; a reload or a link then waited for it (8.5–16 s here
 * before the next page even began). The overlay now writes only what lies in its drawn
 * area (src/lib/map/overlay/clip.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

describe('zoomed in, the tab never freezes', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('zoomed on Berlin, the arcs stay inside the drawn area, and after pointing at the map a reload goes through at once', { timeout: 90_000 }, async () => {
    // Single arcs chosen (the case that froze; "All" draws flows by default, which flows.e2e.ts checks the same way).
    atlas = await openAtlas('?period=all&lines=arcs#map=6/52.5/13.2', { viewport: { width: 1920, height: 1080 } });
    const { page } = atlas;
    await waitForMapIdle(page);

    // The cause, checked directly: no arc's path goes beyond the overlay's drawn area (its viewBox).
    const reach = await page.evaluate(() => {
      const svg = document.querySelector('svg.arc-overlay')!;
      const [x, y, w, h] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number);
      let outside = 0;
      let points = 0;
      for (const p of svg.querySelectorAll('path.arc')) {
        const nums = (p.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
        for (let i = 0; i + 1 < nums.length; i += 2) {
          points++;
          if (nums[i] < x - 8 || nums[i] > x + w + 8 || nums[i + 1] < y - 8 || nums[i + 1] > y + h + 8) outside++;
        }
      }
      return { paths: svg.querySelectorAll('path.arc').length, points, outside };
    });
    expect(reach.paths).toBeGreaterThan(100);
    expect(reach.points).toBeGreaterThan(0);
    expect(reach.outside).toBe(0);

    // What the reader did: point at the middle of the map, then reload.
    const box = (await page.locator('div[role="region"].stage').boundingBox())!;
    for (let i = 0; i < 10; i++) await page.mouse.move(box.x + box.width / 2 + i * 4, box.y + box.height / 2 + i * 2);
    await page.waitForTimeout(500);
    // Frozen, the old page took 8.5–16 s to let the reload through (159 ms once fixed): 5 s is a freeze, not noise.
    await page.reload({ waitUntil: 'commit', timeout: 5_000 });
    // The new page loads, and its map comes to rest.
    await waitForMapIdle(page);
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    expect(atlas.errors).toEqual([]);
  });
});
