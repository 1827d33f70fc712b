/**
 * A reader's file, from bytes to rows (issue 18): decoded (own/decode.ts), read as a table (own/table.ts), its
 * columns recognised (own/columns.ts) and its rows matched (own/rows.ts). Pure, so the page can run it in a
 * worker for a large file. Every outcome says what the page shows next: the map (the columns were recognised),
 * the column-mapping step (they were not), or why the file cannot be read.
 */
import { decodeBytes, type Encoding, type NotText } from './decode.ts';
import { guessColumns, type ColumnGuess, type Field } from './columns.ts';
import type { Gazetteer } from './match.ts';
import { readRows, tally, type OwnRow } from './rows.ts';
import { readTable, type Delimiter } from './table.ts';

/** The most rows a file may hold: more is refused with the count, rather than freezing the page. */
export const MAX_ROWS = 100_000;

export type Refusal =
  | { reason: 'empty' }
  | { reason: 'not-text'; what: NotText }
  | { reason: 'open-quote'; line: number }
  | { reason: 'no-rows' }
  | { reason: 'too-many-rows'; rows: number; limit: number };

export interface ReadFile {
  encoding: Encoding;
  delimiter: Delimiter;
  headers: string[];
  guess: ColumnGuess;
  /** The table's rows, as read (kept for the mapping step). */
  cells: string[][];
  lines: number[];
}

export type OwnRead =
  | ({ kind: 'refused' } & Refusal)
  | ({ kind: 'needs-mapping' } & ReadFile)
  | ({ kind: 'ready'; rows: OwnRow[]; tally: ReturnType<typeof tally> } & ReadFile);

export interface ReadOptions {
  /** The reader's mapping of columns to fields, over the recognised headers. */
  columns?: Partial<Record<Field, number>>;
  /** Called as the rows are matched: how many are done, of how many (a worker reports it to the page). */
  onProgress?: (done: number, total: number) => void;
}

/** Reads a file's bytes. */
export function readOwn(bytes: Uint8Array, gazetteer: Gazetteer, { columns, onProgress }: ReadOptions = {}): OwnRead {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded.reason === 'empty' ? { kind: 'refused', reason: 'empty' } : { kind: 'refused', reason: 'not-text', what: decoded.kind };
  const table = readTable(decoded.text);
  if (!table.ok) return table.reason === 'open-quote' ? { kind: 'refused', reason: 'open-quote', line: table.line } : { kind: 'refused', reason: 'no-rows' };
  if (table.rows.length > MAX_ROWS) return { kind: 'refused', reason: 'too-many-rows', rows: table.rows.length, limit: MAX_ROWS };
  const guess = guessColumns(table.headers);
  const file: ReadFile = { encoding: decoded.encoding, delimiter: table.delimiter, headers: table.headers, guess, cells: table.rows, lines: table.lines };
  const use = columns ?? (guess.recognised ? guess.columns : null);
  if (!use) return { kind: 'needs-mapping', ...file };
  const rows = readRows(table.rows, table.lines, use, gazetteer, onProgress);
  return { kind: 'ready', ...file, rows, tally: tally(rows) };
}
