/**
 * Every screen, as a reader meets it (a phone in a report column, phones and a tablet by touch): nothing scrolls sideways, the map
 * is at least 40% of the first screen, the legend covers at most a quarter of the
 * map, every period label is whole, a tap (or click) on a province selects it,
 * search brings the place's panel on screen, and axe finds nothing serious
 * (screens.ts). ATLAS_UPDATE_SCREENSHOT=1 copies each size's screenshot to docs/screens/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { checkScreen, SIZES, type MapWindow } from './screens.ts';

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

  it('a phone held sideways (844×390), with five notices: the map keeps 240 px, the notices scroll in their box, the page scrolls to the rest and no further', { timeout: 60_000 }, async () => {
    atlas = await openAtlas('?period=1900&lines=zig&status=foo&country=XX&colour=pink', { viewport: { width: 844, height: 390 }, touch: true });
    const { page } = atlas;
    await waitForMapIdle(page);
    const boxes = () =>
      page.evaluate(() => {
        const box = (el: Element | null) => (el ? el.getBoundingClientRect() : null);
        const notices = document.querySelector('[data-testid="url-notices"]')!;
        return {
          map: box(document.querySelector('div[role="region"].stage'))!,
          notices: box(notices)!,
          noticeCount: notices.querySelectorAll('li').length,
          noticesScroll: notices.scrollHeight > notices.clientHeight,
          credit: box(document.querySelector('.attribution'))!,
          panel: box(document.querySelector('aside'))!,
          pageHeight: document.documentElement.scrollHeight,
        };
      });
    const b = await boxes();
    expect(b.noticeCount).toBe(5);
    // Before: a 14 px map without any notice (the bottom sheet and the full toolbar took the height), 0 px with them.
    expect(b.map.height).toBeGreaterThanOrEqual(240);
    expect(b.notices.height, 'the notices take at most about four lines').toBeLessThanOrEqual(0.25 * 390);
    expect(b.noticesScroll).toBe(true);
    // The details panel stands beside the map, as tall as it; the credit line is under both, not over the map.
    expect(b.panel.left).toBeGreaterThanOrEqual(b.map.right - 1);
    expect(Math.abs(b.panel.height - b.map.height)).toBeLessThanOrEqual(1);
    expect(b.credit.top).toBeGreaterThanOrEqual(b.map.bottom - 1);
    // The page scrolls to the credit line's end and no further.
    expect(b.pageHeight).toBeLessThanOrEqual(Math.ceil(b.credit.bottom) + 2);
    // The toolbar is the compact one: search behind a button.
    expect(await page.getByTestId('open-search').isVisible()).toBe(true);
    // Scrolled down, the whole map is on screen and a tap on it still picks (Tibet, no arc over it in 1982–1989).
    await page.evaluate(() => (window as unknown as MapWindow).atlasState.set({ period: '1982-1989' }));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const scrolled = await boxes();
    expect(scrolled.map.top).toBeGreaterThanOrEqual(0);
    expect(scrolled.map.bottom).toBeLessThanOrEqual(390);
    const at = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).atlasMap;
      const p = map.project([88.98, 31.2]);
      const r = map.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as MapWindow).atlasState.view.select), { timeout: 10_000 }).toBe('CN-XZ');
    expect(atlas.errors).toEqual([]);
  });
});
