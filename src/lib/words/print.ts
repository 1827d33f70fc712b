/** Words of the printed view (src/lib/print/): what a report reader gets on paper. */
import * as m from '../i18n/generated/m/print.js';

/** The sheet that replaces the page on paper. */
export const PRINT_SHEET_LABEL = m.print_sheet_label();
/** The map's picture on paper: 'Map: EU–China partnerships: 2000–2007'. */
export const printMapLabel = (title: string) => m.print_map_label({ title });
/** The "All periods" view prints the growth by period instead of one period's table. */
export const PERIODS_BY_COUNTRY_CAPTION = m.print_periods_by_country_caption();
/** The row of partnerships only Table 9 counts (no period given). */
export const TABLE_9_ONLY = m.print_table_9_only();
