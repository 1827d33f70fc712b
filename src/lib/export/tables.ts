/**
 * The partnerships of a view as CSV (one row per partnership shown) and the
 * arcs as GeoJSON. Pure; the same rows feed the table alternative to the map.
 */
import type { FeatureCollection, LineString } from 'geojson';
import type { ArcDatum } from '../arcs/arcs.ts';
import type { Bundle, Country, Partnership, Place } from '../data/types.ts';
import { citeRefs } from '../words/cite.ts';
import { CSV_UNNAMED_REGION, STATUS_WORD } from '../words/index.ts';
import { exportCitation } from './metadata.ts';
import { locale } from '../i18n/active.ts';

export const CSV_COLUMNS = [
  'id',
  'eu_country',
  'eu_country_name',
  'eu_unit',
  'eu_unit_name',
  'cn_unit',
  'cn_unit_name',
  'cn_unit_zh',
  'cn_province',
  'cn_province_name',
  'period',
  'start_year',
  'status',
  'agreement',
  'renewals',
  'counted',
  'confidence',
  'sources',
] as const;

/**
 * The names in English, beside the `*_name` columns, which name places and countries in the reader's language:
 * a Chinese or Polish reader's CSV has both (an English reader's has them once). A region the report does not
 * name has no English name here (its `eu_unit_name` says so in the reader's language).
 */
export const CSV_ENGLISH_COLUMNS = ['eu_country_name_en', 'eu_unit_name_en', 'cn_unit_name_en', 'cn_province_name_en'] as const;

/** A reader's own data (issue 18) keeps what its rows said beside the places: their note and their source, as text. */
export const CSV_OWN_COLUMNS = ['note', 'your_source'] as const;

export interface ExportContext {
  places: ReadonlyMap<string, Place>;
  countries: ReadonlyMap<string, Country>;
  /** The bibliography: the sources column cites documents as the app does, never by file name; the atlas's own citation (GeoJSON). */
  bundle: Pick<Bundle, 'sources'> & Partial<Pick<Bundle, 'atlas' | 'ownFile'>>;
}

/** One record per partnership, with names resolved: the CSV rows and the table view. */
export function exportRows(
  list: readonly Partnership[],
  { places, countries, bundle }: ExportContext,
): Record<(typeof CSV_COLUMNS)[number] | (typeof CSV_ENGLISH_COLUMNS)[number] | (typeof CSV_OWN_COLUMNS)[number], string>[] {
  const name = (id: string | null) => (id ? (places.get(id)?.name ?? id) : '');
  const english = (id: string | null) => (id ? (places.get(id)?.nameEn ?? name(id)) : '');
  const country = (id: string) => countries.get(id);
  return list.map((p) => ({
    id: p.id,
    eu_country: p.euCountry,
    eu_country_name: countries.get(p.euCountry)?.name ?? p.euCountry,
    eu_unit: p.euUnit ?? '',
    eu_unit_name: p.euUnit ? name(p.euUnit) : CSV_UNNAMED_REGION,
    cn_unit: p.cnUnit ?? '',
    cn_unit_name: name(p.cnUnit),
    cn_unit_zh: (p.cnUnit && places.get(p.cnUnit)?.zh) || '',
    cn_province: p.cnProvince ?? '',
    cn_province_name: name(p.cnProvince),
    period: p.period ?? '',
    start_year: p.startYear === null ? '' : String(p.startYear),
    status: p.status,
    agreement: p.agreement ?? '',
    renewals: p.renewals ?? '',
    counted: p.counted,
    confidence: p.confidence,
    sources: citeRefs(p.sources, bundle.sources),
    eu_country_name_en: country(p.euCountry)?.nameEn ?? country(p.euCountry)?.name ?? p.euCountry,
    eu_unit_name_en: english(p.euUnit),
    cn_unit_name_en: english(p.cnUnit),
    cn_province_name_en: english(p.cnProvince),
    note: p.note ?? '',
    your_source: p.ownSource ?? '',
  }));
}

const cell = (v: string) => {
  // Neutralise spreadsheet formulas, then quote as RFC 4180 requires.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Byte-order mark: without it Excel in a Chinese or Polish locale reads UTF-8 as its own code page (四川, Łódź garbled). */
export const CSV_BOM = '\uFEFF';

/**
 * A CSV file: the byte-order mark, the header, one line per row (CRLF, RFC 4180
 * quoting, formulas neutralised). Shared by the view's export and the whole-dataset download.
 */
export function csvText<C extends string>(columns: readonly C[], rows: readonly Readonly<Record<C, string>>[]): string {
  return CSV_BOM + [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function toCsv(list: readonly Partnership[], ctx: ExportContext): string {
  const columns = [...CSV_COLUMNS, ...(locale === 'en' ? [] : CSV_ENGLISH_COLUMNS), ...(ctx.bundle.ownFile !== undefined ? CSV_OWN_COLUMNS : [])];
  return csvText(columns, exportRows(list, ctx));
}

/**
 * The arcs as GeoJSON LineStrings (great-circle samples), with the partnership's fields as properties,
 * and how to cite the atlas as a top-level member beside the features (RFC 7946 §6.1: a foreign member).
 */
export function toGeoJson(arcs: readonly ArcDatum[], ctx: ExportContext): FeatureCollection<LineString> & { citation?: string } {
  const rows = new Map(exportRows(arcs.map((a) => a.partnership), ctx).map((r) => [r.id, r]));
  const citation = exportCitation(ctx.bundle);
  return {
    type: 'FeatureCollection',
    ...(citation ? { citation } : {}),
    features: arcs.map((a) => ({
      type: 'Feature',
      id: a.id,
      properties: typedProperties(rows.get(a.id)!, a),
      geometry: { type: 'LineString', coordinates: a.points.map(([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]) },
    })),
  };
}

export type ExportRow = ReturnType<typeof exportRows>[number];

/**
 * A GeoJSON feature's properties: the CSV row's fields with their JSON types (a year is a
 * number, a missing value null, never an empty string), and whether the arc starts at an anchor.
 */
function typedProperties(row: ExportRow, arc: ArcDatum): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(row)) out[k] = v === '' ? null : v;
  out.start_year = arc.partnership.startYear;
  // The status's code (as in the CSV) and its word, as the map, the legend and the panels say it.
  out.status_name = STATUS_WORD[arc.partnership.status];
  out.country_anchored = arc.countryAnchored;
  return out;
}
export type SortKey = keyof ExportRow;

/**
 * Rows sorted by one column (the table alternative to the map). Years sort as
 * numbers with blanks last; text in the locale's order; ties keep the id order.
 */
export function sortRows(rows: readonly ExportRow[], key: SortKey, dir: 'ascending' | 'descending'): ExportRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === '' && y !== '') return 1;
    if (y === '' && x !== '') return -1;
    return sign * collator.compare(x, y) || collator.compare(a.id, b.id);
  });
}
