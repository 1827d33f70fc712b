/**
 * The choropleth: which class of the view's counts each unit falls in, and the
 * feature-states that carry it to the map's fill (see `choroplethColour` in
 * style.ts). 0 is "none", the land's own tint; counts from 1 fall into stepped
 * classes that double (1, 2, 3–4, 5–8, 9 and more), since most units hold one to
 * three partnerships and a few a dozen or more. The classes are spread over the
 * theme's ramp so that 1 is always the faintest and the view's maximum the
 * strongest. Pure: the ramp colours come in as arguments (style.ts holds them,
 * once, per theme), and the legend, the SVG and PNG exports and the no-WebGL map
 * all read the same `shadingKey`.
 */

/** How many classes at most (the ramp has as many colours). */
export const MAX_CLASSES = 5;

/** One class of counts, from `lo` to `hi` inclusive, drawn in the ramp's colour `step`. */
export interface CountClass {
  lo: number;
  hi: number;
  /** Index into the theme's ramp (0: faintest). */
  step: number;
}

export interface UnitState {
  count: number;
  /** The ramp colour the unit is drawn in (0: faintest); -1 for no partnership (the base tint). */
  step: number;
}

/** The largest count (0 for none): the top of the legend's scale. */
export function maxCount(counts: ReadonlyMap<string, number>): number {
  let max = 0;
  for (const n of counts.values()) if (n > max) max = n;
  return max;
}

/**
 * The classes for a view whose largest count is `max`: 1, 2, 3–4, 5–8, then 9 up to
 * the maximum (each twice the one before, suited to counts skewed towards 1), as many
 * as the maximum needs, the last one ending at it. Their ramp steps are spread from
 * the faintest (the class of 1) to the strongest (the class of the maximum); a single
 * class (every unit at 1) takes the middle of the ramp. No classes for a view with none.
 */
export function countClasses(max: number, steps = MAX_CLASSES): CountClass[] {
  const top = Math.floor(max);
  if (top < 1) return [];
  const ranges: [number, number][] = [];
  for (let lo = 1; lo <= top; ) {
    // 1, 2, 3–4, 5–8, 9–16…: each class starts one past the previous end and ends at twice that end.
    const hi = lo <= 2 ? lo : (lo - 1) * 2;
    if (ranges.length === steps - 1 || hi >= top) {
      ranges.push([lo, top]);
      break;
    }
    ranges.push([lo, hi]);
    lo = hi + 1;
  }
  const k = ranges.length;
  return ranges.map(([lo, hi], i) => ({ lo, hi, step: k === 1 ? Math.floor((steps - 1) / 2) : Math.round((i * (steps - 1)) / (k - 1)) }));
}

/** The class a count falls in (null for 0 or a count above every class). */
export function classOf(n: number, classes: readonly CountClass[]): CountClass | null {
  if (n <= 0) return null;
  return classes.find((c) => n >= c.lo && n <= c.hi) ?? null;
}

/** A unit's state for `n` partnerships under `classes`. */
export function unitState(n: number, classes: readonly CountClass[]): UnitState {
  const c = classOf(n, classes);
  return c ? { count: n, step: c.step } : { count: 0, step: -1 };
}

/** The state a unit goes back to when it leaves the view. */
export const NONE: UnitState = { count: 0, step: -1 };

/**
 * The states to write to go from `prev` to `next` (both unit id → state): units that
 * changed, and units that left (back to zero). Unchanged units are left alone.
 */
export function stateChanges(prev: ReadonlyMap<string, UnitState>, next: ReadonlyMap<string, UnitState>): [string, UnitState][] {
  const out: [string, UnitState][] = [];
  for (const id of prev.keys()) if (!next.has(id)) out.push([id, { ...NONE }]);
  for (const [id, s] of next) {
    const p = prev.get(id);
    if (!p || p.count !== s.count || p.step !== s.step) out.push([id, s]);
  }
  return out;
}

/** Every unit's state for the counts given (units with zero are left out). */
export function choroplethStates(counts: ReadonlyMap<string, number>): Map<string, UnitState> {
  const classes = countClasses(maxCount(counts));
  const out = new Map<string, UnitState>();
  for (const [id, n] of counts) if (n > 0) out.set(id, unitState(n, classes));
  return out;
}

/** The colours of a theme's shading: `none` for 0 (the land), `ramp` from the faintest to the strongest. */
export interface ShadingColours {
  none: string;
  ramp: readonly string[];
}

/** What the legend and the exports show of the shading: the swatch for none, then each class with its colour. */
export interface Shading {
  none: string;
  classes: (CountClass & { colour: string })[];
  /** The view's largest count (0: none). */
  max: number;
}

/** The key of the view's shading in a theme's colours: the same classes and colours as the map's fill. */
export function shadingKey(counts: ReadonlyMap<string, number>, colours: ShadingColours): Shading {
  const max = maxCount(counts);
  return { none: colours.none, max, classes: countClasses(max, colours.ramp.length).map((c) => ({ ...c, colour: colours.ramp[c.step] })) };
}

/** A unit's fill for `n` partnerships under a shading key (drawings made without the map: SVG export, no-WebGL map). */
export function shadeOf(n: number, shading: Shading): string {
  return (classOf(n, shading.classes) as (CountClass & { colour: string }) | null)?.colour ?? shading.none;
}

// ── Colour arithmetic (WCAG 2), for the tests of order and contrast ──────────────

/** A #rrggbb colour as 0–255 channels. */
export function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
