import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, type AtlasPage } from './browser.ts';

describe('without WebGL (Chromium with WebGL switched off)', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('shows a notice and the SVG map with arcs; period control, panels and clicks still work', async () => {
    atlas = await openAtlas('', { webgl: false });
    const { page } = atlas;
    await expect.poll(() => page.getByTestId('no-webgl').textContent()).toContain('WebGL2 is unavailable');
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
    const arcs = () => page.locator('[data-testid="fallback-map"] path[data-partnership-id]').count();
    await expect.poll(arcs).toBe(143);
    await page.locator('button[data-period="1982-1989"]').click();
    await expect.poll(arcs).toBe(27);
    await expect.poll(() => page.getByTestId('computed-total').textContent()).toBe('27');
    // Clicking a unit opens its panel (dispatched on the unit itself: arcs lie on top of its centre).
    await page.locator('[data-testid="fallback-map"] path[data-unit="CN-SD"]').dispatchEvent('click');
    await expect.poll(() => page.getByTestId('panel-place').textContent()).toContain('Shandong');
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
