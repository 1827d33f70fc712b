/**
 * Words of the whole-dataset download's tables and data note (src/lib/download):
 * each table's title and what a row of it is, a description of every column (the
 * one description: the download's header and the data note are both written from
 * it), and the data note's sentences. Numbers come from the bundle. Not re-exported
 * from index.ts: only the download dialog's code, loaded on demand, reads them.
 */
import { STATUS_ORDER, STATUS_WORD } from './core.ts';

/** A table of the download: its title and what one row of it is. */
export interface TableWords {
  title: string;
  row: string;
}

export const PARTNERSHIPS_TABLE: TableWords = {
  title: 'Partnerships',
  row: 'One row per partnership the atlas knows: those the report’s period tables count and those only its province ranking (Table 9) counts (together, what the map draws), and those the text names but no table counts. The column “counted” says which.',
};
/** The partnerships' columns, in their order, each with what it holds. */
export const PARTNERSHIP_COLUMNS = {
  id: 'The record’s code in the atlas; stays the same from one version of the data to the next.',
  counted:
    'How the report counts it: period-table (one of Tables 4–8, hence also Table 9; drawn on the map in its period), table-9 (only the province ranking counts it; it has no period and is drawn only when the map shows all periods), none (named in the text, counted by no table; never drawn or counted).',
  eu_country: 'The European partner’s country (ISO 3166-1 two-letter code).',
  eu_country_name: 'The country’s name in English.',
  eu_unit: 'Code of the European region (NUTS) or city; empty where the report names no region.',
  eu_unit_name: 'Its name in English, or a note that the report does not name it.',
  eu_unit_local_name: 'Its name in its own language, where the atlas has it.',
  cn_unit: 'Code of the Chinese partner: a province (ISO 3166-2:CN) or a city, district or new area.',
  cn_unit_name: 'The Chinese partner’s name in English (pinyin).',
  cn_unit_zh: 'The Chinese partner’s name in Chinese characters.',
  cn_province: 'The Chinese partner’s province (ISO 3166-2:CN); for a province, itself.',
  cn_province_name: 'The province’s name in English.',
  cn_province_zh: 'The province’s name in Chinese characters.',
  cn_printed: 'The Chinese partner as the report’s period table prints it (its row), where it is in one.',
  period: 'The report’s period in which it began (1982-1989, 1991-1999, 2000-2007, 2010-2012, 2014-2017); empty when no period table counts it.',
  report_table: 'The report’s table that counts it (4 to 8), or 9 for the province ranking alone; empty when no table counts it.',
  start_year: 'The year it began, where a source gives it.',
  status: `The partnership’s status, as a code: ${STATUS_ORDER.map((st) => `${st} (${STATUS_WORD[st]})`).join(', ')}; the words in brackets are the ones the map, its legend, the panels and the exports use.`,
  agreement: 'The kind of agreement, as the sources give it.',
  renewals: 'Renewals or later agreements, as the sources give them.',
  confidence:
    'How sure the atlas is of this record: high (the report names it), medium (read from a table with the help of the text), low (a reconstruction: the table as we have it does not show its country or region, so it is placed only so that the printed totals hold).',
  sources: 'Where the record comes from: document, section and table, as a reader would cite them (documents separated by “;”).',
  note: 'What the atlas has to say about the record: how it was read, what the sources disagree on.',
} as const;

export const PLACES_TABLE: TableWords = {
  title: 'Places',
  row: 'One row per place the atlas names: European regions and cities, Chinese provinces, cities, districts and new areas.',
};
export const PLACE_COLUMNS = {
  id: 'The place’s code: NUTS for a European region, ISO 3166-2:CN for a Chinese province, a short name for a city.',
  kind: 'What it is: eu-region, eu-city, cn-province, cn-city, cn-district or cn-new-area.',
  kind_name: 'What it is, in words (a Chinese province-level unit is named as a province, municipality, autonomous region or special administrative region).',
  country: 'Its country (ISO 3166-1 two-letter code; CN for China).',
  country_name: 'The country’s name in English.',
  province: 'For a Chinese place, its province (ISO 3166-2:CN); empty in Europe.',
  name: 'Its name in English.',
  local_name: 'Its name in its own language, where the atlas has it.',
  zh: 'Its name in Chinese characters (Chinese places).',
  other_spellings: 'Other spellings the sources use (separated by “;”), e.g. older romanisations.',
  lon: 'Longitude of its point on the map (WGS 84, degrees): the city, or where a region’s or province’s lines meet.',
  lat: 'Latitude of that point (WGS 84, degrees).',
  sources: 'The documents that mention it, with sections and tables.',
} as const;

export const CELLS_TABLE: TableWords = {
  title: 'Printed table cells',
  row: 'One row per cell of the report’s tables (Tables 3 to 9) as printed, with how each was read.',
};
export const CELL_COLUMNS = {
  table: 'The report’s table number.',
  row: 'The row as printed (a Chinese province or a country).',
  column: 'The column as printed or, where the print does not show it, as read.',
  value: 'The number in the cell; empty where our copy of the report lost it.',
  reading:
    'How the cell was read: printed (as it stands), inferred (the number is printed; its row or column was decided from the text, the case tables or the totals), unrecoverable (the number is printed; its column was chosen only so that the totals hold), missing (lost in our copy).',
  note: 'How it was read, in words.',
  source: 'The table it comes from, as a reader would cite it.',
} as const;

export const STATEMENTS_TABLE: TableWords = {
  title: 'Statements',
  row: 'One row per figure or fact the sources state in their text (totals, survey dates, counts per country), with a plain paraphrase.',
};
export const STATEMENT_COLUMNS = {
  id: 'The statement’s code in the atlas (the disagreements refer to it).',
  subject: 'What it is about: the report, a country (two-letter code), a place’s code or a programme.',
  figure: 'What is stated.',
  value: 'The value stated, as printed.',
  paraphrase: 'The statement in plain words.',
  sources: 'Where it is stated.',
} as const;

export const CONTRADICTIONS_TABLE: TableWords = {
  title: 'Contradictions',
  row: 'One row per place where the sources, or the report and itself, give two different figures; both are kept.',
};
export const CONTRADICTION_COLUMNS = {
  id: 'The disagreement’s code in the atlas.',
  about: 'What the two figures are about.',
  value_a: 'The first figure.',
  sources_a: 'Where the first figure is given.',
  value_b: 'The second figure.',
  sources_b: 'Where the second figure is given.',
  statements: 'Codes of the statements it concerns (the statements table’s first column; separated by “;”).',
  explanation: 'Why they differ, and which one the atlas follows.',
} as const;

// ── The data note ────────────────────────────────────────────────────────────
export const NOTE_TITLE = 'EU–China Partnership Atlas: the data';
export const NOTE_CITE = 'Cite it as';
export const NOTE_FILES_HEADING = 'What you downloaded';
export const NOTE_FILES_INTRO =
  'Five tables, each a CSV file in UTF-8 with a byte-order mark (so that spreadsheets read 四川 and Łódź right), comma-separated, one header row. A cell that begins with =, +, - or @ is preceded by an apostrophe so that spreadsheets do not run it as a formula. Codes (countries, places, periods, statuses) are in the code columns; names are in the name columns beside them.';
export const NOTE_JSON =
  'The same data, with the case tables, case studies, programme profiles and the presentation, is also offered as one JSON file with its JSON Schema, from the same place as these tables.';
/** '149 rows.' */
export const rowsLine = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}.`;
export const NOTE_COLUMNS_HEADING = 'Columns';
export const NOTE_SOURCES_HEADING = 'Where the facts come from';
export const NOTE_SOURCES_INTRO =
  'Every record cites the documents it comes from, in the sources columns, by the short names below. The full references:';
export const NOTE_LIMITS_HEADING = 'Known limits';
/** The records that are reconstructions, and why. */
export const limitConfidence = (low: number, medium: number, total: number) =>
  `Reconstructed records. Of the ${total} partnerships, ${low} have low confidence: in our copy of the report some period tables do not show which country a number belongs to, so these records are placed only so that the printed totals hold. ${medium} more have medium confidence: read from a table with the help of the text. The confidence column says which; the map draws them apart.`;
/** How the counts add up. */
export const limitCounted = (period: number, table9: number, none: number, unattributed: number) =>
  `What the report counts. ${period} partnerships are counted in the period tables (Tables 4–8); ${table9} more only in the province ranking (Table 9), without a period: the map draws these ${period + table9} when it shows all periods. ${none} more are named in the text but counted by no table, and never drawn. Table 9 also counts ${unattributed} partnerships that cannot be tied to any EU country: they have no row in the partnerships table, but the atlas counts them in its totals, which come to ${period + table9 + unattributed}.`;
/** The report's disagreements with itself. */
export const limitContradictions = (n: number, examples: readonly string[]) =>
  `The sources disagree. The contradictions table lists ${n} places where two figures differ, for example ${examples.join('; ')}. The atlas keeps both and says which one it follows.`;
/** One disagreement as an example: 'total number of partnerships: 146 against 147 (sum of Table 9)'. */
export const disagreement = (about: string, a: string, b: string) => `${about}: ${a} against ${b}`;
const andList = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : (xs[0] ?? ''));
/** Periods and their gaps. */
export const limitPeriods = (periods: readonly string[], gaps: readonly string[]) =>
  `Periods with gaps. The report counts new partnerships in ${periods.length} periods (${andList(periods)}); no table covers ${andList(gaps)}. A partnership that began in those years has no period: only Table 9 counts it, or only the text names it.`;
/** How the printed cells were read. */
export const limitCells = (counts: Readonly<Record<string, number>>) =>
  `How the tables were read. Of the report’s printed cells, ${counts.printed ?? 0} are read as printed, ${counts.inferred ?? 0} had their row or column decided from the text or the totals, ${counts.unrecoverable ?? 0} had their column chosen only so that the totals hold, and ${counts.missing ?? 0} lost in our copy. The reading column of the printed table cells says which.`;
