/**
 * Every screen, as a reader meets it (a phone in a report column, phones and a tablet by touch): nothing scrolls sideways, the map
 * is at least 40% of the first screen, the legend covers at most a quarter of the
 * map, every period label is whole, a tap (or click) on a province selects it,
 * search brings the place's panel on screen, and axe finds nothing serious
 * (screens.ts). ATLAS_UPDATE_SCREENSHOT=1 copies each size's screenshot to docs/screens/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { checkScreen, SIZES } from './screens.ts';

describe('every screen: a phone in a report column, phones and a tablet by touch', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  for (const size of SIZES.filter((s) => s.touch)) {
    it(`${size.name}: no sideways scroll, the map first, the legend out of its way, labels whole, tap and search`, { timeout: 90_000 }, () =>
      checkScreen(size, (a) => (atlas = a)));
  }

  it('on a phone, the folded legend opens to its filters, which show only, hide and reset by touch', { timeout: 60_000 }, async () => {
    atlas = await openAtlas('', { viewport: { width: 390, height: 844 }, touch: true });
    const { page } = atlas;
    await waitForMapIdle(page);
    const fold = page.getByTestId('legend-fold');
    await expect.poll(() => fold.getAttribute('aria-expanded')).toBe('false');
    const france = page.getByTestId('legend').locator('[data-country="FR"]');
    await expect.poll(() => france.isVisible()).toBe(false);
    await fold.tap();
    await expect.poll(() => fold.getAttribute('aria-expanded')).toBe('true');
    // With no filter, a country's button shows only that country (issue 14: it said 'Show or hide').
    expect(await france.getAttribute('title')).toBe('Show only France');
    await france.tap();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('country=FR');
    const shown = () => page.evaluate(() => (window as unknown as { atlasState: { shown: { euCountry: string }[] } }).atlasState.shown.map((p) => p.euCountry));
    expect(new Set(await shown())).toEqual(new Set(['FR']));
    // Spain is hidden, not empty: its count of the view stays, said to be hidden; its button adds it back.
    const spain = page.getByTestId('legend').locator('[data-country="ES"]');
    expect(await spain.getAttribute('title')).toBe('Also show Spain');
    expect(await page.getByTestId('count-ES').textContent()).toBe('29 hidden');
    // Show all resets the filter.
    await page.getByTestId('show-all-countries').tap();
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('country=');
    expect((await shown()).length).toBe(143);
    await expect.poll(() => page.getByTestId('show-all-countries').count()).toBe(0);
    expect(atlas.errors).toEqual([]);
  });

  it('on a phone, the sheet opens by a drag and folds by a key, and says so', { timeout: 60_000 }, async () => {
    atlas = await openAtlas('', { viewport: { width: 390, height: 844 }, touch: true });
    const { page } = atlas;
    await waitForMapIdle(page);
    const sheet = page.getByTestId('sheet');
    const handle = page.getByTestId('sheet-handle');
    expect(await sheet.getAttribute('data-snap')).toBe('peek');
    // The folded sheet holds its tabs, on screen, under the map.
    const tab = page.getByRole('tab', { name: 'Overview' });
    const tabBox = (await tab.boundingBox())!;
    expect(tabBox.y + tabBox.height).toBeLessThanOrEqual(844);
    const stage = (await page.locator('div[role="region"].stage').boundingBox())!;
    expect(stage.y + stage.height).toBeLessThanOrEqual((await sheet.boundingBox())!.y + 1);

    // Dragged up most of the way, it settles full.
    const h = (await handle.boundingBox())!;
    const x = h.x + h.width / 2;
    await page.mouse.move(x, h.y + h.height / 2);
    await page.mouse.down();
    for (let y = h.y; y > 120; y -= 60) await page.mouse.move(x, y);
    await page.mouse.up();
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('full');
    await expect.poll(() => handle.getAttribute('aria-valuetext')).toBe('Details open to the full screen');
    await expect.poll(() => page.getByTestId('sheet-said').textContent()).toBe('Details open to the full screen');

    // From the keyboard: ↓ a step down, Escape folds.
    await handle.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('half');
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('peek');
    // Choosing a tab in the folded sheet opens it, so what was chosen is seen.
    await tab.tap();
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('half');
    expect(atlas.errors).toEqual([]);
  });
});
