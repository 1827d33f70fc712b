/** Words of the exports (src/lib/export): the export menu and the CSV's own words. */
import * as m from '../i18n/generated/m/export.js';

export const EXPORT_LABEL = m.export_label();
export const EXPORT_LEAD = m.export_lead();
/** The formats by the name their buttons show (the same in every language). */
export const FORMAT_NAME = { csv: 'CSV', geojson: 'GeoJSON', svg: 'SVG', png: 'PNG' } as const;
/** The PNG button while the image is being made (no word to translate). */
export const PNG_BUSY = 'PNG…';
export const PNG_SCALE = m.export_png_scale();
/** 'The SVG could not be made: …' */
export const exportFailed = (format: string, reason: string) => m.export_failed({ format, reason });
/**
 * The European partner's name in a CSV row when the report names no region (a cell, in the reader's language;
 * the CSV's header keeps its codes).
 */
export const CSV_UNNAMED_REGION = m.export_csv_unnamed_region();
/** A country's key in the SVG's and PNG's legends: 'France: 27'. */
export const exportCountryKey = (name: string, count: number) => m.export_country_key({ name, count });
