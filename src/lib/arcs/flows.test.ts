import { describe, expect, it } from 'vitest';
import { arcLabel, buildArcs, COUNTRY_COLOURS, isFlow, type ArcDatum, type FlowDatum } from './arcs.ts';
import { buildFlows, defaultLines, FLOW_CAP, FLOW_UNIT, flowStroke, flowWidth, linesOf, viewLines, widthKeys } from './flows.ts';
import type { Country, Partnership } from '../data/types.ts';
import { partnership, testPlace as place } from '../data/testing.ts';

const places = new Map(
  [place('DE2', [11, 49]), place('FRK', [4.5, 45.5], 'FR'), place('CN-JS', [119, 33], 'CN'), place('CN-SD', [118, 36], 'CN'), { ...place('cn.jinan', [117, 36.7], 'CN'), kind: 'cn-city' as const, province: 'CN-SD', hasGeometry: false }].map((p) => [p.id, p]),
);
const countries = new Map<string, Country>([
  ['DE', { id: 'DE', name: 'Germany', anchor: [10, 51], surveyed: true }],
  ['FR', { id: 'FR', name: 'France', anchor: [2.5, 46.6], surveyed: true }],
]);
const ctx = { places, countries };
const p = (id: string, over: Partial<Partnership> = {}): Partnership => partnership({ id, ...over });

/**
 * Eight partnerships on five pairs: Germany's anchor → Jiangsu (a, d, g: mixed statuses), Bavaria → Jiangsu (b),
 * Bavaria → Shandong (c, h), Île-de-France → Jiangsu (e), Germany's anchor → Jinan, a city of Shandong (f).
 */
const ARCS = buildArcs(
  [
    p('a'),
    p('b', { euUnit: 'DE2' }),
    p('c', { euUnit: 'DE2', cnUnit: 'CN-SD', cnProvince: 'CN-SD', status: 'not-active' }),
    p('d', { status: 'unknown' }),
    p('e', { euCountry: 'FR', euUnit: 'FRK', status: 'unknown' }),
    p('f', { cnUnit: 'cn.jinan', cnProvince: 'CN-SD', status: 'unknown' }),
    p('g', { status: 'unknown' }),
    p('h', { euUnit: 'DE2', cnUnit: 'CN-SD', cnProvince: 'CN-SD' }),
  ],
  ctx,
);

const ids = (lines: readonly { id: string }[]) => lines.map((l) => l.id);

describe('buildFlows', () => {
  it('draws one flow per pair of ends, its count the arcs between them, adding up to every arc shown', () => {
    const flows = buildFlows(ARCS);
    expect(flows.map((f) => [f.id, f.arcs.length])).toEqual([
      ['flow:DE>CN-JS', 3],
      ['flow:DE2>CN-SD', 2],
      ['flow:DE2>CN-JS', 1],
      ['flow:FRK>CN-JS', 1],
      ['flow:DE>cn.jinan', 1],
    ]);
    expect(flows.reduce((n, f) => n + f.arcs.length, 0)).toBe(ARCS.length);
    // Every arc is in exactly one flow, the one of its ends.
    const all = flows.flatMap((f) => f.arcs.map((a) => a.id)).sort();
    expect(all).toEqual(ARCS.map((a) => a.id).sort());
    for (const f of flows) for (const a of f.arcs) expect([a.euEnd, a.cnEnd]).toEqual([f.euEnd, f.cnEnd]);
  });

  it('lies on its arcs’ great circle, from the country anchor when no region is named, in the country’s colour', () => {
    const [de, , bavaria] = buildFlows(ARCS);
    expect(de).toMatchObject({ kind: 'flow', from: [10, 51], to: [119, 33], countryAnchored: true, colour: COUNTRY_COLOURS.DE, dash: null, bend: 0 });
    expect(de.points).toBe(de.arcs[0].points);
    expect(bavaria).toMatchObject({ from: [11, 49], countryAnchored: false });
    expect(isFlow(de)).toBe(true);
    expect(isFlow(ARCS[0])).toBe(false);
  });

  it('keeps a stable order: widest first, then as the pairs first appear, whatever the order of ties', () => {
    expect(ids(buildFlows(ARCS))).toEqual(ids(buildFlows([...ARCS])));
    // The same arcs again give the same flows; reversed, the pair counts decide first, then first appearance.
    const reversed = ids(buildFlows([...ARCS].reverse()));
    expect(reversed.slice(0, 2)).toEqual(['flow:DE>CN-JS', 'flow:DE2>CN-SD']);
    expect(reversed.slice(2)).toEqual(['flow:DE>cn.jinan', 'flow:FRK>CN-JS', 'flow:DE2>CN-JS']);
    expect(buildFlows([])).toEqual([]);
  });

  it('keeps the arcs of a pair in the view’s order', () => {
    expect(buildFlows(ARCS)[0].arcs.map((a) => a.id)).toEqual(['a', 'd', 'g']);
  });
});

describe('flowWidth and flowStroke', () => {
  it('is linear in the count from a visible minimum, up to a cap', () => {
    expect(flowWidth(1)).toBe(FLOW_UNIT);
    expect(flowWidth(2)).toBe(2 * FLOW_UNIT);
    expect(flowWidth(3)).toBeCloseTo(3 * FLOW_UNIT);
    expect(flowWidth(0)).toBe(FLOW_UNIT);
    expect(flowWidth(FLOW_CAP + 10)).toBe(flowWidth(FLOW_CAP));
    expect(buildFlows(ARCS).map((f) => f.width)).toEqual([3, 2, 1, 1, 1].map(flowWidth));
  });

  it('is fainter from a country’s anchor and faint when another place has the focus', () => {
    expect(flowStroke(true).alpha).toBeLessThan(flowStroke(false).alpha);
    expect(flowStroke(false, 'dim').alpha).toBeLessThan(flowStroke(true).alpha);
    expect(flowStroke(false, 'hl').alpha).toBe(1);
  });

  it('keys the widths a legend shows: each count up to 3, else one, the middle and the widest', () => {
    expect(widthKeys(buildFlows(ARCS))).toEqual([1, 2, 3]);
    expect(widthKeys(buildFlows(ARCS.slice(1, 3)))).toEqual([1]);
    expect(widthKeys([])).toEqual([1]);
    const many = Array.from({ length: 12 }, (_, i) => ({ ...ARCS[0], id: `x${i}` }));
    expect(widthKeys(buildFlows(many))).toEqual([1, 5, FLOW_CAP]);
  });
});

describe('defaultLines and linesOf', () => {
  it('draws flows for All and cumulative views, single arcs for one period’s new partnerships, unless the reader chose', () => {
    expect(defaultLines({ period: 'all', mode: 'new' })).toBe('flows');
    expect(defaultLines({ period: '2010-2012', mode: 'cumulative' })).toBe('flows');
    expect(defaultLines({ period: '2010-2012', mode: 'new' })).toBe('arcs');
    expect(linesOf({ period: 'all', mode: 'new', lines: 'arcs' })).toBe('arcs');
    expect(linesOf({ period: '1982-1989', mode: 'new', lines: 'flows' })).toBe('flows');
    expect(linesOf({ period: '1982-1989', mode: 'new' })).toBe('arcs');
  });
});

describe('viewLines', () => {
  it('gives the single arcs, or the flows', () => {
    expect(ids(viewLines(ARCS, 'arcs'))).toEqual(ids(ARCS));
    expect(ids(viewLines(ARCS, 'flows'))).toEqual(ids(buildFlows(ARCS)));
    // The arcs' view does not depend on the focus (the overlay fans them out itself).
    expect(ids(viewLines(ARCS, 'arcs', 'DE2'))).toEqual(ids(ARCS));
  });

  it('opens the focused place’s flows into its single arcs, on top, the rest staying flows', () => {
    const lines = viewLines(ARCS, 'flows', 'DE2');
    expect(ids(lines)).toEqual(['flow:DE>CN-JS', 'flow:FRK>CN-JS', 'flow:DE>cn.jinan', 'b', 'c', 'h']);
    // Still every partnership once.
    const count = (ls: typeof lines) => ls.reduce((n, l) => n + (isFlow(l) ? l.arcs.length : 1), 0);
    expect(count(lines)).toBe(ARCS.length);
    // A province opens its cities’ lines too, as its panel lists them.
    const sd = viewLines(ARCS, 'flows', 'CN-SD');
    expect(ids(sd.filter((l) => !isFlow(l)))).toEqual(['c', 'f', 'h']);
    expect(count(sd)).toBe(ARCS.length);
    // A place with no lines in the view opens nothing.
    expect(ids(viewLines(ARCS, 'flows', 'FRX'))).toEqual(ids(buildFlows(ARCS)));
  });
});

describe('arcLabel of a flow', () => {
  const label = (flow: FlowDatum | ArcDatum) => arcLabel(flow, ctx);
  it('names both ends, the count and the statuses; a country anchor is said to be one', () => {
    const [de, bavaria, , france] = buildFlows(ARCS);
    expect(label(de)).toBe('Germany (region not named in the report) → CN-JS: 3 partnerships (1 active, 2 status not stated)');
    expect(label(bavaria)).toBe('DE2 → CN-SD: 2 partnerships (1 active, 1 not active)');
    expect(label(france)).toBe('FRK → CN-JS: 1 partnership, status not stated');
    const twoActive = buildFlows(buildArcs([p('x', { euUnit: 'DE2' }), p('y', { euUnit: 'DE2' })], ctx))[0];
    expect(label(twoActive)).toBe('DE2 → CN-JS: 2 partnerships, active');
  });
});
