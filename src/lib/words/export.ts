/** Words of the exports (src/lib/export): the export menu and the CSV's own words. */

export const EXPORT_LABEL = 'Export this view';
export const EXPORT_LEAD = 'Export:';
/** The formats by the name their buttons show. */
export const FORMAT_NAME = { csv: 'CSV', geojson: 'GeoJSON', svg: 'SVG', png: 'PNG' } as const;
/** The PNG button while the image is being made. */
export const PNG_BUSY = 'PNG…';
export const PNG_SCALE = 'PNG pixel ratio';
/** 'The SVG could not be made: …' */
export const exportFailed = (format: string, reason: string) => `The ${format} could not be made: ${reason}`;
/** The European partner's name in a CSV row when the report names no region. */
export const CSV_UNNAMED_REGION = '(not named in the report)';
/** A country's key in the SVG's and PNG's legends: 'France: 27'. */
export const exportCountryKey = (name: string, count: number) => `${name}: ${count}`;
