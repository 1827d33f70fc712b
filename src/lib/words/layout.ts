/**
 * Words of the layout for small screens (issue 13): the bottom sheet that holds the
 * details on phones and tablets, the compact toolbar, and the folded legend.
 */
// ── The bottom sheet ─────────────────────────────────────────────────────────
/** The sheet's handle (a splitter: drag it, or arrow keys). */
export const SHEET_HANDLE = 'Details panel height';
/** How open the sheet is, as the handle's value and as the announcement when it changes. */
export const SHEET_STATE: Record<'peek' | 'half' | 'full', string> = {
  peek: 'Details folded: tabs only',
  half: 'Details open to half the screen',
  full: 'Details open to the full screen',
};

// ── The compact toolbar ──────────────────────────────────────────────────────
export const SEARCH_BUTTON = 'Search';
export const CLOSE_SEARCH = 'Close search';
/** The menu that holds the exports, Embed and Present on a phone. */
export const MORE_BUTTON = 'Export and share';

// ── The folded legend ────────────────────────────────────────────────────────
export const OPEN_LEGEND = 'Legend';
export const OPEN_LEGEND_NAME = 'Open the legend and filters';
export const CLOSE_LEGEND = 'Fold the legend';
