/**
 * Words of the whole-dataset download's tables and data note (src/lib/download):
 * each table's title and what a row of it is, a description of every column (the
 * one description: the download's header and the data note are both written from
 * it), and the data note's sentences. Numbers come from the bundle. Not re-exported
 * from index.ts: only the download dialog's code, loaded on demand, reads them.
 */
import { STATUS_ORDER, STATUS_WORD } from './core.ts';
import { locale } from '../i18n/active.ts';
import * as m from '../i18n/generated/m/download-note.js';
import { andList, plainList } from './lists.ts';

/**
 * A list of names as a sentence lists them. English keeps its own (no Oxford comma: 'A, B and C'); Chinese and
 * Polish take the language's own conjunction ('A、B和C', 'A, B i C').
 */
/** The status codes with their words, listed: 'active (active), not-active (not active), …' (in English, no 'and'). */
function statusCodes(): string {
  const codes = STATUS_ORDER.map((st) => m.download_note_status_code({ code: st, word: STATUS_WORD[st] }));
  return plainList(codes, { style: 'narrow' });
}
/** Sentences of one paragraph, each its own message: a space between them, none in Chinese (after '。'). */
const sentences = (xs: readonly string[]) => xs.join(locale === 'zh-Hans' ? '' : ' ');

/** A table of the download: its title and what one row of it is. */
export interface TableWords {
  title: string;
  row: string;
}

export const PARTNERSHIPS_TABLE: TableWords = {
  title: m.download_note_partnerships_title(),
  row: m.download_note_partnerships_about(),
};
/** The partnerships' columns, in their order, each with what it holds. */
export const PARTNERSHIP_COLUMNS = {
  id: m.download_note_partnerships_col_id(),
  counted: m.download_note_partnerships_col_counted(),
  eu_country: m.download_note_partnerships_col_eu_country(),
  eu_country_name: m.download_note_col_country_name(),
  eu_unit: m.download_note_partnerships_col_eu_unit(),
  eu_unit_name: m.download_note_partnerships_col_eu_unit_name(),
  eu_unit_local_name: m.download_note_col_local_name(),
  cn_unit: m.download_note_partnerships_col_cn_unit(),
  cn_unit_name: m.download_note_partnerships_col_cn_unit_name(),
  cn_unit_zh: m.download_note_partnerships_col_cn_unit_zh(),
  cn_province: m.download_note_partnerships_col_cn_province(),
  cn_province_name: m.download_note_partnerships_col_cn_province_name(),
  cn_province_zh: m.download_note_partnerships_col_cn_province_zh(),
  cn_printed: m.download_note_partnerships_col_cn_printed(),
  period: m.download_note_partnerships_col_period(),
  report_table: m.download_note_partnerships_col_report_table(),
  start_year: m.download_note_partnerships_col_start_year(),
  status: m.download_note_partnerships_col_status({ codes: statusCodes() }),
  agreement: m.download_note_partnerships_col_agreement(),
  renewals: m.download_note_partnerships_col_renewals(),
  confidence: m.download_note_partnerships_col_confidence(),
  sources: m.download_note_partnerships_col_sources(),
  note: m.download_note_partnerships_col_note(),
} as const;

export const PLACES_TABLE: TableWords = {
  title: m.download_note_places_title(),
  row: m.download_note_places_about(),
};
export const PLACE_COLUMNS = {
  id: m.download_note_places_col_id(),
  kind: m.download_note_places_col_kind(),
  kind_name: m.download_note_places_col_kind_name(),
  country: m.download_note_places_col_country(),
  country_name: m.download_note_col_country_name(),
  province: m.download_note_places_col_province(),
  name: m.download_note_places_col_name(),
  local_name: m.download_note_col_local_name(),
  zh: m.download_note_places_col_zh(),
  other_spellings: m.download_note_places_col_other_spellings(),
  lon: m.download_note_places_col_lon(),
  lat: m.download_note_places_col_lat(),
  sources: m.download_note_places_col_sources(),
} as const;

export const CELLS_TABLE: TableWords = {
  title: m.download_note_cells_title(),
  row: m.download_note_cells_about(),
};
export const CELL_COLUMNS = {
  table: m.download_note_cells_col_table(),
  row: m.download_note_cells_col_row(),
  column: m.download_note_cells_col_column(),
  value: m.download_note_cells_col_value(),
  reading: m.download_note_cells_col_reading(),
  note: m.download_note_cells_col_note(),
  source: m.download_note_cells_col_source(),
} as const;

export const STATEMENTS_TABLE: TableWords = {
  title: m.download_note_statements_title(),
  row: m.download_note_statements_about(),
};
export const STATEMENT_COLUMNS = {
  id: m.download_note_statements_col_id(),
  subject: m.download_note_statements_col_subject(),
  figure: m.download_note_statements_col_figure(),
  value: m.download_note_statements_col_value(),
  paraphrase: m.download_note_statements_col_paraphrase(),
  sources: m.download_note_statements_col_sources(),
} as const;

export const CONTRADICTIONS_TABLE: TableWords = {
  title: m.download_note_contradictions_title(),
  row: m.download_note_contradictions_about(),
};
export const CONTRADICTION_COLUMNS = {
  id: m.download_note_contradictions_col_id(),
  about: m.download_note_contradictions_col_about(),
  value_a: m.download_note_contradictions_col_value_a(),
  sources_a: m.download_note_contradictions_col_sources_a(),
  value_b: m.download_note_contradictions_col_value_b(),
  sources_b: m.download_note_contradictions_col_sources_b(),
  statements: m.download_note_contradictions_col_statements(),
  explanation: m.download_note_contradictions_col_explanation(),
} as const;

// ── The data note ────────────────────────────────────────────────────────────
export const NOTE_TITLE = m.download_note_title();
export const NOTE_CITE = m.download_note_cite();
export const NOTE_FILES_HEADING = m.download_note_files_heading();
export const NOTE_FILES_INTRO = m.download_note_files_intro();
export const NOTE_JSON = m.download_note_json();
/** '149 rows.' */
export const rowsLine = (n: number) => m.download_note_rows({ count: n });
export const NOTE_COLUMNS_HEADING = m.download_note_columns_heading();
export const NOTE_SOURCES_HEADING = m.download_note_sources_heading();
export const NOTE_SOURCES_INTRO = m.download_note_sources_intro();
export const NOTE_LIMITS_HEADING = m.download_note_limits_heading();
/** The records that are reconstructions, and why (two sentences: each count has its own, so that its words agree with it). */
export const limitConfidence = (low: number, medium: number, total: number) =>
  sentences([m.download_note_limit_confidence_low({ total, low }), m.download_note_limit_confidence_medium({ count: medium })]);
/** How the counts add up (a sentence per count that words agree with). */
export const limitCounted = (period: number, table9: number, none: number, unattributed: number) =>
  sentences([
    m.download_note_limit_counted({ period, table9, drawn: period + table9 }),
    m.download_note_limit_counted_none({ count: none }),
    m.download_note_limit_counted_unattributed({ count: unattributed, total: period + table9 + unattributed }),
  ]);
/** The report's disagreements with itself. */
export const limitContradictions = (n: number, examples: readonly string[]) =>
  m.download_note_limit_contradictions({
    count: n,
    examples: plainList(examples, { sep: '; ' }),
  });
/** One disagreement as an example: 'total number of partnerships: 146 against 147 (sum of Table 9)'. */
export const disagreement = (about: string, a: string, b: string) => m.download_note_disagreement({ about, a, b });
/** Periods and their gaps. */
export const limitPeriods = (periods: readonly string[], gaps: readonly string[]) =>
  m.download_note_limit_periods({ count: periods.length, periods: andList(periods), gaps: andList(gaps) });
/** How the printed cells were read. */
export const limitCells = (counts: Readonly<Record<string, number>>) =>
  m.download_note_limit_cells({
    printed: counts.printed ?? 0,
    inferred: counts.inferred ?? 0,
    unrecoverable: counts.unrecoverable ?? 0,
    missing: counts.missing ?? 0,
  });
