/**
 * Words of the layout for small screens (issue 13): the bottom sheet that holds the
 * details on phones and tablets, the compact toolbar, and the folded legend.
 */
import * as m from '../i18n/generated/m/layout.js';

// ── The bottom sheet ─────────────────────────────────────────────────────────
/** The sheet's handle (a splitter: drag it, or arrow keys). */
export const SHEET_HANDLE = m.layout_sheet_handle();
/** How open the sheet is, as the handle's value and as the announcement when it changes. */
export const SHEET_STATE: Record<'peek' | 'half' | 'full', string> = {
  peek: m.layout_sheet_peek(),
  half: m.layout_sheet_half(),
  full: m.layout_sheet_full(),
};

// ── The compact toolbar ──────────────────────────────────────────────────────
export const SEARCH_BUTTON = m.layout_search_button();
export const CLOSE_SEARCH = m.layout_close_search();
/** The menu that holds the exports, Embed and Present on a phone. */
export const MORE_BUTTON = m.layout_more_button();

// ── The folded legend ────────────────────────────────────────────────────────
export const OPEN_LEGEND = m.layout_open_legend();
export const OPEN_LEGEND_NAME = m.layout_open_legend_name();
export const CLOSE_LEGEND = m.layout_close_legend();
