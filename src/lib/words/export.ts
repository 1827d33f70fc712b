/** Words of the exports (src/lib/export): the export menu and the CSV's own words. */
import * as m from '../i18n/generated/m/export.js';
import { locale } from '../i18n/active.ts';
import { andList } from './lists.ts';

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

/** The locale dates are written in: the atlas's English is British ('28 November 2026'), the others their own. */
const dateLocale = locale === 'en' ? 'en-GB' : locale;

/** 'EU–China Partnership Atlas, version 0.1.0, data of 28 November 2026. Drawn from Kamiński, … (2019) and …' (exports, the Sources dialog). */
export function citeAtlas(c: { title: string; version: string; date: string }, drawnFrom: readonly string[]): string {
  const date = new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${c.date}T00:00:00Z`));
  const from = andList(drawnFrom);
  const { title, version } = c;
  return from ? m.export_cite_atlas_from({ title, version, date, from }) : m.export_cite_atlas({ title, version, date });
}
