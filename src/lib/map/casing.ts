/**
 * The casing under every arc and flow: a thin line of a dark tone of the map's
 * own colour, a little wider than the line, so that a line's edge always stands
 * out from what it crosses. Without it a country's colour meets the shading's
 * fills directly, and several meet at under 3:1 (France's blue on the light
 * theme's strongest class: 2.13:1; Spain's orange on the dark theme's: 1.40:1;
 * Italy's sky blue on the light land itself: 2.10:1). With it a line's only
 * neighbour is the casing, which every country colour clears at 3:1 or more
 * (WCAG 2.2, 1.4.11 Non-text Contrast: adjacent colours). Pure.
 */
import { COUNTRY_COLOURS } from '../arcs/arcs.ts';
import { PALETTES, type Theme } from './style.ts';

/** The least contrast a line's edge keeps with its neighbour (WCAG 1.4.11). */
export const MIN_CONTRAST = 3;

/** How far the casing shows on each side of the line, in pixels before a 4K screen's scale. */
export const CASING_EDGE = 0.8;

/**
 * A casing's opacity under a line of opacity `alpha`: whole under a line drawn whole (a named
 * region's arc with a known status; any line highlighted, bar a status not stated at 0.85), none
 * under a translucent one (a status not stated, a country's anchor, a flow at rest). A casing
 * seen through a translucent line turned every quiet line a muddy grey in the light theme and
 * still left it under 3:1; those lines are quiet on purpose (issue 14), and the ones a reader
 * picks out are drawn whole, with their edge. The one knob, read by the canvas, the overlay's
 * SVG and the SVG export.
 */
export const casingAlpha = (alpha: number): number => (alpha >= 1 ? 1 : 0);

/** A casing's width for a line `width` px wide: the line plus an edge on each side. */
export const casingWidth = (width: number): number => width + 2 * CASING_EDGE;

/**
 * A dashed line's casing dashes: each dash longer by an edge at both ends, each gap
 * shorter (never below 0), shifted back by one edge (`offset`, the dash offset), so
 * every dash of the line has its casing all round. A solid line's casing is solid.
 */
export function casingDash(dash: readonly number[]): { dash: number[]; offset: number } {
  if (!dash.length) return { dash: [], offset: 0 };
  // An odd list repeats itself to make pairs (as canvas and SVG both read it).
  const pairs = dash.length % 2 ? [...dash, ...dash] : dash;
  return { dash: pairs.map((v, i) => (i % 2 ? Math.max(0, v - 2 * CASING_EDGE) : v + 2 * CASING_EDGE)), offset: CASING_EDGE };
}

/** '#rrggbb' (or '#rgb') as 0–255 channels. */
export function rgbOf(hex: string): [number, number, number] {
  let h = hex.trim().replace(/^#/, '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`not a colour: ${hex}`);
  const n = parseInt(h, 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

const hexOf = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2.2 relative luminance of a colour. */
export function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * The casing for a map whose own colour is `base` (its land or background): `base`
 * itself when every colour of `colours` clears `MIN_CONTRAST` against it, else the
 * lightest shade of `base` (mixed toward black in 2% steps) that they all clear. A
 * dark map keeps nearly its own tone; a light map gets a dark edge, since no light
 * tone clears 3:1 against Spain's orange or Italy's sky blue (white: 2.25 and 2.31).
 */
export function casingFor(base: string, colours: readonly string[] = Object.values(COUNTRY_COLOURS)): string {
  const rgb = rgbOf(base);
  for (let k = 0; k <= 50; k++) {
    const c = hexOf(rgb.map((v) => v * (1 - k / 50)));
    if (colours.every((col) => contrast(col, c) >= MIN_CONTRAST)) return c;
  }
  return '#000000';
}

/** The casing of each theme, from its land colour (map/style.ts PALETTES). */
export const CASING: Record<Theme, string> = { light: casingFor(PALETTES.light.land), dark: casingFor(PALETTES.dark.land) };
