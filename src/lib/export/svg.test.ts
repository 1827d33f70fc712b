// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { topologyToGeo } from '../geo/topo.ts';
import { arcStroke, buildArcs, COUNTRY_COLOURS, STATUS_DASH } from '../arcs/arcs.ts';
import { CASING, casingDash, casingWidth, contrast, MIN_CONTRAST } from '../map/casing.ts';
import { countryBreakdown, inPeriod } from '../data/selectors.ts';
import { DARK, INITIAL_BOUNDS, LIGHT, shadingColours } from '../map/style.ts';
import { shadingKey } from '../map/choropleth.ts';
import { ANCHOR_KEY, attributionText, citeAtlas, FLOW_WIDTH_LABEL, LOW_KEY_LABEL, SHADING_HEAD, STATUS_LABEL, STATUS_ORDER } from '../words/index.ts';
import { LEGEND_FONT, renderSvg } from './svg.ts';
import { estimateWidth } from './legend.ts';
import { drawnFrom } from '../data/cite.ts';
import { buildFlows, flowStroke, flowWidth } from '../arcs/flows.ts';
import { EU_COUNTRIES } from '../data/types.ts';

const bundle = parseBundle(raw);
const dir = path.resolve(import.meta.dirname, '../../../public/geo');
const geo = topologyToGeo(JSON.parse(fs.readFileSync(path.join(dir, 'regions.json'), 'utf8')), JSON.parse(fs.readFileSync(path.join(dir, 'countries.json'), 'utf8')));
const places = new Map(bundle.places.map((p) => [p.id, p]));
const countries = new Map(bundle.countries.map((c) => [c.id, c]));

function render(period: '1982-1989' | 'all', title = 'EU–China partnerships', theme?: 'light' | 'dark') {
  return renderSvg(options(period, title, theme));
}

function options(period: '1982-1989' | 'all', title = 'EU–China partnerships', theme?: 'light' | 'dark') {
  const shown = inPeriod(bundle.partnerships, period, 'new');
  return {
    geo,
    arcs: buildArcs(shown, { places, countries }),
    unitCounts: new Map([['CN-SD', 3]]),
    bounds: INITIAL_BOUNDS,
    width: 1200,
    height: 700,
    title,
    subtitle: 'new partnerships',
    legend: countryBreakdown(shown, EU_COUNTRIES).map((c) => ({ ...c, name: countries.get(c.country)!.name })),
    attribution: 'Data: The Subnational Dimension of EU-China Relations (2019). Boundaries: Natural Earth.',
    theme,
  };
}

describe('renderSvg', () => {
  it('is well-formed SVG holding one arc path per partnership shown', () => {
    const doc = new DOMParser().parseFromString(render('1982-1989'), 'image/svg+xml');
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.querySelectorAll('path[data-partnership-id]')).toHaveLength(27);
    expect(doc.querySelectorAll('path[data-unit]').length).toBe(128);
    expect(doc.querySelector('[data-unit="CN-SD"]')!.getAttribute('fill')).not.toBe('#f7dede');
  });

  it('draws each arc from its European end to its Chinese end in the fitted projection', () => {
    const doc = new DOMParser().parseFromString(render('all'), 'image/svg+xml');
    const d = doc.querySelector('path[data-partnership-id]')!.getAttribute('d')!;
    const [x0] = d.slice(1).split('L')[0].split(',').map(Number);
    const xs = d.slice(1).split('L').map((p: string) => Number(p.split(',')[0]));
    expect(xs.at(-1)!).toBeGreaterThan(x0); // eastward, Europe → China
    expect(doc.querySelectorAll('path[data-partnership-id]')).toHaveLength(143);
  });

  it('strokes each arc as the map and the PNG do (arcStroke), dashed ends square', () => {
    const doc = new DOMParser().parseFromString(render('all'), 'image/svg+xml');
    const arcs = buildArcs(inPeriod(bundle.partnerships, 'all', 'new'), { places, countries });
    // In "All" every arc from a country's anchor has no stated status.
    const anchored = arcs.find((a) => a.countryAnchored)!;
    const named = arcs.find((a) => !a.countryAnchored && !a.dash && !a.quiet)!;
    const dashed = arcs.find((a) => a.dash)!;
    const quiet = arcs.find((a) => a.quiet && !a.countryAnchored)!;
    const el = (id: string) => doc.querySelector(`path[data-partnership-id="${id}"]`)!;
    expect(Number(el(anchored.id).getAttribute('stroke-width'))).toBe(arcStroke(true, null, anchored.quiet).width);
    expect(Number(el(anchored.id).getAttribute('stroke-opacity'))).toBe(arcStroke(true, null, anchored.quiet).alpha);
    expect(Number(el(named.id).getAttribute('stroke-width'))).toBe(arcStroke(false).width);
    expect(el(named.id).hasAttribute('stroke-opacity')).toBe(false);
    expect(el(dashed.id).getAttribute('stroke-linecap')).toBe('butt');
    // A status not stated: the calmest line, solid.
    expect(Number(el(quiet.id).getAttribute('stroke-width'))).toBe(arcStroke(false, null, true).width);
    expect(Number(el(quiet.id).getAttribute('stroke-opacity'))).toBe(arcStroke(false, null, true).alpha);
    expect(el(quiet.id).hasAttribute('stroke-dasharray')).toBe(false);
  });

  it('draws flows as the map does: one path per pair of ends, as wide as its partnerships, adding up to every arc', () => {
    const arcs = buildArcs(inPeriod(bundle.partnerships, 'all', 'new'), { places, countries });
    const flows = buildFlows(arcs);
    const doc = new DOMParser().parseFromString(renderSvg({ ...options('all'), arcs: flows }), 'image/svg+xml');
    const paths = [...doc.querySelectorAll('path[data-flow]')];
    expect(paths).toHaveLength(flows.length);
    expect(doc.querySelectorAll('path[data-partnership-id]')).toHaveLength(0);
    expect(paths.reduce((n, p) => n + Number(p.getAttribute('data-count')), 0)).toBe(143);
    const widest = flows[0];
    const el = doc.querySelector(`path[data-flow="${widest.id.replace('flow:', '')}"]`)!;
    expect(Number(el.getAttribute('stroke-width'))).toBe(flowWidth(widest.arcs.length));
    expect(Number(el.getAttribute('stroke-opacity'))).toBe(flowStroke(widest.countryAnchored).alpha);
  });

  it('escapes text and refers to nothing outside itself', () => {
    const svg = render('1982-1989', 'A <b>bold</b> & "quoted" title');
    expect(svg).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title');
    expect(svg.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:|href=/);
  });

  it('shades units as the map does (none in the land tint) and keys the shading in its legend, in the theme asked for', { timeout: 30_000 }, () => {
    for (const [theme, palette] of [['light', LIGHT], ['dark', DARK]] as const) {
      const doc = new DOMParser().parseFromString(render('1982-1989', 'T', theme), 'image/svg+xml');
      const key = shadingKey(new Map([['CN-SD', 3]]), shadingColours(palette));
      // CN-SD holds the view's maximum (3): the top class; a unit with none is the land.
      expect(doc.querySelector('[data-unit="CN-SD"]')!.getAttribute('fill')).toBe(key.classes.at(-1)!.colour);
      expect(doc.querySelector('[data-unit="CN-BJ"]')!.getAttribute('fill')).toBe(palette.land);
      expect(doc.querySelector('g.countries')!.getAttribute('fill')).toBe(palette.land);
      // The water, and the title band in the page's surface colour (no white band on a dark page).
      const [water, band] = [...doc.documentElement.querySelectorAll(':scope > rect')].map((r) => r.getAttribute('fill'));
      expect(water).toBe(palette.water);
      expect(band).toBe(theme === 'light' ? '#ffffff' : '#1d2027');
      const swatches = [...doc.querySelectorAll('g.legend g.shading rect')];
      expect(swatches.map((r) => r.getAttribute('fill'))).toEqual([palette.land, ...key.classes.map((c) => c.colour)]);
      expect(swatches.map((r) => `${r.getAttribute('data-lo')}-${r.getAttribute('data-hi')}`)).toEqual(['0-0', '1-1', '2-2', '3-3']);
      expect([...doc.querySelectorAll('g.shading text')].map((t) => t.textContent)).toEqual([SHADING_HEAD, '0', '1', '2', '3']);
    }
  });
});

describe('renderSvg: reconstructions', () => {
  it('draws a low-confidence arc hollow, as the map does (arcStroke’s hollow look and a rail of the land’s colour), and keys it in the legend', () => {
    const doc = new DOMParser().parseFromString(render('all'), 'image/svg+xml');
    const arcs = buildArcs(inPeriod(bundle.partnerships, 'all', 'new'), { places, countries });
    const low = arcs.find((a) => a.low && a.countryAnchored)!;
    const el = doc.querySelector(`path[data-partnership-id="${low.id}"]`)!;
    const st = arcStroke(true, null, low.quiet, true);
    expect(Number(el.getAttribute('stroke-width'))).toBe(st.width);
    const rail = el.nextElementSibling!;
    expect(rail.getAttribute('class')).toBe('rail');
    expect(Number(rail.getAttribute('stroke-width'))).toBe(st.rail);
    expect(rail.getAttribute('stroke')).toBe(LIGHT.land);
    expect(rail.getAttribute('d')).toBe(el.getAttribute('d'));
    expect(doc.querySelectorAll('path.rail')).toHaveLength(arcs.filter((a) => a.low).length);
    expect(doc.querySelector('.legend .low-key')!.textContent).toContain('placed only so that the totals hold');
    // A drawing with no reconstruction has no key for it.
    const early = new DOMParser().parseFromString(render('1982-1989'), 'image/svg+xml');
    expect(early.querySelector('.low-key')).toBeNull();
  });
});

describe('renderSvg: a legend that explains the drawing, the app’s credit line, the atlas’s citation', () => {
  const parse = (o: Parameters<typeof renderSvg>[0]) => new DOMParser().parseFromString(renderSvg(o), 'image/svg+xml');
  const num = (el: Element, a: string) => Number(el.getAttribute(a) ?? 0);
  /** A legend element's box from its coordinates in the markup (text: its estimated width, as the layout measures it). */
  function box(el: Element): { x: number; y: number; width: number; height: number } {
    switch (el.tagName) {
      case 'rect':
        return { x: num(el, 'x'), y: num(el, 'y'), width: num(el, 'width'), height: num(el, 'height') };
      case 'circle':
        return { x: num(el, 'cx') - num(el, 'r'), y: num(el, 'cy') - num(el, 'r'), width: 2 * num(el, 'r'), height: 2 * num(el, 'r') };
      case 'path': {
        const [, x, y, w] = /^M([\d.]+) ([\d.]+)h([\d.]+)$/.exec(el.getAttribute('d')!)!.map(Number);
        const sw = num(el, 'stroke-width');
        return { x, y: y - sw / 2, width: w, height: sw };
      }
      case 'text': {
        const size = num(el, 'font-size') || LEGEND_FONT;
        const w = estimateWidth(el.textContent!, size);
        const x = el.getAttribute('text-anchor') === 'middle' ? num(el, 'x') - w / 2 : num(el, 'x');
        return { x, y: num(el, 'y') - size, width: w, height: size * 1.25 };
      }
    }
    throw new Error(`no box for ${el.tagName}`);
  }
  const union = (els: Element[]) => {
    const bs = els.map(box);
    const x = Math.min(...bs.map((b) => b.x));
    const y = Math.min(...bs.map((b) => b.y));
    return { x, y, width: Math.max(...bs.map((b) => b.x + b.width)) - x, height: Math.max(...bs.map((b) => b.y + b.height)) - y };
  };
  const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const inside = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

  it('keys every status its arcs have (the dash of each as arcs.ts gives it), the hollow line and the anchor ring; flows by their widths', { timeout: 30_000 }, () => {
    const doc = parse(options('all'));
    const keys = [...doc.querySelectorAll('g.legend g.key')];
    const arcs = buildArcs(inPeriod(bundle.partnerships, 'all', 'new'), { places, countries });
    const statuses = STATUS_ORDER.filter((s) => arcs.some((a) => a.partnership.status === s));
    expect(keys.filter((k) => k.getAttribute('data-key')!.startsWith('status-')).map((k) => k.textContent)).toEqual(statuses.map((s) => STATUS_LABEL[s]));
    for (const s of statuses) {
      const line = doc.querySelector(`g[data-key="status-${s}"] path`)!;
      expect(line.getAttribute('stroke-dasharray')).toBe(STATUS_DASH[s]);
      expect(num(line, 'stroke-width')).toBe(arcStroke(false, null, s === 'unknown').width);
    }
    expect(doc.querySelector('g[data-key="anchor"]')!.textContent).toBe(ANCHOR_KEY);
    expect(doc.querySelector('g[data-key="low"]')!.textContent).toBe(LOW_KEY_LABEL);
    // The map draws a ring on each country anchor its lines start from.
    expect(doc.querySelectorAll('g.anchors circle')).toHaveLength(new Set(arcs.filter((a) => a.countryAnchored).map((a) => a.partnership.euCountry)).size);
    // Flows: their widths, no statuses (a flow is solid).
    const flows = parse({ ...options('all'), arcs: buildFlows(arcs) });
    expect(flows.querySelector('g[data-key="flows"]')!.textContent).toBe(`${FLOW_WIDTH_LABEL}123partnerships`);
    expect(flows.querySelectorAll('g[data-key^="status-"]')).toHaveLength(0);
    // 1982–1989: no reconstruction and no anchor; only the statuses drawn.
    const early = parse(options('1982-1989'));
    expect(early.querySelector('g[data-key="low"]')).toBeNull();
    const earlyAnchored = new Set(buildArcs(inPeriod(bundle.partnerships, '1982-1989', 'new'), { places, countries }).filter((a) => a.countryAnchored).map((a) => a.partnership.euCountry));
    expect(early.querySelectorAll('g.anchors circle')).toHaveLength(earlyAnchored.size);
    expect(!!early.querySelector('g[data-key="anchor"]')).toBe(earlyAnchored.size > 0);
    // A drawing with no anchored line: neither rings nor their key.
    const named = parse({ ...options('1982-1989'), arcs: arcs.filter((a) => !a.countryAnchored) });
    expect(named.querySelector('g.anchors')).toBeNull();
    expect(named.querySelector('g[data-key="anchor"]')).toBeNull();
  });

  it('lays its keys out without overlap, inside its box, the box above the credit line and inside the drawing: 1600 and 390 px wide', { timeout: 30_000 }, () => {
    const arcs = buildArcs(inPeriod(bundle.partnerships, 'all', 'new'), { places, countries });
    for (const [width, height, lines] of [[1600, 1000, arcs], [390, 560, arcs], [390, 560, buildFlows(arcs)], [1280, 800, buildFlows(arcs)]] as const) {
      const doc = parse({ ...options('all'), arcs: lines, width, height });
      const legendBox = box(doc.querySelector('rect.legend-box')!);
      const keys = [...doc.querySelectorAll('g.legend > g')].map((g) => ({ id: g.getAttribute('data-key') ?? g.getAttribute('class'), b: union([...g.children].filter((c) => c.tagName !== 'title')) }));
      expect(keys.length).toBeGreaterThan(6);
      for (const k of keys) expect(inside(k.b, legendBox), `${k.id} inside the box at ${width}`).toBe(true);
      for (let i = 0; i < keys.length; i++)
        for (let j = i + 1; j < keys.length; j++) expect(overlap(keys[i].b, keys[j].b), `${keys[i].id} × ${keys[j].id} at ${width}`).toBe(false);
      expect(legendBox.x + legendBox.width).toBeLessThanOrEqual(width);
      // No wider than its widest row needs.
      expect(legendBox.x + legendBox.width - Math.max(...keys.map((k) => k.b.x + k.b.width))).toBeLessThanOrEqual(14);
      const credit = box(doc.querySelector('g.credit rect')!);
      expect(legendBox.y + legendBox.height).toBeLessThanOrEqual(credit.y);
      expect(credit.x).toBeGreaterThanOrEqual(0);
    }
  });

  it('writes the app’s credit line exactly (wrapped where narrow, the lines together give it back), and cites the atlas in its metadata', { timeout: 30_000 }, () => {
    const citation = citeAtlas(bundle.atlas!, drawnFrom(bundle.sources).map((d) => d.label));
    for (const width of [1600, 390]) {
      const doc = parse({ ...options('1982-1989'), width, attribution: attributionText(), citation });
      const lines = [...doc.querySelectorAll('g.credit tspan')].map((t) => t.textContent);
      expect(lines.join(' ')).toBe(attributionText());
      expect(lines.length > 1).toBe(width === 390);
      for (const l of lines) expect(estimateWidth(l!, 9)).toBeLessThanOrEqual(width - 16);
      expect(doc.querySelector('metadata citation')!.textContent).toBe(citation);
      expect(doc.querySelector('metadata source')!.textContent).toBe(attributionText());
    }
    // The no-WebGL map passes no citation: no metadata.
    expect(parse(options('1982-1989')).querySelector('metadata')).toBeNull();
  });
});

describe('renderSvg: casings', () => {
  it('draws a casing under every line drawn whole (none under a translucent one), in a tone every country colour clears at 3:1, its line’s width plus an edge, dashed with it', () => {
    for (const theme of ['light', 'dark'] as const) {
      const doc = new DOMParser().parseFromString(render('1982-1989', 'Title', theme), 'image/svg+xml');
      const group = doc.querySelector('g.casings')!;
      const casings = [...group.querySelectorAll('path')];
      const all = [...doc.querySelectorAll('g.arcs path[data-partnership-id]')];
      const lines = all.filter((l) => !l.hasAttribute('stroke-opacity'));
      // The period has both: lines drawn whole get a casing each, translucent ones none.
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThan(all.length);
      expect(casings).toHaveLength(lines.length);
      // Under every line: the casings' group comes before the lines'.
      expect(group.nextElementSibling!.getAttribute('class')).toBe('arcs');
      const casing = group.getAttribute('stroke')!;
      expect(casing).toBe(CASING[theme]);
      for (const c of Object.values(COUNTRY_COLOURS)) expect(contrast(c, casing)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      lines.forEach((line, i) => {
        const c = casings[i];
        expect(c.getAttribute('d')).toBe(line.getAttribute('d'));
        expect(Number(c.getAttribute('stroke-width'))).toBeCloseTo(casingWidth(Number(line.getAttribute('stroke-width'))), 2);
        expect(c.getAttribute('stroke-opacity')).toBeNull();
        const dash = line.getAttribute('stroke-dasharray');
        const want = dash ? casingDash(dash.split(' ').map(Number)).dash.map((v) => Math.round(v * 100) / 100).join(' ') : null;
        expect(c.getAttribute('stroke-dasharray')).toBe(want);
      });
    }
  });
});
