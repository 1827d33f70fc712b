/**
 * How the page lays itself out for the screen it is on: the one place the
 * breakpoints are written (components read the answer as classes and props,
 * not their own media queries).
 */

/** Below this width (CSS px) the toolbar is compact: search behind a button, exports in a menu. */
export const NARROW_BELOW = 600;
/** Below this width the details panel is a bottom sheet under the map instead of a column beside it. */
export const SHEET_BELOW = 900;
/**
 * Below this height (CSS px) a window is short (a phone held sideways, a small laptop window): the toolbar is
 * compact, and from NARROW_BELOW wide the details panel stands beside the map rather than under it, since height
 * is what such a screen lacks (a bottom sheet left a phone held sideways a map 14 px high).
 */
export const SHORT_BELOW = 520;
/** The most of the map the open legend may cover (the rest of the time it folds to one line). */
export const LEGEND_MAX_COVER = 0.25;
/** Before the open legend has been measured: a map smaller than this (either side, CSS px) starts with it folded. */
export const LEGEND_OPEN_FROM = { width: 600, height: 420 };

export interface Layout {
  /** Compact toolbar. */
  narrow: boolean;
  /** Details panel as a bottom sheet. */
  sheet: boolean;
  /** A short window: the map keeps a height of its own and the page scrolls to the rest (Atlas.svelte `.short`). */
  short: boolean;
}

export function layoutFor(width: number, height = Infinity): Layout {
  const short = height < SHORT_BELOW;
  return { narrow: width < NARROW_BELOW || short, sheet: width < NARROW_BELOW || (width < SHEET_BELOW && !short), short };
}

/**
 * Whether the legend folds to its one-line summary on a map of this size, unless
 * the reader says otherwise: when the open legend (as last measured) would cover
 * more than LEGEND_MAX_COVER of the map; before it was measured, on a small map.
 */
export function legendFolded(map: { width: number; height: number }, openLegend?: { width: number; height: number } | null): boolean {
  if (map.width <= 0 || map.height <= 0) return true;
  if (openLegend && openLegend.width > 0) return (openLegend.width * openLegend.height) / (map.width * map.height) > LEGEND_MAX_COVER;
  return map.width < LEGEND_OPEN_FROM.width || map.height < LEGEND_OPEN_FROM.height;
}
