/**
 * The interface in each of its languages (issue 17), in the built app: `?lang=` and the browser's language choose
 * it, `<html lang>` says it, the controls, panels, notices, Embed dialog and screen-reader summary speak it, only
 * its own messages are loaded, and axe finds nothing serious. Expected words come from the compiled messages of
 * each language, never from this file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as en from '../../src/lib/i18n/generated/paraglide/messages/en.js';
import * as pl from '../../src/lib/i18n/generated/paraglide/messages/pl.js';
import * as zh from '../../src/lib/i18n/generated/paraglide/messages/zh-Hans.js';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { seriousViolations } from './axe.ts';

const LANGUAGES = [
  { param: 'en', tag: 'en', m: en, other: ['pl', 'zh-Hans'] },
  { param: 'pl', tag: 'pl', m: pl, other: ['zh-Hans'] },
  { param: 'zh', tag: 'zh-Hans', m: zh, other: ['pl'] },
] as const;

describe('the interface in English, Polish and Chinese', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  for (const { param, tag, m, other } of LANGUAGES) {
    it(`?lang=${param}: html lang ${tag}, every part of the page in it, its messages alone loaded, no serious axe finding`, async () => {
      const scripts: string[] = [];
      atlas = await openAtlas(`?lang=${param}&period=2014-2017&zoom=3`, {
        setup: async (context) => context.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname))),
      });
      const { page } = atlas;
      await waitForMapIdle(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(tag);
      // The controls.
      expect(await page.getByTestId('play').getAttribute('aria-label')).toBe(m.play({}));
      expect(await page.locator(`[aria-label="${m.controls_legend_label({})}"]`).count()).toBeGreaterThan(0);
      expect(await page.getByTestId('period-now').textContent()).toBe(m.period_now_new({ period: '2014–2017' }));
      // The panels' tabs.
      await expect.poll(() => page.getByRole('tab', { name: m.panels_tab_period({}) }).count()).toBe(1);
      await expect.poll(() => page.getByRole('tab', { name: m.panels_tab_overview({}) }).count()).toBe(1);
      // A notice about the address.
      await expect.poll(() => page.getByTestId('url-notices').textContent()).toContain(m.notices_ignored_unknown({ key: 'zoom' }));
      // The screen-reader summary: in the language (its English form is not there).
      const summary = (await page.getByTestId('view-summary').textContent())!;
      if (tag === 'pl') expect(summary).toMatch(/partnerstw/);
      if (tag === 'zh-Hans') expect(summary).toMatch(/伙伴关系/);
      if (tag !== 'en') expect(summary).not.toMatch(/partnerships/);
      // The Embed dialog.
      await page.getByTestId('open-embed').click();
      await expect.poll(() => page.locator('#embed-title').textContent()).toBe(m.embed_title({}));
      expect(await page.getByTestId('embed-code').inputValue()).toContain(`lang=${param}`);
      await page.keyboard.press('Escape');
      // The switcher names each language in itself and marks this one.
      expect(await page.getByTestId('languages').locator('a[aria-current="true"]').getAttribute('hreflang')).toBe(tag);
      // Only this language's messages were loaded.
      for (const o of other) expect(scripts.filter((s) => new RegExp(`/${o}-[\\w-]+\\.js$`).test(s))).toEqual([]);
      if (tag !== 'en') expect(scripts.some((s) => new RegExp(`/${tag}-[\\w-]+\\.js$`).test(s))).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      expect(atlas.errors).toEqual([]);
      expect(atlas.foreignRequests).toEqual([]);
    });
  }

  it('without ?lang=, a browser set to zh-CN opens in Chinese, one set to pl-PL in Polish, one set to de-DE in English', async () => {
    for (const [locale, tag, play] of [['zh-CN', 'zh-Hans', zh.play({})], ['pl-PL', 'pl', pl.play({})], ['de-DE', 'en', en.play({})]] as const) {
      atlas = await openAtlas('?period=2000-2007', { locale });
      await atlas.page.getByTestId('play').waitFor();
      expect(await atlas.page.evaluate(() => document.documentElement.lang)).toBe(tag);
      expect(await atlas.page.getByTestId('play').getAttribute('aria-label')).toBe(play);
      await atlas.close();
      atlas = undefined;
    }
  });

  it('the switcher reloads the page in the other language and keeps the view', async () => {
    atlas = await openAtlas('?period=1991-1999&select=PL71');
    const { page } = atlas;
    await waitForMapIdle(page);
    await page.getByTestId('languages').locator('a[hreflang="pl"]').click();
    await page.waitForURL(/lang=pl/);
    await page.getByTestId('play').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
    const url = new URL(page.url());
    expect([url.searchParams.get('period'), url.searchParams.get('select'), url.searchParams.get('lang')]).toEqual(['1991-1999', 'PL71', 'pl']);
    expect(await page.getByTestId('play').getAttribute('aria-label')).toBe(pl.play({}));
    expect(atlas.errors).toEqual([]);
  });
});
