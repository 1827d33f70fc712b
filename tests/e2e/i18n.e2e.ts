/**
 * The interface in each of its languages (issue 17), in the built app: `?lang=` and the browser's language choose
 * it, `<html lang>` says it, the controls, panels, notices, Embed dialog and screen-reader summary speak it, only
 * its own messages are loaded, and axe finds nothing serious. Expected words come from the compiled messages of
 * each language, never from this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/lib/data/types.ts';
import * as en from '../../src/lib/i18n/generated/paraglide/messages/en.js';
import * as pl from '../../src/lib/i18n/generated/paraglide/messages/pl.js';
import * as zh from '../../src/lib/i18n/generated/paraglide/messages/zh-Hans.js';
import { downloadBytes, openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { seriousViolations } from './axe.ts';
import { parseRows } from '../../scripts/lib/csv.ts';

const root = path.resolve(import.meta.dirname, '../..');
const bundle = JSON.parse(fs.readFileSync(path.join(root, 'public/data/bundle.json'), 'utf8')) as Bundle;
const place = (id: string) => bundle.places.find((p) => p.id === id)!;
/** A place's name as the data gives it in each language (names.csv; a Chinese place's characters). */
const nameIn = (tag: string, id: string) =>
  tag === 'en' ? place(id).name : (bundle.names[tag as 'pl' | 'zh-Hans'][id] ?? (tag === 'zh-Hans' ? place(id).zh : null) ?? place(id).name);
/** The page as a reader sees it at 1280 × 800, for the README (ATLAS_UPDATE_SCREENSHOT=1 copies it to docs/screens/). */
function screenshotFor(tag: string) {
  const name = `lang-${tag}.png`;
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  return {
    path: path.join(root, 'test-results', name),
    keep: () => process.env.ATLAS_UPDATE_SCREENSHOT && fs.copyFileSync(path.join(root, 'test-results', name), path.join(root, 'docs/screens', name)),
  };
}

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
      atlas = await openAtlas(`?lang=${param}&period=2014-2017&zoom=3&select=CN-TJ`, {
        setup: async (context) => context.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname))),
      });
      const { page } = atlas;
      await waitForMapIdle(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(tag);
      // The controls.
      expect(await page.getByTestId('play').getAttribute('aria-label')).toBe(m.play({}));
      expect(await page.locator(`[aria-label="${m.controls_legend_label({})}"]`).count()).toBeGreaterThan(0);
      expect(await page.getByTestId('period-now').textContent()).toBe(m.period_now_new({ period: '2014–2017' }));
      // Place names: the panel's heading, and the map's labels, in the language (names.csv), and the English name
      // beside a name in another language.
      await expect.poll(() => page.locator('[data-testid="place-panel"] h2').first().textContent()).toBe(nameIn(tag, 'CN-TJ'));
      const labels = await page.evaluate(() => {
        const map = (window as unknown as { atlasMap: { queryRenderedFeatures: (o: object) => { properties: { id: string; name: string } }[] } }).atlasMap;
        return Object.fromEntries(map.queryRenderedFeatures({ layers: ['region-labels'] }).map((f) => [f.properties.id, f.properties.name]));
      });
      for (const id of ['CN-SC', 'CN-XJ']) expect(labels[id], id).toBe(nameIn(tag, id));
      if (tag !== 'en') expect(await page.locator('[data-testid="place-panel"] [lang="en"]').first().textContent()).toBe('Tianjin');
      const shot = screenshotFor(tag);
      await page.screenshot({ path: shot.path });
      shot.keep();
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

  for (const { param, tag, m } of LANGUAGES) {
    it(`?lang=${param}: the presenter tells the story in it, its caption whole on a desktop and on a phone`, async () => {
      for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
        atlas = await openAtlas(`?lang=${param}&present&step=6`, { viewport, touch: viewport.width < 400 });
        const { page } = atlas;
        const step = bundle.story[5];
        const text = tag === 'en' ? step : step.translations[tag as 'pl' | 'zh-Hans'];
        await expect.poll(() => page.getByTestId('presenter-title').textContent()).toBe(text.title);
        const caption = page.getByTestId('presenter').locator('.caption');
        expect(await caption.textContent()).toBe(text.caption);
        // Whole: nothing cut off inside its box, and the box inside the window.
        const fit = await caption.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { clipped: el.scrollHeight > el.clientHeight + 1, inside: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth };
        });
        expect(fit, `${viewport.width} px`).toEqual({ clipped: false, inside: true });
        expect(await page.getByTestId('presenter-position').textContent()).toBe(m.present_step_position({ n: 6, total: bundle.story.length }));
        expect(atlas.errors).toEqual([]);
        await atlas.close();
        atlas = undefined;
      }
    });
  }

  it('the sources\' own prose stays English, tagged lang="en" and noted in the reader\'s language; a Polish reader\'s CSV keeps the English names', async () => {
    atlas = await openAtlas('?lang=pl&select=PL71&period=all');
    const { page } = atlas;
    const panel = page.getByTestId('place-panel');
    const study = bundle.caseStudies.find((c) => c.placeId === 'PL71')!;
    await expect.poll(() => panel.locator('p[lang="en"]').filter({ hasText: study.summary.slice(0, 40) }).count()).toBe(1);
    expect(await panel.getByText(pl.core_in_english({})).count()).toBeGreaterThan(0);
    expect(await panel.locator('h2').first().textContent()).toBe('Łódzkie');
    // The CSV: codes and headers as in English, the places named in Polish, their English names beside.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = (await downloadBytes(download)).toString('utf8');
    const [head, ...rows] = parseRows(csv.replace(/^\uFEFF/, ''), 'export.csv').map((r) => r.cells);
    expect(head.slice(0, 5)).toEqual(['id', 'eu_country', 'eu_country_name', 'eu_unit', 'eu_unit_name']);
    const cell = (row: string[], c: string) => row[head.indexOf(c)];
    const row = rows.find((r) => cell(r, 'eu_unit') === 'PL71' && cell(r, 'cn_unit') === 'CN-SC')!;
    expect(['eu_country_name', 'eu_unit_name', 'cn_unit_name', 'cn_unit_name_en', 'eu_country_name_en'].map((c) => cell(row, c))).toEqual([
      'Polska', 'Łódzkie', 'Syczuan', 'Sichuan', 'Poland',
    ]);
    // A place Polish has no name of its own for: its English name, tagged, in the heading and inside a sentence.
    await atlas.close();
    atlas = await openAtlas('?lang=pl&select=ES52&period=1982-1989');
    const valencia = atlas.page.getByTestId('place-panel');
    await expect.poll(() => valencia.locator('h2').first().getAttribute('lang')).toBe('en');
    expect(await valencia.locator('h2').first().textContent()).toBe(place('ES52').name);
    expect(await valencia.locator('p span[lang="en"]').filter({ hasText: place('ES52').name }).count()).toBeGreaterThan(0);
    expect(atlas.errors).toEqual([]);
  });

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
