/**
 * The few words of a reader's own data the page needs before the data is opened (issue 18): the toolbar's
 * button, the drop target, and the bar that says the map shows the reader's data. The rest is in words/own.ts,
 * loaded with the dialog.
 */
import * as m from '../i18n/generated/m/own-bar.js';
import { countText } from './numbers.ts';

export const OWN_BUTTON = m.own_button();
export const OWN_DROP_HERE = m.own_drop_here();
export const OWN_BACK = m.own_back();
export const OWN_REVIEW = m.own_review();
export const OWN_KEPT = m.own_kept();
export const ownBar = (name: string) => m.own_bar({ name });
export const ownBarCounts = (drawn: number, waiting: number) => m.own_bar_counts({ drawn: countText(drawn), waiting: countText(waiting) });
/** The credit line of a reader's own data: their file, the cities' GeoNames, the boundaries, the atlas (words/core.ts attributionText). */
export const ownAttribution = (file: string, boundaries: string, app: string) => m.own_attribution({ file, boundaries, app });
/** A record of a reader's own data (the Place panel): what their source cell says, and the row it came from. */
export const OWN_SOURCE_CELL = m.own_source_cell();
export const ownRowCite = (file: string, line: string) => m.own_row_cite({ file, line });
