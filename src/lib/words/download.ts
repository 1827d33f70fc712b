/**
 * Words of "Download the data" (src/lib/download): the toolbar's button and the
 * dialog. The tables' column descriptions and the data note's sentences are in
 * download-note.ts, which the dialog's own code imports (loaded only when the
 * dialog opens, so the first load does not carry them).
 */
import * as m from '../i18n/generated/m/download.js';

export const DOWNLOAD_TITLE = m.download_title();
export const DOWNLOAD_INTRO = m.download_intro();
export const CLOSE_DOWNLOAD = m.download_close();
export const TABLES_HEADING = m.download_tables_heading();
export const NOTE_HEADING = m.download_data_note_heading();
export const NOTE_BUTTON = m.download_data_note_button();
export const NOTE_HINT = m.download_data_note_hint();
export const JSON_HEADING = m.download_json_heading();
export const JSON_BUNDLE = m.download_json_bundle();
export const JSON_SCHEMA = m.download_json_schema();
/** A table's button: 'Partnerships (149 rows)'. */
export const tableButton = (title: string, rows: number) => m.download_table_button({ title, count: rows });
/** 'The download could not be made: …' */
export const downloadFailed = (reason: string) => m.download_failed({ reason });
