/** Words of the printed view (src/lib/print/): what a report reader gets on paper. */

/** The sheet that replaces the page on paper. */
export const PRINT_SHEET_LABEL = 'Printed view';
/** The map's picture on paper: 'Map: EU–China partnerships: 2000–2007'. */
export const printMapLabel = (title: string) => `Map: ${title}`;
/** The "All periods" view prints the growth by period instead of one period's table. */
export const PERIODS_BY_COUNTRY_CAPTION = 'New partnerships per period and EU country (the totals of Tables 4–8)';
/** The row of partnerships only Table 9 counts (no period given). */
export const TABLE_9_ONLY = 'Table 9 only (no period)';
