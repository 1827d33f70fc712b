// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { topologyToGeo } from '../geo/topo.ts';
import { arcStroke, buildArcs, COUNTRY_COLOURS } from '../arcs/arcs.ts';
import { CASING, casingDash, casingWidth, contrast, MIN_CONTRAST } from '../map/casing.ts';
import { countryBreakdown, inPeriod } from '../data/selectors.ts';
import { DARK, INITIAL_BOUNDS, LIGHT, shadingColours } from '../map/style.ts';
import { shadingKey } from '../map/choropleth.ts';
import { SHADING_HEAD } from '../words/index.ts';
import { renderSvg } from './svg.ts';
import { buildFlows, flowStroke, flowWidth } from '../arcs/flows.ts';

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
    legend: countryBreakdown(shown).map((c) => ({ ...c, name: countries.get(c.country)!.name })),
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

describe('renderSvg: casings', () => {
  it('draws a casing under every line, in a tone every country colour clears at 3:1, its line’s width plus an edge, dashed with it', () => {
    for (const theme of ['light', 'dark'] as const) {
      const doc = new DOMParser().parseFromString(render('1982-1989', 'Title', theme), 'image/svg+xml');
      const group = doc.querySelector('g.casings')!;
      const casings = [...group.querySelectorAll('path')];
      const lines = [...doc.querySelectorAll('g.arcs path[data-partnership-id]')];
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
        expect(c.getAttribute('stroke-opacity')).toBe(line.getAttribute('stroke-opacity'));
        const dash = line.getAttribute('stroke-dasharray');
        const want = dash ? casingDash(dash.split(' ').map(Number)).dash.map((v) => Math.round(v * 100) / 100).join(' ') : null;
        expect(c.getAttribute('stroke-dasharray')).toBe(want);
      });
    }
  });
});
