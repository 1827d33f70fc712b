import { describe, expect, it } from 'vitest';
import { arcStroke, buildArcs, COUNTRY_COLOURS, STATUS_DASH } from '../arcs/arcs.ts';
import { buildFlows, flowWidth } from '../arcs/flows.ts';
import type { Country, Partnership } from '../data/types.ts';
import { partnership, testPlace as place } from '../data/testing.ts';
import { shadingKey } from '../map/choropleth.ts';
import { ANCHOR_KEY, FLOW_WIDTH_LABEL, LOW_KEY_LABEL, SHADING_HEAD, STATUS_LABEL } from '../words/index.ts';
import { drawnStatuses, estimateWidth, layoutLegend, legendSections, wrapText, type Key } from './legend.ts';

const places = new Map([place('DE2', [11, 49]), place('CN-JS', [119, 33], 'CN'), place('CN-SD', [118, 36], 'CN')].map((p) => [p.id, p]));
const countries = new Map<string, Country>([['DE', { id: 'DE', name: 'Germany', anchor: [10, 51], surveyed: true }]]);
const p = (id: string, over: Partial<Partnership>): Partnership => partnership({ id, ...over });
const arcs = buildArcs(
  [
    p('a', { euUnit: 'DE2', cnUnit: 'CN-JS', cnProvince: 'CN-JS', status: 'active' }),
    p('b', { euUnit: 'DE2', cnUnit: 'CN-SD', cnProvince: 'CN-SD', status: 'ended' }),
    p('c', { euUnit: null, cnUnit: 'CN-JS', cnProvince: 'CN-JS', status: 'unknown', confidence: 'low' }),
  ],
  { places, countries },
);
const rows = [{ id: 'DE', name: 'Germany', colour: COUNTRY_COLOURS.DE, count: 3 }];
const ids = (keys: readonly Key[]) => keys.map((k) => k.id);
const shading = shadingKey(new Map([['CN-JS', 2], ['CN-SD', 1]]), { none: '#eee', ramp: ['#a', '#b', '#c', '#d', '#e'] });

describe('legendSections: a key for everything the drawing holds, and nothing else', () => {
  it('single arcs: the countries, then each status drawn (its dash and stroke as on the map), the hollow line, the anchor ring; then the shading', () => {
    const [cs, lines, shade] = legendSections({ countries: rows, arcs, shading });
    expect(ids(cs)).toEqual(['country-DE']);
    expect(cs[0].parts[0]).toEqual({ glyph: { kind: 'swatch', colour: COUNTRY_COLOURS.DE }, text: 'Germany: 3' });
    expect(ids(lines)).toEqual(['status-active', 'status-ended', 'status-unknown', 'low', 'anchor']);
    const byId = Object.fromEntries(lines.map((k) => [k.id, k.parts[0]]));
    expect(byId['status-ended']).toEqual({ glyph: { kind: 'line', dash: STATUS_DASH.ended, ...arcStroke(false) }, text: STATUS_LABEL.ended });
    expect(byId['status-active'].glyph).toMatchObject({ dash: null, width: arcStroke(false).width });
    // A status not stated: the quiet line, thinner and fainter.
    expect(byId['status-unknown'].glyph).toMatchObject({ dash: null, width: arcStroke(false, null, true).width, alpha: arcStroke(false, null, true).alpha });
    expect(byId.low).toEqual({ glyph: { kind: 'hollow', width: arcStroke(false, null, false, true).width, rail: arcStroke(false, null, false, true).rail }, text: LOW_KEY_LABEL });
    expect(byId.anchor.text).toBe(ANCHOR_KEY);
    expect(shade.map((k) => k.parts[0].text)).toEqual([`${SHADING_HEAD}:`, '0', '1', '2']);
  });

  it('a drawing without reconstructions, anchors or shading has no key for them; statuses only those drawn', () => {
    const plain = arcs.filter((a) => !a.low && !a.countryAnchored && a.partnership.status === 'active');
    const sections = legendSections({ countries: rows, arcs: plain });
    expect(sections.map(ids)).toEqual([['country-DE'], ['status-active']]);
    expect(drawnStatuses(plain)).toEqual(['active']);
  });

  it('flows: their widths keyed as one (flowWidth of each count), no status (flows are solid)', () => {
    const flows = buildFlows(arcs.filter((a) => !a.countryAnchored));
    const [, lines] = legendSections({ countries: rows, arcs: flows });
    expect(ids(lines)).toEqual(['flows']);
    expect(lines[0].parts.map((x) => x.text)).toEqual([FLOW_WIDTH_LABEL, '1', 'partnership']);
    expect(lines[0].parts[1].glyph).toEqual({ kind: 'flow', width: flowWidth(1) });
  });
});

describe('layoutLegend', () => {
  const measure = (t: string) => t.length * 7;
  const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('wraps keys at the width, starts each section on a row of its own, and no two keys overlap', () => {
    const sections = legendSections({ countries: [...rows, { ...rows[0], id: 'FR', name: 'France' }, { ...rows[0], id: 'IT', name: 'Italy' }], arcs, shading });
    for (const max of [1400, 360, 200]) {
      const { placed, width, height } = layoutLegend(sections, measure, max, 16);
      for (const k of placed) if (k.x > 0) expect(k.x + k.width).toBeLessThanOrEqual(max);
      expect(width).toBeLessThanOrEqual(Math.max(max, ...placed.map((k) => k.width)));
      for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i], placed[j])).toBe(false);
      // Sections never share a row.
      const rowOf = (id: string) => placed.find((k) => k.key.id === id)!.y;
      expect(rowOf('status-active')).toBeGreaterThan(rowOf('country-IT'));
      expect(rowOf('shading-head')).toBeGreaterThan(rowOf('anchor'));
      expect(height).toBe(Math.max(...placed.map((k) => k.y + k.height)));
    }
    // Wide: one row per section; narrow: more rows.
    expect(layoutLegend(sections, measure, 1400, 16).height).toBe(3 * 16);
    expect(layoutLegend(sections, measure, 200, 16).height).toBeGreaterThan(6 * 16);
  });

  it('places a key’s text after its glyph, and a block key at its own size', () => {
    const { placed } = layoutLegend([[{ id: 'x', parts: [{ glyph: { kind: 'swatch', colour: '#000' }, text: 'abc' }] }], [{ id: 'b', parts: [], block: { width: 50, height: 40 } }]], measure, 300, 16);
    expect(placed[0].parts[0]).toEqual({ x: 0, text: 15 });
    expect(placed[0].width).toBe(15 + 21);
    expect(placed[1]).toMatchObject({ y: 16, width: 50, height: 40 });
  });
});

describe('wrapText and estimateWidth', () => {
  it('breaks between words only, every line within the width, the words given back whole', () => {
    const text = 'Source: The Subnational Dimension of EU-China Relations (2019), Tables 4–9; IURC city and region profiles.';
    const m = (t: string) => estimateWidth(t, 11);
    const lines = wrapText(text, m, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(m(l)).toBeLessThanOrEqual(200);
    expect(wrapText(text, m, 10_000)).toEqual([text]);
  });

  it('estimates capitals and CJK wider than lower case, at least as wide as Noto Sans sets them', () => {
    expect(estimateWidth('MMMM', 10)).toBeGreaterThan(estimateWidth('iiii', 10));
    expect(estimateWidth('四川', 10)).toBe(20);
    // Noto Sans sets "United Kingdom: 31" at about 95 px in 11 px type.
    expect(estimateWidth('United Kingdom: 31', 11)).toBeGreaterThanOrEqual(95);
  });
});
