import { describe, expect, it } from 'vitest';
import { arcLabel, arcStroke, buildArcs, hollow, isReconstruction } from './arcs.ts';
import { buildFlows } from './flows.ts';
import type { Country, Partnership } from '../data/types.ts';
import { partnership, testPlace as place } from '../data/testing.ts';
import { filterPartnerships } from '../data/selectors.ts';

const places = new Map([place('DE2', [11, 49]), place('CN-JS', [119, 33], 'CN')].map((p) => [p.id, p]));
const countries = new Map<string, Country>([['DE', { id: 'DE', name: 'Germany', anchor: [10, 51], surveyed: true }]]);
const ctx = { places, countries };
const p = (id: string, over: Partial<Partnership>): Partnership => partnership({ id, ...over });

describe('a reconstruction (low confidence) is drawn hollow', () => {
  it('differs from a certain line of the same country and status: wider, with a middle rail, as opaque', () => {
    for (const anchored of [false, true])
      for (const quiet of [false, true])
        for (const focus of [null, 'hl', 'dim'] as const) {
          const certain = arcStroke(anchored, focus, quiet);
          const low = arcStroke(anchored, focus, quiet, true);
          expect(certain.rail ?? 0).toBe(0);
          expect(low.alpha).toBe(certain.alpha);
          expect(low.width).toBeGreaterThan(certain.width);
          // Two rails of the line's colour remain, each at least half a pixel.
          expect(low.rail).toBeGreaterThan(0);
          expect((low.width - low.rail!) / 2).toBeGreaterThanOrEqual(0.5);
        }
  });

  it('keeps the width order of a flow’s counts when hollow', () => {
    expect(hollow(4).width).toBeGreaterThan(hollow(2).width);
    expect(hollow(4).rail).toBeLessThan(hollow(4).width);
  });

  it('marks low-confidence arcs, and flows whose every partnership is low', () => {
    const list = [
      p('a', { euUnit: 'DE2', confidence: 'low' }),
      p('b', { euUnit: 'DE2', confidence: 'high' }),
      p('c', { confidence: 'low', table: 7 }),
      p('d', { confidence: 'medium' }),
    ];
    const arcs = buildArcs(list, ctx);
    expect(arcs.map((a) => a.low)).toEqual([true, false, true, false]);
    expect(isReconstruction(list[3])).toBe(false);
    const flows = buildFlows(arcs);
    expect(flows.find((f) => f.euEnd === 'DE2')!.low).toBe(false);
    const anchoredOnlyLow = buildFlows(arcs.filter((a) => a.id === 'c'));
    expect(anchoredOnlyLow[0].low).toBe(true);
  });
});

describe('the tooltip says why, in plain words', () => {
  it('gives a low record’s reason with its table, a medium one’s, none for a certain one', () => {
    const [low, medium, high] = buildArcs(
      [p('a', { confidence: 'low', table: 7, startYear: null, period: '2010-2012' }), p('b', { euUnit: 'DE2', confidence: 'medium' }), p('c', { euUnit: 'DE2', cnUnit: 'CN-JS', confidence: 'high' })],
      ctx,
    );
    expect(arcLabel(low, ctx)).toContain('placed so that the printed totals hold: our copy of Table 7 does not show which country this cell belongs to');
    expect(arcLabel(medium, ctx)).toContain('read from the table with the help of the report’s text');
    expect(arcLabel(high, ctx)).not.toContain(';');
  });

  it('says how many of a mixed flow are reconstructions, and why when all are', () => {
    const arcs = buildArcs([p('a', { confidence: 'low', table: 7 }), p('b', { confidence: 'low', table: 7 }), p('c', { confidence: 'high' })], ctx);
    const [mixed] = buildFlows(arcs);
    expect(arcLabel(mixed, ctx)).toMatch(/; 2 of 3 placed only so that the totals hold$/);
    const [all] = buildFlows(arcs.slice(0, 2));
    expect(arcLabel(all, ctx)).toMatch(/; placed so that the printed totals hold: our copy of Table 7/);
  });
});

describe('the confidence filter', () => {
  it('keeps only the confidences asked for, all when none is', () => {
    const list = [p('a', { confidence: 'low' }), p('b', { confidence: 'medium' }), p('c', { confidence: 'high' })];
    expect(filterPartnerships(list, { confidences: new Set(['high'] as const) }).map((x) => x.id)).toEqual(['c']);
    expect(filterPartnerships(list, { confidences: new Set(['high', 'medium'] as const) }).map((x) => x.id)).toEqual(['b', 'c']);
    expect(filterPartnerships(list, { confidences: new Set() })).toHaveLength(3);
  });
});
