/**
 * The legend does what it says, as a reader sees it at 1280 × 800 (issue 14, item 4): a country's
 * button shows only it, then hides it or adds others; a status none of the view has explains itself
 * and changes nothing; a view the filters empty says why, on the map, and offers the reset.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

describe('the legend’s filters', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('show only, hide, add and reset; a status with no record is disabled with its reason; an empty view says why', { timeout: 60_000 }, async () => {
    atlas = await openAtlas('?period=1982-1989', { viewport: { width: 1280, height: 800 } });
    const { page } = atlas;
    await waitForMapIdle(page);
    const arcs = () => page.locator('[data-testid="arc-overlay"] path[data-partnership-id]').count();
    const shown = () => page.getByTestId('shown-count').textContent();
    await expect.poll(arcs, { timeout: 10_000 }).toBe(27);
    const legend = page.getByTestId('legend');

    // Ended: no partnership of 1982–1989 has it. The button says so and a click changes nothing.
    const ended = legend.locator('button[data-status="ended"]');
    expect(await ended.getAttribute('aria-disabled')).toBe('true');
    expect(await ended.getAttribute('title')).toBe('No partnership in this view has this status');
    expect(await legend.getByTestId('status-count-ended').textContent()).toBe('0');
    // A real click where the button is (Playwright's own click would wait for an aria-disabled button to be enabled).
    const box = (await ended.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await page.evaluate(() => location.search)).not.toContain('status=');
    expect(await shown()).toBe('27');

    // France: 'Show only France', then Germany is added, then France hidden again.
    const france = legend.locator('button[data-country="FR"]');
    expect(await france.getAttribute('title')).toBe('Show only France');
    await france.click();
    await expect.poll(shown, { timeout: 5_000 }).toBe('4');
    await expect.poll(arcs, { timeout: 5_000 }).toBe(4);
    await legend.locator('button[data-country="DE"]').click();
    await expect.poll(shown, { timeout: 5_000 }).toBe('18');
    await france.click();
    await expect.poll(shown, { timeout: 5_000 }).toBe('14');
    // Hidden France still shows its 4, struck through, read as hidden.
    expect(await legend.getByTestId('count-FR').textContent()).toBe('4 hidden');
    await legend.getByTestId('show-all-countries').click();
    await expect.poll(shown, { timeout: 5_000 }).toBe('27');

    // Spain signed nothing in the 1980s: the map is empty and says why, where the reader can see it.
    await page.evaluate(() => history.replaceState(null, '', '?period=1982-1989'));
    await legend.locator('button[data-country="ES"]').click();
    const empty = page.getByTestId('empty-view');
    await empty.waitFor({ timeout: 5_000 });
    expect(await empty.textContent()).toContain('None of the 27 partnerships new in 1982–1989 is from Spain.');
    const visible = await empty.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const map = el.closest('[role=region]')!.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + 8);
      return r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom && !!hit && el.contains(hit);
    });
    expect(visible, 'the message lies inside the map, on top').toBe(true);
    expect(await arcs()).toBe(0);
    await page.getByTestId('empty-reset').click();
    await expect.poll(arcs, { timeout: 5_000 }).toBe(27);
    await expect.poll(() => empty.count()).toBe(0);
    expect(atlas.errors).toEqual([]);
    expect(atlas.warnings).toEqual([]);
  });
});
