import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { clusterRadius, clusterRadiusExpression, dotRadius, dotRadiusExpression, dotStateChanges, dotStates, endIds, samePlaces, shownDots } from './dots.ts';

/** Just enough of MapLibre's expression language to evaluate the dot and cluster radii. */
function evaluate(e: unknown, ctx: { zoom: number; props: Record<string, number>; state: Record<string, boolean | number> }): number | boolean | null {
  if (typeof e === 'number' || typeof e === 'boolean') return e;
  if (!Array.isArray(e)) throw new Error(`unexpected ${JSON.stringify(e)}`);
  const [op, ...args] = e;
  const ev = (x: unknown) => evaluate(x, ctx) as number;
  switch (op) {
    case 'zoom':
      return ctx.zoom;
    case 'get':
      return ctx.props[args[0]] ?? null;
    case 'feature-state':
      return ctx.state[args[0]] ?? null;
    case 'boolean':
      return (evaluate(args[0], ctx) as boolean | null) ?? args[1];
    case 'coalesce':
      return args.map((a) => evaluate(a, ctx)).find((v) => v !== null) ?? null;
    case 'case':
      return evaluate(args[0], ctx) ? evaluate(args[1], ctx) : evaluate(args[2], ctx);
    case '+':
      return args.reduce((s: number, a) => s + ev(a), 0);
    case '*':
      return args.reduce((s: number, a) => s * ev(a), 1);
    case '-':
      return ev(args[0]) - ev(args[1]);
    case 'min':
      return Math.min(...args.map(ev));
    case 'max':
      return Math.max(...args.map(ev));
    case 'sqrt':
      return Math.sqrt(ev(args[0]));
    case 'interpolate': {
      const input = ev(args[1]);
      const stops = args.slice(2);
      if (input <= stops[0]) return ev(stops[1]);
      for (let i = 2; i < stops.length; i += 2) {
        if (input <= stops[i]) {
          const t = (input - stops[i - 2]) / (stops[i] - stops[i - 2]);
          return ev(stops[i - 1]) + t * (ev(stops[i + 1]) - ev(stops[i - 1]));
        }
      }
      return ev(stops[stops.length - 1]);
    }
    default:
      throw new Error(`unsupported ${op}`);
  }
}

const pt = (id: string, x = 0, y = 0) => ({ type: 'Feature' as const, properties: { id, name: id }, geometry: { type: 'Point' as const, coordinates: [x, y] } });
const points: FeatureCollection<Point, { id: string; name: string }> = {
  type: 'FeatureCollection',
  features: [pt('cn.chengdu'), pt('cn.deyang'), pt('cn.jinan'), pt('pl.lodz')],
};

describe('which dots are drawn', () => {
  it('the ends of the arcs shown, not a country anchor nor a place without an arc', () => {
    const ends = endIds([
      { euEnd: 'PL71', cnEnd: 'cn.chengdu', countryAnchored: false },
      { euEnd: 'DE', cnEnd: 'cn.jinan', countryAnchored: true },
    ]);
    expect([...ends].sort()).toEqual(['PL71', 'cn.chengdu', 'cn.jinan']);
    const dots = shownDots(points, ends, new Map([['cn.chengdu', 3]]), null);
    expect(dots.features.map((f) => f.properties.id)).toEqual(['cn.chengdu', 'cn.jinan']);
    // Deyang has no partnership: never drawn, so never picked.
    expect(dots.features.map((f) => f.properties.count)).toEqual([3, 0]);
  });

  it('and the selected place, even with no arc in the view', () => {
    const dots = shownDots(points, new Set(['cn.jinan']), new Map(), 'pl.lodz');
    expect(dots.features.map((f) => f.properties.id)).toEqual(['cn.jinan', 'pl.lodz']);
  });

  it('tells an unchanged list of places from a changed one (the clusters are rebuilt only then)', () => {
    const a = shownDots(points, new Set(['cn.jinan']), new Map([['cn.jinan', 1]]), null);
    expect(samePlaces(a, shownDots(points, new Set(['cn.jinan']), new Map([['cn.jinan', 2]]), null))).toBe(true);
    expect(samePlaces(a, shownDots(points, new Set(['cn.chengdu']), new Map([['cn.chengdu', 1]]), null))).toBe(false);
    expect(samePlaces(a, shownDots(points, new Set(['cn.chengdu', 'cn.jinan']), new Map(), null))).toBe(false);
    expect(samePlaces(null, a)).toBe(false);
  });

  it('gives every point place its feature-state, and writes only those that change', () => {
    const ids = points.features.map((f) => f.properties.id);
    const first = dotStates(ids, shownDots(points, new Set(['cn.jinan', 'cn.chengdu']), new Map([['cn.jinan', 2]]), null));
    expect(Object.fromEntries(first)).toEqual({
      'cn.chengdu': { shown: true, count: 0 },
      'cn.deyang': { shown: false, count: 0 },
      'cn.jinan': { shown: true, count: 2 },
      'pl.lodz': { shown: false, count: 0 },
    });
    expect(dotStateChanges(new Map(), first)).toHaveLength(4);
    const next = dotStates(ids, shownDots(points, new Set(['cn.jinan']), new Map([['cn.jinan', 3]]), null));
    expect(dotStateChanges(first, next)).toEqual([
      ['cn.chengdu', { shown: false, count: 0 }],
      ['cn.jinan', { shown: true, count: 3 }],
    ]);
    expect(dotStateChanges(next, next)).toEqual([]);
  });
});

describe('dot sizes', () => {
  it('grow with the count in the view and with the zoom, within bounds', () => {
    expect(dotRadius(3, 4)).toBeGreaterThan(dotRadius(3, 1));
    expect(dotRadius(6, 1)).toBeGreaterThan(dotRadius(3, 1));
    expect(dotRadius(3, 0)).toBe(dotRadius(3, 1));
    expect(dotRadius(3, 1000)).toBeLessThanOrEqual(dotRadius(3, 1) * 2.2 + 1e-9);
    expect(dotRadius(3, 2, true)).toBeGreaterThan(dotRadius(3, 2));
  });

  it('the style draws what picking reaches: the expression equals the function', () => {
    const e = dotRadiusExpression();
    for (const zoom of [0.5, 1, 1.8, 2.6, 3, 4.4, 6, 8]) {
      for (const count of [0, 1, 2, 5, 15, 60]) {
        for (const hover of [false, true]) {
          expect(evaluate(e, { zoom, props: {}, state: { hover, count, shown: true } }) as number, `z${zoom} n${count} ${hover}`).toBeCloseTo(dotRadius(zoom, count, hover), 9);
          // A place not in the view: no dot at all, so nothing to point at.
          expect(evaluate(e, { zoom, props: {}, state: { hover, count, shown: false } })).toBe(0);
        }
      }
    }
    const c = clusterRadiusExpression();
    for (const n of [2, 5, 10, 22, 30, 50]) expect(evaluate(c, { zoom: 3, props: { point_count: n }, state: {} }) as number).toBeCloseTo(clusterRadius(n), 9);
  });
});
