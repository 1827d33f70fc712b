import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, type AtlasPage } from './browser.ts';

describe('without WebGL (Chromium with WebGL switched off)', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('shows a notice and the SVG map with arcs; period control, panels and clicks still work', async () => {
    // Single arcs chosen: "All" draws flows by default (flows.e2e.ts checks the SVG map's flows).
    atlas = await openAtlas('?lines=arcs', { webgl: false });
    const { page } = atlas;
    await expect.poll(() => page.getByTestId('no-webgl').textContent()).toContain('WebGL2 is unavailable');
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
    const arcs = () => page.locator('[data-testid="fallback-map"] path[data-partnership-id]').count();
    await expect.poll(arcs).toBe(143);
    await page.locator('button[data-period="1982-1989"]').click();
    await expect.poll(arcs).toBe(27);
    await expect.poll(() => page.getByTestId('period-shown').getByTestId('computed-total').textContent()).toBe('27');
    // Clicking a unit opens its panel (dispatched on the unit itself: arcs lie on top of its centre).
    await page.locator('[data-testid="fallback-map"] path[data-unit="CN-SD"]').dispatchEvent('click');
    await expect.poll(() => page.getByTestId('panel-place').textContent()).toContain('Shandong');
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
  it('falls back the same way when the WebGL2 API is there but no context can be made (the map itself finds out)', async () => {
    atlas = await openAtlas('?period=1982-1989', {
      setup: (context) =>
        context.addInitScript(() => {
          const getContext = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, id: string, ...rest: unknown[]) {
            return id === 'webgl2' ? null : (getContext as (...a: unknown[]) => unknown).call(this, id, ...rest);
          } as typeof getContext;
        }),
    });
    const { page } = atlas;
    expect(await page.evaluate(() => typeof WebGL2RenderingContext)).toBe('function');
    await expect.poll(() => page.getByTestId('no-webgl').textContent()).toContain('WebGL2 is unavailable');
    await expect.poll(() => page.locator('[data-testid="fallback-map"] path[data-partnership-id]').count()).toBe(27);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    expect(atlas.errors).toEqual([]);
  });
});
