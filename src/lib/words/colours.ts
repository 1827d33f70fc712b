/**
 * Words of the map's shading (issue 14, item 5): the key of the choropleth that the
 * legend, the SVG and PNG exports and the no-WebGL map show. Counts are arguments.
 */

/** The legend's heading of the shading key. */
export const SHADING_HEAD = 'Partnerships per province or region';
/** The same in the map's legend, where the count of partnerships shown heads it: short enough for one row with its swatches. */
export const SHADING_HEAD_SHORT = 'Per province or region:';
/** The swatch for units with no partnership in the view. */
export const SHADING_NONE = 'none';
/** A class's label: '1', '3–4', '9–16'. */
export const classRange = (lo: number, hi: number) => (lo === hi ? String(lo) : `${lo}–${hi}`);
/** A swatch's accessible name: 'none: 0 partnerships', '3–4 partnerships'. */
export const className = (lo: number, hi: number) => (hi === 0 ? `${SHADING_NONE}: 0 partnerships` : `${classRange(lo, hi)} ${lo === hi && lo === 1 ? 'partnership' : 'partnerships'}`);
/** The whole key read as one sentence (its list's accessible name). */
export const shadingSummary = (max: number) =>
  max > 0 ? `${SHADING_HEAD}, from none to ${max}` : `${SHADING_HEAD}: none in this view`;
