import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { lineEnds, waitForFirstDrawing } from './first-drawing.ts';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { embedSnippet } from '../../src/lib/embed/embed.ts';
import { DARK, LIGHT } from '../../src/lib/map/style.ts';

type MapWindow = { atlasMap: import('maplibre-gl').Map };

/** Waits for the map inside a page or frame to be idle. */
async function frameIdle(frame: Frame | Page) {
  await frame.waitForFunction(() => (window as unknown as Partial<MapWindow>).atlasMap?.loaded() === true, undefined, { timeout: 30_000, polling: 100 });
  await frame.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as MapWindow).atlasMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

describe('embedding in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  let host: http.Server | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
    await new Promise((r) => (host ? host.close(r) : r(null)));
    host = undefined;
  });

  it('a host page on another origin embeds the view with the Embed snippet and is told its height as it changes', async () => {
    atlas = await openAtlas('?period=1982-1989');
    const { page, baseUrl } = atlas;
    await waitForMapIdle(page);
    const snippet = embedSnippet({ src: `${baseUrl}?embed&period=1982-1989`, title: 'EU–China partnerships: 1982–1989', height: 400 });
    // The host page, served from another origin (another port) by a server of its own; it records every height message.
    const html = `<!doctype html><html><body style="margin:0 auto;max-width:900px">
        <h1>A report</h1>
        <script>window.__messages = []; addEventListener('message', (e) => { if (e.data && e.data.sentinel === 'amp') window.__messages.push(e.data); });</script>
        ${snippet}
        <p style="height:800px">Text below the map.</p>
      </body></html>`;
    host = http.createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((r) => host!.listen(0, '127.0.0.1', r));
    const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl).origin);
    await page.goto(hostUrl);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frameIdle(frame!);
    await page.waitForFunction(() => (window as unknown as { __messages: unknown[] }).__messages.length > 0);
    const first = await page.evaluate(() => (window as unknown as { __messages: { type: string; height: number }[] }).__messages.at(-1)!);
    expect(first.type).toBe('embed-size');
    // The map's own height is clamp(320px, 62vw, 680px) of the frame's width (900 px here) plus title and attribution.
    expect(first.height).toBeGreaterThan(560);
    expect(first.height).toBeLessThan(900);
    const frameHeight = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    expect(Math.round(frameHeight)).toBe(first.height);
    // The map fills the frame's width (900 px column).
    expect(await frame!.evaluate(() => (window as unknown as MapWindow).atlasMap.getCanvas().clientWidth)).toBeGreaterThan(850);
    // The embed shows the period it was given, and the attribution.
    expect(await frame!.getByTestId('embed-title').textContent()).toContain('1982–1989');
    expect(await frame!.getByTestId('attribution').isVisible()).toBe(true);
    expect(await frame!.getByTestId('shown-count').textContent()).toBe('27');
    // Inside a frame the map lets the page scroll: cooperative gestures.
    expect(await frame!.evaluate(() => (window as unknown as MapWindow).atlasMap.cooperativeGestures.isEnabled())).toBe(true);

    // A narrower column makes a shorter map: the host hears the new height.
    await page.$eval('body', (b) => ((b as HTMLElement).style.maxWidth = '520px'));
    await page.waitForFunction((h) => (window as unknown as { __messages: { height: number }[] }).__messages.at(-1)!.height < h, first.height);
    // The frame may report more than once as its layout settles (the narrow layout below 600 px): the host follows
    // the latest height, whichever message that is.
    await page.waitForFunction(() => {
      const last = (window as unknown as { __messages: { height: number }[] }).__messages.at(-1)!.height;
      return Math.round(document.querySelector('iframe')!.getBoundingClientRect().height) === last;
    });
    const second = await page.evaluate(() => (window as unknown as { __messages: { height: number }[] }).__messages.at(-1)!.height);
    expect(second).toBeLessThan(first.height - 100);
    // …and it settles: no height keeps changing (a fold or layout that fed back on the frame's size would).
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { __messages: { height: number }[] }).__messages.at(-1)!.height)).toBe(second);
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('embed hides the page chrome, plain the title, static the interaction; attribution stays in all', async () => {
    atlas = await openAtlas('?embed&period=2014-2017');
    let { page } = atlas;
    await waitForMapIdle(page);
    expect(await page.locator('header h1').isVisible()).toBe(false);
    expect(await page.locator('input[role="combobox"]').count()).toBe(0); // search
    expect(await page.getByTestId('export-csv').count()).toBe(0);
    expect(await page.getByTestId('panel-place').count()).toBe(0);
    expect(await page.getByTestId('embed-title').textContent()).toBe('EU–China partnerships: 2014–2017');
    expect(await page.getByTestId('period-control').count()).toBe(1); // the period control stays
    expect(await page.getByTestId('attribution').isVisible()).toBe(true);
    expect(await page.getByTestId('shown-count').textContent()).toBe('48');
    await atlas.close();

    atlas = await openAtlas('?embed&plain&period=2014-2017');
    page = atlas.page;
    await waitForMapIdle(page);
    expect(await page.getByTestId('embed-title').count()).toBe(0);
    expect(await page.getByTestId('attribution').isVisible()).toBe(true);
    await atlas.close();

    atlas = await openAtlas('?embed&static&period=2014-2017&country=IT');
    page = atlas.page;
    // A static embed's map is the first drawing: MapLibre never loads (issue 16).
    await waitForFirstDrawing(page);
    expect(await page.getByTestId('period-control').count()).toBe(0);
    expect(await page.getByTestId('shown-count').textContent()).toBe('20');
    // The frame's title and the map's accessible description say what the picture shows.
    expect(await page.title()).toBe('EU–China partnerships: 2014–2017 · EU–China Partnership Atlas');
    expect(await page.getByRole('region', { name: 'Map', exact: true }).getAttribute('aria-describedby')).toBe('view-summary');
    expect(await page.getByTestId('view-summary').textContent()).toBe('2014–2017: 20 new partnerships (Italy 20). Filtered by countries: Italy.');
    expect(await page.locator('button[data-country="IT"]').isDisabled()).toBe(true);
    // No pan, no zoom: no map to move, and a drag or a wheel over the picture moves no line.
    expect(await page.evaluate(() => 'atlasMap' in window)).toBe(false);
    const box = (await page.getByRole('region', { name: 'Map', exact: true }).boundingBox())!;
    const still = await lineEnds(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 100, box.y + box.height / 2 + 50, { steps: 4 });
    await page.mouse.up();
    await page.mouse.wheel(0, -400);
    expect(await lineEnds(page)).toEqual(still);
    // Keys do nothing in a static embed.
    await page.keyboard.press('ArrowRight');
    expect(new URL(page.url()).searchParams.get('period')).toBe('2014-2017');
    expect(await page.getByTestId('attribution').isVisible()).toBe(true);
    expect(atlas.errors).toEqual([]);
  });

  it('dark=true and transparent restyle the page and the map; bad flag values give a notice', async () => {
    atlas = await openAtlas('?embed&dark=true&transparent&plain=maybe');
    const { page } = atlas;
    await waitForMapIdle(page);
    const state = await page.evaluate(() => {
      const m = (window as unknown as MapWindow).atlasMap;
      return {
        theme: document.documentElement.dataset.theme,
        page: getComputedStyle(document.documentElement).backgroundColor,
        water: m.getPaintProperty('background', 'background-color'),
        waterOpacity: m.getPaintProperty('background', 'background-opacity'),
        text: getComputedStyle(document.querySelector('[data-testid="attribution"]')!).color,
      };
    });
    expect(state).toEqual({ theme: 'dark', page: 'rgba(0, 0, 0, 0)', water: DARK.water, waterOpacity: 0, text: 'rgb(185, 189, 198)' });
    expect(await page.getByTestId('url-notices').textContent()).toContain('Ignored plain "maybe"');
    expect(atlas.errors).toEqual([]);
  });

  it('dark=auto follows the reader\'s system, live', async () => {
    atlas = await openAtlas('?embed&dark=auto');
    const { page } = atlas;
    await waitForMapIdle(page);
    // Chromium reports media changes in its rendering steps: each look waits for a frame first.
    const look = () =>
      page.evaluate(async () => ({
        frame: await new Promise((r) => requestAnimationFrame(() => r(true))),
        theme: document.documentElement.dataset.theme,
        water: (window as unknown as MapWindow).atlasMap.getPaintProperty('background', 'background-color'),
      }));
    expect(await look()).toEqual({ frame: true, theme: 'light', water: LIGHT.water });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(look).toEqual({ frame: true, theme: 'dark', water: DARK.water });
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(look).toEqual({ frame: true, theme: 'light', water: LIGHT.water });
    expect(atlas.errors).toEqual([]);
  });

  it('the Embed dialog writes a snippet for the current view and previews it live', async () => {
    atlas = await openAtlas('?period=2000-2007&country=PL');
    const { page } = atlas;
    await waitForMapIdle(page);
    await page.getByTestId('open-embed').click();
    const dialog = page.getByTestId('embed-dialog');
    await dialog.waitFor(); // its code loads on first use
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Plain (no title)').check();
    const code = await page.getByTestId('embed-code').inputValue();
    // The snippet carries the interface's language, as the author sees it (English here).
    expect(code).toMatch(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed&amp;plain&amp;period=2000-2007&amp;country=PL&amp;lang=en#map=/);
    expect(code).toContain('title="EU–China partnerships: 2000–2007"');
    expect(code).toContain('sentinel !== "amp"');
    // The preview is the embed itself: it loads, shows the view, and sizes itself by the height message.
    const preview = await (await page.waitForSelector('[data-testid="embed-preview"]')).contentFrame();
    await preview!.waitForURL(/plain/);
    await frameIdle(preview!);
    expect(await preview!.getByTestId('shown-count').textContent()).toBe('5');
    expect(await preview!.getByTestId('embed-title').count()).toBe(0);
    await page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('[data-testid="embed-preview"]')!.style.height !== '560px');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
