import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { seriousViolations } from './axe.ts';

type MapWindow = Window & { atlasMap: import('maplibre-gl').Map };
const bundle = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../public/data/bundle.json'), 'utf8'));
const TOTALS: Record<string, number> = { '1982-1989': 27, '1991-1999': 11, '2000-2007': 30, '2010-2012': 18, '2014-2017': 48 };

describe('arcs, periods and deep links in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  const arcCount = (a: AtlasPage) => a.page.locator('[data-testid="arc-overlay"] path[data-partnership-id]').count();

  it('draws as many arcs as each period table counts, and cumulative counts grow', async () => {
    // Single arcs chosen: cumulative views draw flows by default (flows.e2e.ts).
    atlas = await openAtlas('?period=1982-1989&lines=arcs');
    const { page } = atlas;
    await waitForMapIdle(page);
    for (const [period, total] of Object.entries(TOTALS)) {
      await page.locator(`button[data-period="${period}"]`).click();
      await expect.poll(() => arcCount(atlas!)).toBe(total);
      await expect.poll(() => page.getByTestId('shown-count').textContent()).toBe(String(total));
      // The period panel shows the same table total (the tables shown before stay, hidden: PeriodPanels).
      await expect.poll(() => page.getByTestId('period-shown').getByTestId('computed-total').textContent()).toBe(String(total));
    }
    // Five tables kept in the page; a reader sees one, and a screen reader finds one: the others take no room,
    // paint nothing and are out of the focus order (inert).
    expect(await page.locator('#side-panel [data-testid="period-table"]').count()).toBe(5);
    expect(await page.locator('#side-panel').getByRole('table').count()).toBe(1);
    const kept = await page.evaluate(() =>
      [...document.querySelectorAll('#side-panel [data-testid="period-table"]')].map((t) => ({
        seen: t.checkVisibility(),
        height: (t.parentElement!.closest('[data-testid="period-shown"], .away') as HTMLElement).getBoundingClientRect().height,
        inert: (t.closest('[inert]') as HTMLElement | null) !== null,
      })),
    );
    expect(kept.filter((k) => k.seen)).toHaveLength(1);
    expect(kept.filter((k) => !k.seen)).toEqual(Array(4).fill({ seen: false, height: 0, inert: true }));
    expect(kept.find((k) => k.seen)!.height).toBeGreaterThan(100);
    await page.getByLabel('Cumulative').check();
    const sizes: number[] = [];
    for (const period of Object.keys(TOTALS)) {
      await page.locator(`button[data-period="${period}"]`).click();
      await expect.poll(() => arcCount(atlas!)).toBeGreaterThan(sizes.at(-1) ?? 0);
      sizes.push(await arcCount(atlas!));
    }
    expect(sizes.at(-1)).toBe(134);
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('keeps arc ends on their places after the camera jumps', async () => {
    atlas = await openAtlas('?period=1991-1999');
    const { page } = atlas;
    await waitForMapIdle(page);
    const p = bundle.partnerships.find((x: { id: string }) => x.id === 't5-gb-sh-1');
    const liverpool = bundle.places.find((x: { id: string }) => x.id === p.euUnit).coord;
    await page.evaluate(() => (window as unknown as MapWindow).atlasMap.jumpTo({ center: [40, 45], zoom: 3.2 }));
    await waitForMapIdle(page);
    const [d, want] = await page.evaluate(
      ([id, ll]) => {
        const map = (window as unknown as MapWindow).atlasMap;
        const el = document.querySelector(`path[data-partnership-id="${id}"]`)!;
        const pt = map.project(ll as [number, number]);
        return [el.getAttribute('d')!, [pt.x, pt.y]] as const;
      },
      ['t5-gb-sh-1', liverpool],
    );
    const [x, y] = d.slice(1).split('L')[0].split(',').map(Number);
    expect(Math.abs(x - want[0])).toBeLessThan(0.6);
    expect(Math.abs(y - want[1])).toBeLessThan(0.6);
  });

  it('restores period, mode, selection and camera from a deep link, and walks selections with back', async () => {
    atlas = await openAtlas('?period=2014-2017&mode=cumulative&select=ITI2#map=4/45/60');
    const { page } = atlas;
    await waitForMapIdle(page);
    expect(await page.locator('button[data-period="2014-2017"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByLabel('Cumulative').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('panel-place').textContent()).toContain('Umbria');
    const cam = await page.evaluate(() => {
      const m = (window as unknown as MapWindow).atlasMap;
      return { z: m.getZoom(), c: m.getCenter() };
    });
    expect(cam.z).toBeCloseTo(4, 1);
    expect(cam.c.lat).toBeCloseTo(45, 0);
    expect(cam.c.lng).toBeCloseTo(60, 0);
    // A new selection, then back.
    await page.evaluate(() => {
      history.pushState(null, '', location.pathname + '?period=2014-2017&mode=cumulative&select=CN-SD' + location.hash);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect.poll(() => page.getByTestId('panel-place').textContent()).toContain('Shandong');
    await page.goBack();
    await expect.poll(() => page.getByTestId('panel-place').textContent()).toContain('Umbria');
    expect(atlas.errors).toEqual([]);
  });

  it('ignores malformed parameters with a visible notice, never crashing', async () => {
    // Single arcs chosen: "All" draws flows by default (flows.e2e.ts).
    atlas = await openAtlas(`?period=1990-1999&select=${encodeURIComponent('<img src=x onerror=alert(1)>')}&zoom=9&lines=arcs`);
    const { page } = atlas;
    await waitForMapIdle(page);
    const text = await page.getByTestId('url-notices').textContent();
    expect(text).toContain('Ignored period "1990-1999"');
    expect(text).toContain('Ignored unknown parameter "zoom"');
    expect(await page.locator('[data-testid="url-notices"] img').count()).toBe(0);
    expect(await arcCount(atlas)).toBe(143);
    // The notices are a list inside a live region, which axe accepts (a list with role="status" it did not).
    expect(await page.getByTestId('url-notices').getByRole('listitem').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    expect(atlas.errors).toEqual([]);
  });

  it('plays through the periods from the keyboard alone', async () => {
    atlas = await openAtlas('');
    const { page } = atlas;
    await waitForMapIdle(page);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Home');
    await expect.poll(() => arcCount(atlas!)).toBe(27);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => arcCount(atlas!)).toBe(11);
    await page.keyboard.press('End');
    await expect.poll(() => arcCount(atlas!)).toBe(48);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => arcCount(atlas!)).toBe(18);
    // Play at 4×: the period advances on its own; Space pauses.
    await page.getByTestId('speed').selectOption('4');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('button[data-period="2014-2017"]').getAttribute('aria-pressed'), { timeout: 5000 }).toBe('true');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
    expect(atlas.errors).toEqual([]);
  });

  it('fans out and highlights the arcs of a hovered hub, dimming the rest', async () => {
    atlas = await openAtlas('?period=1982-1989');
    const { page } = atlas;
    await waitForMapIdle(page);
    // Closer in on eastern China, then a point inside Shandong with no city dot near it.
    await page.evaluate(() => (window as unknown as MapWindow).atlasMap.jumpTo({ center: [117, 35], zoom: 4.5 }));
    await waitForMapIdle(page);
    const target = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).atlasMap;
      const f = map.querySourceFeatures('region-labels').find((x) => x.properties?.id === 'CN-SD');
      const c = map.project((f!.geometry as GeoJSON.Point).coordinates as [number, number]);
      const r = map.getCanvas().getBoundingClientRect();
      for (let dy = -40; dy <= 40; dy += 4) {
        for (let dx = -40; dx <= 40; dx += 4) {
          // The point and its neighbours within 4 px must all be Shandong, with no city dot.
          const clear = [-4, 0, 4].every((ox) =>
            [-4, 0, 4].every((oy) => {
              const top = map.queryRenderedFeatures([c.x + dx + ox, c.y + dy + oy], { layers: ['cities', 'regions-fill'] })[0];
              return top?.layer.id === 'regions-fill' && top.properties.id === 'CN-SD';
            }),
          );
          if (clear) return { x: Math.round(r.left + c.x + dx), y: Math.round(r.top + c.y + dy) };
        }
      }
      throw new Error('no clear point in Shandong');
    });
    await page.mouse.move(target.x + 2, target.y + 2);
    await page.mouse.move(target.x, target.y, { steps: 2 });
    // Shandong's arcs in the 1980s: Germany and France to the province, the UK to Jinan.
    await expect.poll(() => page.locator('path.arc.hl').count()).toBe(3);
    expect(await page.locator('path.arc.dim').count()).toBe(27 - (await page.locator('path.arc.hl').count()));
  });

  it('keeps the programme layer off by default and shows pilots and links when switched on', async () => {
    atlas = await openAtlas('?period=2014-2017');
    const { page } = atlas;
    await waitForMapIdle(page);
    const links = () => page.locator('path.programme-link[data-link-id]').count();
    const visible = () => page.evaluate(() => (window as unknown as MapWindow).atlasMap.getLayoutProperty('programme-points', 'visibility'));
    expect(await links()).toBe(0);
    expect(await visible()).toBe('none');
    await page.getByLabel(/programme layer/).check();
    await expect.poll(links).toBe(bundle.iurc.links.length);
    expect(await visible()).toBe('visible');
    await expect.poll(() => page.url(), { timeout: 5000 }).toContain('layer=programme');
    // Partnership arcs are untouched by the layer.
    expect(await arcCount(atlas)).toBe(48);
    // A pilot's profile opens in the place panel when picked.
    await page.getByRole('combobox', { name: 'Search places' }).fill('Bacău County');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('panel-place').textContent()).toContain('Bacău County');
    expect(await page.getByTestId('panel-place').textContent()).toMatch(/[Pp]opulation/);
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('ends every arc at a point place on its own dot, clustered or not, and a click on that dot picks the place', async () => {
    // Single arcs chosen: "All" draws flows by default (flows.e2e.ts).
    atlas = await openAtlas('?lines=arcs');
    const { page } = atlas;
    await waitForMapIdle(page);
    const byId = new Map(bundle.places.map((x: { id: string }) => [x.id, x]));
    // The Chinese end of each partnership drawn, where it is a point place (a city or district).
    const drawn: string[] = await page.evaluate(() => [...document.querySelectorAll('path[data-partnership-id]')].map((el) => el.getAttribute('data-partnership-id')!));
    const ends = [
      ...new Set(
        drawn
          .map((id) => bundle.partnerships.find((x: { id: string }) => x.id === id))
          .map((x: { cnUnit: string | null; cnProvince: string | null }) => x.cnUnit ?? x.cnProvince)
          .filter((id: string | null): id is string => id !== null && !(byId.get(id) as { hasGeometry: boolean }).hasGeometry),
      ),
    ] as string[];
    expect(ends.length).toBeGreaterThan(10);
    const marks = await page.evaluate(
      (ends) => {
        const map = (window as unknown as MapWindow).atlasMap;
        // The clusters as drawn (map/ClusterLayer.svelte, above the map's canvas).
        const clusters = [...document.querySelectorAll<SVGGElement>('[data-testid="clusters"] g.cluster')].map((g) => { const [x, y] = g.getAttribute('transform')!.slice(10, -1).split(',').map(Number); return { x, y, count: Number(g.dataset.count) }; });
        return ends.map(([id, ll]) => {
          const p = map.project(ll);
          const dot = map.queryRenderedFeatures(
            [
              [p.x - 1, p.y - 1],
              [p.x + 1, p.y + 1],
            ],
            { layers: ['cities'] },
          );
          return { id, x: p.x, y: p.y, dot: dot.some((f) => f.properties.id === id && f.state.shown), clustered: clusters.some((c) => Math.hypot(c.x - p.x, c.y - p.y) < 26) };
        });
      },
      ends.map((id) => [id, (byId.get(id) as { coord: [number, number] }).coord] as [string, [number, number]]),
    );
    // Every such end has its own mark under it, those inside a cluster too.
    expect(marks.filter((m) => !m.dot)).toEqual([]);
    const inCluster = marks.filter((m) => m.clustered);
    expect(inCluster.length).toBeGreaterThan(0);
    // A click on a clustered city's dot picks the city, not the cluster (the camera stays).
    const rect = await page.evaluate(() => {
      const r = (window as unknown as MapWindow).atlasMap.getCanvas().getBoundingClientRect();
      return { left: r.left, top: r.top };
    });
    const zoom = await page.evaluate(() => (window as unknown as MapWindow).atlasMap.getZoom());
    const target = inCluster.find((m) => marks.every((o) => o === m || Math.hypot(o.x - m.x, o.y - m.y) > 8));
    expect(target, 'a clustered city with no other dot within 8 px').toBeDefined();
    await page.mouse.click(rect.left + target!.x, rect.top + target!.y);
    await expect.poll(() => page.url()).toContain(`select=${encodeURIComponent(target!.id)}`);
    expect(await page.evaluate(() => (window as unknown as MapWindow).atlasMap.getZoom())).toBeCloseTo(zoom, 5);
    expect(atlas.errors).toEqual([]);
  });
});
