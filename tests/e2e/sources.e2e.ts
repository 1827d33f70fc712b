/**
 * Citations a reader can follow (issue 15): every tab cites documents by author–year or short
 * title, never by a repository file name; a citation opens the Sources dialog at its document,
 * and the credit line's Sources button opens the whole bibliography.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

const FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt|\.txt\b/;

describe('sources', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('no tab shows a file name; a citation opens its document’s full reference; Sources lists all five', { timeout: 60_000 }, async () => {
    atlas = await openAtlas('?period=2010-2012&select=ITI2', { viewport: { width: 1280, height: 800 } });
    const { page } = atlas;
    await waitForMapIdle(page);
    for (const tab of ['Place', 'Period table', /^List/, 'Overview']) {
      await page.getByRole('tab', { name: tab }).click();
      const panel = page.getByRole('tabpanel');
      await panel.waitFor();
      if (tab === 'Overview') await page.getByTestId('overview-scope').waitFor({ timeout: 10_000 });
      expect(await panel.innerText(), String(tab)).not.toMatch(FILE_NAME);
    }
    expect(await page.locator('body').innerText()).not.toMatch(FILE_NAME);

    // A citation in the place panel: its document's reference comes up, focused and on screen.
    await page.getByRole('tab', { name: 'Place' }).click();
    await page.getByTestId('panel-place').locator('button[data-doc="003"]').first().click();
    const dialog = page.getByTestId('sources-dialog');
    await dialog.waitFor();
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      return { text: el.textContent, onScreen: r.top >= 0 && r.bottom <= innerHeight };
    });
    expect(focused).toEqual({ text: 'Kamiński, Skorupska & Szczudlik (2019)', onScreen: true });
    expect(await dialog.innerText()).toContain('ISBN 978-83-66091-33-7');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), { timeout: 5_000 }).toBe(0);

    // The credit line's Sources: all five documents.
    await page.getByTestId('open-sources').click();
    await expect.poll(() => page.getByTestId('source-entry').count(), { timeout: 5_000 }).toBe(5);
    expect(await page.getByTestId('sources-dialog').innerText()).not.toMatch(FILE_NAME);
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
