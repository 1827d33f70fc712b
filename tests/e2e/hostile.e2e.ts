import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas, type AtlasPage } from './browser.ts';

const PWN = 'window.__pwned=1';
const enc = encodeURIComponent;

/** Hostile or broken addresses, and a fragment of the notice each must produce (null: silently normalised). */
export const HOSTILE: [query: string, notice: string | null][] = [
  [`?period=${enc(`<script>${PWN}</script>`)}`, 'Ignored period "<script>'],
  [`?select=${enc(`<img src=x onerror="${PWN}">`)}`, 'Ignored select "<img src=x'],
  [`?country=FR,${enc(`"><svg onload="${PWN}">`)}`, 'Ignored country'],
  [`?status=${enc(`javascript:${PWN}`)}`, 'Ignored status "javascript:'],
  [`?layer=${enc('<iframe src=javascript:alert(1)>')}`, 'Ignored layer "<iframe'],
  [`?mode=cumulative%00`, 'Ignored mode "cumulative?"'],
  [`?period=${'A'.repeat(10_000)}`, 'Ignored "period": the value is too long.'],
  [`?${enc('<b onmouseover=x>')}=1`, 'Ignored unknown parameter "<b onmouseover=x>"'],
  [`?period=1982-1989&period=2014-2017`, 'Ignored a repeated "period" parameter.'],
  [`?select=__proto__`, 'Ignored select "__proto__"'],
  [`?select=constructor&country=__proto__`, 'Ignored select "constructor"'],
  [`?present&step=99999`, 'Ignored step "99999"'],
  [`?present&step=9`, 'the presentation has 7 steps'],
  [`?dark=${enc('"><script>')}`, 'Ignored dark'],
  [`?embed=${enc('<iframe>')}`, 'Ignored embed "<iframe>"'],
  [`?${Array.from({ length: 400 }, (_, i) => `junk${i}=1`).join('&')}`, 'and 395 more'],
  [`#map=NaN/Infinity/1e999`, null],
  [`#map=3/40/60/75/60`, null],
  [`#map=${enc('<img src=x onerror=alert(1)>')}`, null],
];

describe('hostile and broken URLs in a real Chromium', () => {
  let atlas: AtlasPage;
  const dialogs: string[] = [];
  beforeAll(async () => {
    // No first load of its own: every case navigates from about:blank.
    // A small window: these cases are about the address, and every load rasterises the map on the CPU.
    atlas = await openAtlas(null, { viewport: { width: 720, height: 480 } });
    atlas.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(() => atlas.close());

  it.each(HOSTILE.map(([q, n]) => [q.length > 70 ? `${q.slice(0, 60)}… (${q.length} chars)` : q, q, n] as const))('%s', async (_, query, notice) => {
    const { page } = atlas;
    atlas.errors.length = 0;
    await page.goto('about:blank');
    await page.goto(atlas.baseUrl + query);
    // The atlas still comes up and draws its arcs.
    await page.getByTestId('shown-count').waitFor();
    await page.waitForFunction(() => (window as unknown as { atlasMap?: { loaded(): boolean } }).atlasMap?.loaded() === true, undefined, { polling: 100 });
    if (notice) expect(await page.getByTestId('url-notices').textContent()).toContain(notice);
    else expect(await page.getByTestId('url-notices').count()).toBe(0);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      injected: document.querySelectorAll('body img, body script, [onerror], [onload], [onmouseover], iframe').length,
      bearing: (window as unknown as { atlasMap: import('maplibre-gl').Map }).atlasMap.getBearing(),
      pitch: (window as unknown as { atlasMap: import('maplibre-gl').Map }).atlasMap.getPitch(),
      zoom: (window as unknown as { atlasMap: import('maplibre-gl').Map }).atlasMap.getZoom(),
    }));
    expect(state.pwned).toBe(0);
    expect(state.injected).toBe(0);
    // The arc overlay assumes a north-up, flat map: a hash cannot rotate or tilt it.
    expect(state.bearing).toBe(0);
    expect(state.pitch).toBe(0);
    expect(Number.isFinite(state.zoom)).toBe(true);
    expect(dialogs).toEqual([]);
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
