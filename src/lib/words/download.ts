/**
 * Words of "Download the data" (src/lib/download): the toolbar's button and the
 * dialog. The tables' column descriptions and the data note's sentences are in
 * download-note.ts, which the dialog's own code imports (loaded only when the
 * dialog opens, so the first load does not carry them).
 */

export const DOWNLOAD_BUTTON = 'Download the data';
export const DOWNLOAD_TITLE = 'Download the data';
export const DOWNLOAD_INTRO =
  'The whole dataset, whatever the map shows: one spreadsheet table per kind of record, each with codes, names in every language the atlas has, the confidence of each reading and readable citations. The data note says what every column means, where the facts come from and what the data cannot tell.';
export const CLOSE_DOWNLOAD = 'Close downloads';
export const TABLES_HEADING = 'Tables (CSV, UTF-8)';
export const NOTE_HEADING = 'Data note';
export const NOTE_BUTTON = 'Data note (text)';
export const NOTE_HINT = 'What each column means, where the facts come from, the known limits.';
export const JSON_HEADING = 'For programmers';
export const JSON_BUNDLE = 'All the data as one JSON file';
export const JSON_SCHEMA = 'Its JSON Schema';
/** A table's button: 'Partnerships (149 rows)'. */
export const tableButton = (title: string, rows: number) => `${title} (${rows} ${rows === 1 ? 'row' : 'rows'})`;
/** 'The download could not be made: …' */
export const downloadFailed = (reason: string) => `The download could not be made: ${reason}`;
