import { describe, expect, it } from 'vitest';
import { ArcCache, arcLabel, arcStroke, buildArcs, COUNTRY_COLOURS, fanOut, PARALLEL_SPACING, STATUS_DASH } from './arcs.ts';
import type { Country, Partnership } from '../data/types.ts';
import { partnership, testPlace as place } from '../data/testing.ts';

const places = new Map([place('DE2', [11, 49]), place('CN-JS', [119, 33], 'CN'), place('CN-SD', [118, 36], 'CN')].map((p) => [p.id, p]));
const countries = new Map<string, Country>([['DE', { id: 'DE', name: 'Germany', anchor: [10, 51], surveyed: true }]]);
const p = (id: string, over: Partial<Partnership>): Partnership => partnership({ id, ...over });

describe('buildArcs', () => {
  it('draws from the named region, or from the country anchor when the report names none', () => {
    const [a, b] = buildArcs([p('a', { euUnit: 'DE2' }), p('b', { status: 'not-active' })], { places, countries });
    expect(a).toMatchObject({ from: [11, 49], to: [119, 33], euEnd: 'DE2', countryAnchored: false, colour: COUNTRY_COLOURS.DE, dash: null });
    expect(b).toMatchObject({ from: [10, 51], euEnd: 'DE', countryAnchored: true, dash: STATUS_DASH['not-active'] });
    expect(a.points[0]).toEqual([11, 49]);
  });

  it('leaves out what has no Chinese end', () => {
    expect(buildArcs([p('x', { cnUnit: null, cnProvince: null })], { places, countries })).toEqual([]);
  });

  it('spreads arcs that join the same two points', () => {
    const arcs = buildArcs([p('a', {}), p('b', {}), p('c', { cnUnit: 'CN-SD', cnProvince: 'CN-SD' })], { places, countries });
    expect(arcs.map((x) => x.bend)).toEqual([-PARALLEL_SPACING / 2, PARALLEL_SPACING / 2, 0]);
  });
});

describe('fanOut', () => {
  it('gives every arc of the hovered place its own bend, symmetric around zero', () => {
    const arcs = buildArcs([p('a', { euUnit: 'DE2' }), p('b', { euUnit: 'DE2', cnUnit: 'CN-SD', cnProvince: 'CN-SD' }), p('c', {})], { places, countries });
    const bends = fanOut(arcs, 'DE2', 6);
    expect([...bends.keys()].sort()).toEqual(['a', 'b']);
    expect([...bends.values()].sort((x, y) => x - y)).toEqual([-3, 3]);
  });
});

describe('arcLabel', () => {
  it('names both ends, the year or period and the status, and says when the region is not named', () => {
    const [a, b] = buildArcs([p('a', { euUnit: 'DE2', startYear: 1987 }), p('b', { status: 'unknown' })], { places, countries });
    expect(arcLabel(a, { places, countries })).toBe('DE2 → CN-JS: since 1987, active');
    expect(arcLabel(b, { places, countries })).toBe('Germany (region not named in the report) → CN-JS: 1982–1989, status not stated');
  });
});

describe('buildArcs cache', () => {
  it('samples each pair of ends once across calls, and works out each partnership once', () => {
    const cache = new ArcCache();
    const pa = p('a', { euUnit: 'DE2' });
    const [a] = buildArcs([pa], { places, countries }, cache);
    const [b] = buildArcs([p('b', { euUnit: 'DE2' })], { places, countries }, cache);
    // Made when first read (a view of 100,000 draws 4,000 flows: the rest never needs its circle).
    expect(cache.circles.size).toBe(0);
    expect(b.points).toBe(a.points);
    expect(cache.circles.size).toBe(1);
    expect(a.points).toHaveLength(33);
    // Again, now beside a parallel arc: the same ends and look, a new bend; the first result is untouched.
    const [again, twin] = buildArcs([pa, p('c', { euUnit: 'DE2' })], { places, countries }, cache);
    expect(again).not.toBe(a);
    expect(again).toEqual({ ...a, bend: -5 });
    expect(twin.bend).toBe(5);
    expect(a.bend).toBe(0);
    expect(buildArcs([pa], { places, countries }, new ArcCache(8))[0].points).toHaveLength(9);
  });
});

describe('arcStroke', () => {
  it('draws country-anchored arcs thinner and fainter, highlighted ones wider, dimmed ones faint', () => {
    expect(arcStroke(false)).toEqual({ width: 1.6, alpha: 1 });
    expect(arcStroke(true)).toEqual({ width: 1.1, alpha: 0.75 });
    expect(arcStroke(true, 'hl')).toEqual({ width: 2.6, alpha: 1 });
    expect(arcStroke(false, 'dim')).toEqual({ width: 1.6, alpha: 0.12 });
  });

  it('draws a status not stated as the calmest line of its look: thinner and fainter, and solid', () => {
    for (const anchored of [false, true])
      for (const focus of [null, 'hl', 'dim'] as const) {
        const quiet = arcStroke(anchored, focus, true);
        const known = arcStroke(anchored, focus);
        expect(quiet.width).toBeLessThan(known.width);
        expect(quiet.alpha).toBeLessThan(known.alpha);
      }
    expect(STATUS_DASH.unknown).toBeNull();
    // The known statuses keep the patterns: each its own.
    expect(new Set([STATUS_DASH.active, STATUS_DASH['not-active'], STATUS_DASH.ended]).size).toBe(3);
    const [known, quiet] = buildArcs([p('a', {}), p('b', { status: 'unknown' })], { places, countries });
    expect([known.quiet, quiet.quiet]).toEqual([false, true]);
  });
});
