/**
 * Words of the map's shading (issue 14, item 5): the key of the choropleth that the
 * legend, the SVG and PNG exports and the no-WebGL map show. Counts are arguments.
 */
import { partnershipCount } from './core.ts';
import { countText } from './numbers.ts';
import * as m from '../i18n/generated/m/colours.js';

/** The legend's heading of the shading key. */
export const SHADING_HEAD = m.colours_shading_head();
/** The same in the map's legend, where the count of partnerships shown heads it: short enough for one row with its swatches. */
export const SHADING_HEAD_SHORT = m.colours_shading_head_short();
/** The swatch for units with no partnership in the view. */
export const SHADING_NONE = m.colours_shading_none();
/** A class's label: '1', '3–4', '9–16'. */
export const classRange = (lo: number, hi: number) => (lo === hi ? countText(lo) : `${countText(lo)}–${countText(hi)}`);
/** A swatch's accessible name: 'none: 0 partnerships', '1 partnership', '3–4 partnerships'. */
export const className = (lo: number, hi: number) =>
  hi === 0 ? m.colours_class_none() : lo === hi ? partnershipCount(hi) : m.colours_class_range({ lo, hi });
/** The whole key read as one sentence (its list's accessible name). */
export const shadingSummary = (max: number) => (max > 0 ? m.colours_shading_summary({ max }) : m.colours_shading_summary_empty());
