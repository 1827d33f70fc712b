import { describe, expect, it } from 'vitest';
import { arcStroke, COUNTRY_COLOURS } from '../arcs/arcs.ts';
import { flowStroke } from '../arcs/flows.ts';
import type { EuCountry } from '../data/types.ts';
import { CASING, CASING_EDGE, casingAlpha, casingDash, casingFor, casingWidth, contrast, luminance, MIN_CONTRAST, rgbOf } from './casing.ts';
import { PALETTES, type Theme } from './style.ts';

const THEMES: Theme[] = ['light', 'dark'];
const countries = Object.keys(COUNTRY_COLOURS) as EuCountry[];
/** What a line crosses without a casing: the land (0) and every class of the shading. */
const fillsOf = (t: Theme) => [PALETTES[t].land, ...PALETTES[t].ramp];
const worst = (colour: string, fills: readonly string[]) => Math.min(...fills.map((f) => contrast(colour, f)));

describe('WCAG contrast', () => {
  it('gives the reference figures', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 6);
    expect(luminance('#000000')).toBe(0);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 6);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#0072B2', '#7f0000')).toBeCloseTo(contrast('#7f0000', '#0072B2'), 9);
    expect(rgbOf('#0a0')).toEqual([0, 170, 0]);
    expect(() => rgbOf('red')).toThrow();
  });
});

describe('the casing', () => {
  it('is needed: without it some country colour meets a fill of each theme at under 3:1', () => {
    for (const t of THEMES) expect(Math.min(...countries.map((c) => worst(COUNTRY_COLOURS[c], fillsOf(t))))).toBeLessThan(MIN_CONTRAST);
    // The figures measured before it: France over the light theme's strongest class, Spain over the dark's.
    expect(contrast(COUNTRY_COLOURS.FR, PALETTES.light.ramp.at(-1)!)).toBeCloseTo(2.13, 2);
    expect(contrast(COUNTRY_COLOURS.ES, PALETTES.dark.ramp.at(-1)!)).toBeCloseTo(1.4, 2);
  });

  it('clears 3:1 against every country colour in both themes', () => {
    for (const t of THEMES)
      for (const c of countries) expect(contrast(COUNTRY_COLOURS[c], CASING[t]), `${c} on the ${t} casing ${CASING[t]}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('is the lightest shade of the map’s colour that does so (a dark map keeps nearly its own tone)', () => {
    for (const t of THEMES) {
      const land = rgbOf(PALETTES[t].land);
      const casing = rgbOf(CASING[t]);
      // A shade: every channel scaled by the same factor (within rounding).
      const f = casing[0] / land[0];
      casing.forEach((v, i) => expect(Math.abs(v - land[i] * f)).toBeLessThanOrEqual(1));
      // One step lighter would fail some colour.
      const lighter = `#${land.map((v) => Math.round(Math.min(255, v * (f + 0.02))).toString(16).padStart(2, '0')).join('')}`;
      expect(countries.some((c) => contrast(COUNTRY_COLOURS[c], lighter) < MIN_CONTRAST)).toBe(true);
    }
    expect(luminance(CASING.dark)).toBeLessThan(luminance(PALETTES.dark.land));
    expect(contrast(CASING.dark, PALETTES.dark.land)).toBeLessThan(1.2);
    // A base every colour clears is kept as it is.
    expect(casingFor('#000000')).toBe('#000000');
    expect(casingFor('#ffffff', ['#000000'])).toBe('#ffffff');
  });

  it('is whole under every line drawn whole (a named region’s arc with a known status, an arc or flow highlighted, unless quiet), and none under a translucent one (a dimmed line, a flow at rest)', () => {
    const whole = [arcStroke(false), arcStroke(false, 'hl'), arcStroke(true, 'hl'), flowStroke(false, 'hl'), flowStroke(true, 'hl')];
    for (const st of whole) {
      expect(st.alpha).toBe(1);
      expect(casingAlpha(st.alpha)).toBe(1);
    }
    expect(arcStroke(false, 'dim').alpha).toBeLessThan(1);
    expect(casingAlpha(arcStroke(false, 'dim').alpha)).toBe(0);
    expect(casingAlpha(flowStroke(false).alpha)).toBe(0);
  });

  it('shows an edge on each side of the line', () => {
    expect(casingWidth(1.6)).toBeCloseTo(1.6 + 2 * CASING_EDGE, 9);
    expect(CASING_EDGE).toBeGreaterThanOrEqual(0.5);
  });

  it('dashes a dashed line’s casing so that each dash has its edge all round, in the same period', () => {
    expect(casingDash([])).toEqual({ dash: [], offset: 0 });
    const e = CASING_EDGE;
    const { dash, offset } = casingDash([6, 4]);
    expect(dash).toEqual([6 + 2 * e, 4 - 2 * e]);
    expect(offset).toBe(e);
    // Dotted: gaps never below 0; an odd list is paired up first.
    expect(casingDash([1.5, 1]).dash[1]).toBe(0);
    expect(casingDash([3]).dash).toEqual([3 + 2 * e, 3 - 2 * e]);
    // The casing's dash covers the line's dash [0, 6) from -e to 6 + e: the pattern read from `offset` on.
    const start = -offset;
    expect(start).toBeCloseTo(-e, 9);
    expect(start + dash[0]).toBeCloseTo(6 + e, 9);
    expect(dash[0] + dash[1]).toBeCloseTo(10, 9);
  });
});
