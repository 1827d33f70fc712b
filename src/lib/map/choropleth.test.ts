import { describe, expect, it } from 'vitest';
import {
  choroplethStates,
  classOf,
  contrast,
  countClasses,
  luminance,
  maxCount,
  shadeOf,
  shadingKey,
  stateChanges,
  unitState,
} from './choropleth.ts';
import { DARK, LIGHT, PALETTES, shadingColours } from './style.ts';
import { COUNTRY_COLOURS } from '../arcs/arcs.ts';

describe('countClasses', () => {
  it('doubles from 1 (1, 2, 3–4, 5–8, 9 and up), the last class ending at the maximum', () => {
    const ranges = (max: number) => countClasses(max).map((c) => [c.lo, c.hi]);
    expect(ranges(16)).toEqual([[1, 1], [2, 2], [3, 4], [5, 8], [9, 16]]);
    expect(ranges(40)).toEqual([[1, 1], [2, 2], [3, 4], [5, 8], [9, 40]]);
    expect(ranges(6)).toEqual([[1, 1], [2, 2], [3, 4], [5, 6]]);
    expect(ranges(3)).toEqual([[1, 1], [2, 2], [3, 3]]);
    expect(ranges(2)).toEqual([[1, 1], [2, 2]]);
    expect(ranges(1)).toEqual([[1, 1]]);
    expect(ranges(0)).toEqual([]);
  });

  it('spreads the classes over the ramp: 1 the faintest, the maximum the strongest; one class alone in the middle', () => {
    const steps = (max: number) => countClasses(max).map((c) => c.step);
    expect(steps(16)).toEqual([0, 1, 2, 3, 4]);
    expect(steps(6)).toEqual([0, 1, 3, 4]);
    expect(steps(3)).toEqual([0, 2, 4]);
    expect(steps(2)).toEqual([0, 4]);
    expect(steps(1)).toEqual([2]);
  });

  it('covers every count from 1 to the maximum exactly once, each class a step above the last', () => {
    for (let max = 1; max <= 60; max++) {
      const classes = countClasses(max);
      expect(classes.length).toBeLessThanOrEqual(5);
      expect(classes[0].lo).toBe(1);
      expect(classes.at(-1)!.hi).toBe(max);
      for (let i = 1; i < classes.length; i++) {
        expect(classes[i].lo, `max ${max}`).toBe(classes[i - 1].hi + 1);
        expect(classes[i].step).toBeGreaterThan(classes[i - 1].step);
      }
      for (let n = 1; n <= max; n++) expect(classOf(n, classes), `${n} of ${max}`).not.toBeNull();
      expect(classOf(0, classes)).toBeNull();
      expect(classOf(max + 1, classes)).toBeNull();
    }
  });
});

describe('choropleth states', () => {
  it('gives each unit its count and its class’s step, and leaves zero counts out', () => {
    const s = choroplethStates(new Map([['a', 1], ['b', 2], ['c', 4], ['d', 7], ['e', 16], ['z', 0]]));
    expect(Object.fromEntries(s)).toEqual({
      a: { count: 1, step: 0 },
      b: { count: 2, step: 1 },
      c: { count: 4, step: 2 },
      d: { count: 7, step: 3 },
      e: { count: 16, step: 4 },
    });
    expect(maxCount(new Map())).toBe(0);
    expect(maxCount(new Map([['a', 3], ['b', 7]]))).toBe(7);
    expect(unitState(0, countClasses(7))).toEqual({ count: 0, step: -1 });
    expect(unitState(2, countClasses(2))).toEqual({ count: 2, step: 4 });
  });

  it('writes only what changed: new and changed units, and units that left back to none', () => {
    const prev = choroplethStates(new Map([['a', 1], ['b', 3], ['c', 3]]));
    // The maximum stays 3: a and c unchanged, b left, d new.
    const next = choroplethStates(new Map([['a', 1], ['c', 3], ['d', 2]]));
    expect(stateChanges(prev, next)).toEqual([
      ['b', { count: 0, step: -1 }],
      ['d', { count: 2, step: 2 }],
    ]);
    // A new maximum moves the steps of units whose count is the same: c (3) is no longer the top.
    const higher = choroplethStates(new Map([['a', 1], ['c', 3], ['d', 2], ['e', 9]]));
    expect(stateChanges(next, higher).map(([id]) => id)).toEqual(['c', 'd', 'e']);
    expect(stateChanges(higher, higher)).toEqual([]);
  });
});

describe('the shading in both themes', () => {
  /** How far a colour stands from the land: the salience of a fill (WCAG contrast with the land's tint). */
  const salience = (colour: string, land: string) => contrast(colour, land);

  for (const [theme, palette] of Object.entries(PALETTES)) {
    it(`${theme}: 0 is the land's own tint, and a larger count never gets a less salient colour`, () => {
      const counts = new Map(Array.from({ length: 17 }, (_, n) => [`u${n}`, n] as const));
      const key = shadingKey(counts, shadingColours(palette));
      expect(key.none).toBe(palette.land);
      expect(shadeOf(0, key)).toBe(palette.land);
      expect(key.classes.map((c) => c.colour)).toEqual(palette.ramp);
      let last = 1;
      for (let n = 1; n <= 16; n++) {
        const s = salience(shadeOf(n, key), palette.land);
        expect(s, `${theme} ${n}`).toBeGreaterThanOrEqual(last);
        last = s;
      }
      // Each class stands clearly further from the land than the one before (≥ 1.25 times its contrast)...
      const ramp = [palette.land, ...palette.ramp].map((c) => salience(c, palette.land));
      for (let i = 1; i < ramp.length; i++) expect(ramp[i] / ramp[i - 1], `${theme} class ${i}`).toBeGreaterThanOrEqual(1.25);
      // ...and the faintest, 1, is already told from none.
      expect(ramp[1]).toBeGreaterThanOrEqual(1.25);
    });
  }

  it('goes the way of its background: darker with the count in the light theme, brighter in the dark one', () => {
    const lum = (p: typeof LIGHT) => p.ramp.map(luminance);
    expect(lum(LIGHT)).toEqual([...lum(LIGHT)].sort((a, b) => b - a));
    expect(lum(DARK)).toEqual([...lum(DARK)].sort((a, b) => a - b));
    expect(luminance(LIGHT.ramp[0])).toBeLessThan(luminance(LIGHT.land));
    expect(luminance(DARK.ramp[0])).toBeGreaterThan(luminance(DARK.land));
  });

  it('the shading key lists none, then the view’s classes in their colours', () => {
    const key = shadingKey(new Map([['CN-SD', 3], ['CN-BJ', 1]]), shadingColours(DARK));
    expect(key).toEqual({
      none: DARK.land,
      max: 3,
      classes: [
        { lo: 1, hi: 1, step: 0, colour: DARK.ramp[0] },
        { lo: 2, hi: 2, step: 2, colour: DARK.ramp[2] },
        { lo: 3, hi: 3, step: 4, colour: DARK.ramp[4] },
      ],
    });
    expect(shadingKey(new Map(), shadingColours(LIGHT))).toEqual({ none: LIGHT.land, max: 0, classes: [] });
  });
});

describe('contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('the light theme’s strongest fill keeps every arc colour at 2:1 or more; the faintest costs arcs little against the land', () => {
    // Figures (README, issue 14): no fill can hold all six Okabe–Ito colours at 3:1 (they span luminance 0.15–0.44);
    // a dark top class does best in the light theme. In the dark theme the brightest class cannot, the arcs' own casing must.
    for (const colour of Object.values(COUNTRY_COLOURS)) {
      expect(contrast(colour, LIGHT.ramp[4]), colour).toBeGreaterThanOrEqual(2);
      expect(contrast(colour, LIGHT.ramp[0]) / contrast(colour, LIGHT.land), colour).toBeGreaterThanOrEqual(0.75);
      expect(contrast(colour, DARK.ramp[0]) / contrast(colour, DARK.land), colour).toBeGreaterThanOrEqual(0.75);
    }
  });
});
