/**
 * Uncertainty on the map (issue 15): a reconstruction (a low-confidence record) is drawn hollow, unlike a
 * record of the same country, status and anchoring; the legend keys it; its tooltip says why in plain words;
 * `confidence=high` keeps only what the report states outright, through a reload.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

interface Rec {
  id: string;
  euCountry: string;
  euUnit: string | null;
  status: string;
  confidence: 'high' | 'medium' | 'low';
  period: string | null;
  counted: string;
}
const bundle = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../public/data/bundle.json'), 'utf8')) as { partnerships: Rec[] };
const drawnIn = (period: string) => bundle.partnerships.filter((p) => p.period === period && p.counted === 'period-table');

/** The computed look of an arc's path, and whether a rail is drawn down its middle. */
const lookOf = (page: AtlasPage['page'], id: string) =>
  page.evaluate((id) => {
    const el = document.querySelector(`path[data-partnership-id="${id}"]`) as SVGPathElement;
    const cs = getComputedStyle(el);
    const rail = el.nextElementSibling?.matches('path.rail') ? (el.nextElementSibling as SVGPathElement) : null;
    return {
      stroke: cs.stroke,
      width: parseFloat(cs.strokeWidth),
      opacity: cs.strokeOpacity,
      dash: cs.strokeDasharray,
      rail: rail ? { width: parseFloat(getComputedStyle(rail).strokeWidth), d: rail.getAttribute('d') === el.getAttribute('d') } : null,
    };
  }, id);

describe('uncertainty on the map', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('draws a reconstruction hollow, keys it in the legend, and says why on hover', async () => {
    atlas = await openAtlas('?period=2010-2012&lines=arcs');
    const { page } = atlas;
    await waitForMapIdle(page);
    const period = drawnIn('2010-2012');
    await expect.poll(() => page.locator('path[data-partnership-id]').count(), { timeout: 10000 }).toBe(period.length);
    // Poland's two arcs of 2010–2012 from its anchor, status not stated: one low, one medium (drawn as stated).
    const low = period.find((p) => p.confidence === 'low' && p.euCountry === 'PL' && !p.euUnit && p.status === 'unknown')!;
    const other = period.find((p) => p.confidence !== 'low' && p.euCountry === 'PL' && !p.euUnit && p.status === 'unknown')!;
    const [a, b] = [await lookOf(page, low.id), await lookOf(page, other.id)];
    expect(a.stroke).toBe(b.stroke);
    expect(a.dash).toBe(b.dash);
    expect(a.width).toBeGreaterThan(b.width + 1);
    expect(a.rail).toMatchObject({ d: true });
    expect(a.rail!.width).toBeLessThan(a.width);
    expect(b.rail).toBeNull();
    expect(await page.locator('path.rail').count()).toBe(period.filter((p) => p.confidence === 'low').length);

    // The legend shows the key: a hollow line, wider than the certain line beside it.
    const key = page.getByTestId('confidence-key');
    await expect.poll(() => key.isVisible()).toBe(true);
    expect(await key.textContent()).toContain('Hollow');
    const [keyLine, keyRail] = await key.locator('svg [data-part]').evaluateAll((ls) => ls.map((l) => parseFloat(getComputedStyle(l).strokeWidth)));
    expect(keyRail).toBeGreaterThan(0);
    expect(keyLine).toBeGreaterThan(keyRail);

    // Hovering the low arc, where nothing else is near, gives the plain reason.
    const spots = await page.evaluate((id) => {
      const el = document.querySelector(`path[data-partnership-id="${id}"]`) as SVGPathElement;
      const m = el.getScreenCTM()!;
      const len = el.getTotalLength();
      const out: { x: number; y: number }[] = [];
      for (let t = 0.2; t <= 0.8; t += 0.05) {
        const p = el.getPointAtLength(len * t);
        const x = m.a * p.x + m.c * p.y + m.e;
        const y = m.b * p.x + m.d * p.y + m.f;
        if (document.elementFromPoint(x, y)?.tagName === 'CANVAS') out.push({ x, y });
      }
      return out;
    }, low.id);
    expect(spots.length).toBeGreaterThan(0);
    const label = page.getByTestId('hover-label');
    let said = '';
    for (const { x, y } of spots) {
      await page.mouse.move(x + 3, y + 3);
      await page.mouse.move(x, y, { steps: 2 });
      said = (await label.isVisible()) ? ((await label.textContent()) ?? '') : '';
      if (said.includes('Poland') || said.includes('placed')) break;
    }
    expect(said).toContain('placed so that the printed totals hold: our copy of Table 7 does not show which country this cell belongs to');
    // The long reason wraps inside the map rather than running out of it.
    const [box, map] = await Promise.all([label.boundingBox(), page.locator('canvas.maplibregl-canvas').boundingBox()]);
    expect(box!.x).toBeGreaterThanOrEqual(map!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(map!.x + map!.width);

    // Over all periods, a low arc against a high one of the same country, status and anchoring.
    await page.locator('button[data-period="all"]').click();
    const all = bundle.partnerships.filter((p) => p.counted === 'period-table' || p.counted === 'table-9');
    const pair = all
      .filter((p) => p.confidence === 'low')
      .map((l) => [l, all.find((h) => h.confidence === 'high' && h.euCountry === l.euCountry && h.status === l.status && !h.euUnit === !l.euUnit)] as const)
      .find(([, h]) => h)!;
    await expect.poll(() => page.locator(`path[data-partnership-id="${pair[1]!.id}"]`).count(), { timeout: 10000 }).toBe(1);
    const [l2, h2] = [await lookOf(page, pair[0].id), await lookOf(page, pair[1]!.id)];
    expect(l2.stroke).toBe(h2.stroke);
    expect(l2.width).toBeGreaterThan(h2.width + 1);
    expect(l2.rail).not.toBeNull();
    expect(h2.rail).toBeNull();
    expect(atlas.errors).toEqual([]);
  });

  it('keeps only what the report states outright with confidence=high, through the checkbox and a reload', async () => {
    atlas = await openAtlas('?period=2010-2012&lines=arcs');
    const { page } = atlas;
    await waitForMapIdle(page);
    const high = drawnIn('2010-2012').filter((p) => p.confidence === 'high');
    const arcs = () => page.locator('path[data-partnership-id]').count();
    await expect.poll(arcs, { timeout: 10000 }).toBe(drawnIn('2010-2012').length);
    await page.getByTestId('confidence-filter').check();
    await expect.poll(arcs, { timeout: 10000 }).toBe(high.length);
    await expect.poll(() => page.url(), { timeout: 5000 }).toContain('confidence=high');
    expect(await page.getByTestId('shown-count').textContent()).toBe(String(high.length));
    // The deep link survives a reload.
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(arcs, { timeout: 15000 }).toBe(high.length);
    expect(page.url()).toContain('confidence=high');
    expect(await page.getByTestId('confidence-filter').isChecked()).toBe(true);
    expect(await page.locator('path.rail').count()).toBe(0);
    const ids = await page.locator('path[data-partnership-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-partnership-id')));
    expect(ids.sort()).toEqual(high.map((p) => p.id).sort());
    // Unchecked, every record is back and the address forgets the filter.
    await page.getByTestId('confidence-filter').uncheck();
    await expect.poll(arcs, { timeout: 10000 }).toBe(drawnIn('2010-2012').length);
    await expect.poll(() => page.url(), { timeout: 5000 }).not.toContain('confidence=');
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
