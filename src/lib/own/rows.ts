/**
 * A reader's rows as partnerships to draw (issue 18): each row's two ends matched (own/match.ts), or placed by
 * the coordinates the row gives for a place the atlas does not know; its year read (own/years.ts); its status
 * read in English, Polish or Chinese. Nothing is dropped: a row whose end is unknown or ambiguous is kept with
 * the reason, for the reader to fix or skip, and a row repeating an earlier one is flagged, not removed.
 */
import type { Status } from '../data/types.ts';
import type { Field } from './columns.ts';
import type { Gazetteer, GazetteerEntry, Match, Side } from './match.ts';
import { readYear, type YearReading } from './years.ts';

/** Where one end of a row is drawn: a known place, a place at the row's own coordinates, or its country. */
export type End =
  | { kind: 'place'; entry: GazetteerEntry }
  | { kind: 'coordinates'; name: string; coord: [number, number] }
  | { kind: 'country'; country: string };

/** Why one end of a row cannot be drawn yet. */
export type Problem = { side: Side; cell: string } & ({ reason: 'unknown' | 'empty' | 'no-country' } | { reason: 'ambiguous'; candidates: GazetteerEntry[] });

export interface OwnRow {
  /** The line of the reader's file the row starts on (what a spreadsheet calls the row's number). */
  line: number;
  cells: Partial<Record<Field, string>>;
  eu: End | null;
  cn: End | null;
  problems: Problem[];
  year: YearReading;
  /** The status read; null when the cell holds none. */
  status: Status | null;
  /** A status cell that says something else, kept as written. */
  statusUnread: string | null;
  /** The line of an earlier row with the same two ends and the same year. */
  duplicateOf: number | null;
}

const STATUS_WORDS: Record<Status, readonly string[]> = {
  active: ['active', 'yes', 'current', 'ongoing', 'aktywne', 'aktywna', 'aktywny', 'aktualne', 'tak', '活跃', '有效', '存续', '是', '现行'],
  'not-active': ['not active', 'inactive', 'dormant', 'nieaktywne', 'nieaktywna', 'nieaktywny', '不活跃', '休眠', '不活跃的'],
  ended: ['ended', 'terminated', 'closed', 'expired', 'zakończone', 'zakończona', 'rozwiązane', 'wygasłe', '终止', '结束', '已终止', '已结束'],
  unknown: ['unknown', '?', 'n/a', 'nieznany', 'nieznane', 'brak danych', '未知', '不详'],
};
const STATUS_BY_WORD = new Map<string, Status>();
for (const [status, words] of Object.entries(STATUS_WORDS) as [Status, readonly string[]][]) for (const w of words) STATUS_BY_WORD.set(w, status);

/** A status cell read: the status, none (empty), or a word not understood (kept). */
export function readStatus(cell: string): { status: Status | null; unread: string | null } {
  const s = cell.normalize('NFKC').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (s === '') return { status: null, unread: null };
  const status = STATUS_BY_WORD.get(s) ?? null;
  return status ? { status, unread: null } : { status: null, unread: cell.trim() };
}

/** A longitude and latitude from two cells, or null when either is missing or out of range. */
export function coordinates(lon: string | undefined, lat: string | undefined): [number, number] | null {
  if (!lon?.trim() || !lat?.trim()) return null;
  const x = Number(lon.trim().replace(',', '.'));
  const y = Number(lat.trim().replace(',', '.'));
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) <= 180 && Math.abs(y) <= 90 ? [x, y] : null;
}

function endOf(match: Match, side: Side, cell: string, coord: [number, number] | null): { end: End | null; problem: Problem | null } {
  if (match.kind === 'place') return { end: { kind: 'place', entry: match.entry }, problem: null };
  // The row's own coordinates place what the atlas does not know (never what it knows, nor an ambiguous name).
  if (match.kind !== 'ambiguous' && coord && cell.trim()) return { end: { kind: 'coordinates', name: cell.trim(), coord }, problem: null };
  if (match.kind === 'country') return { end: { kind: 'country', country: match.country }, problem: null };
  if (match.kind === 'ambiguous') return { end: null, problem: { side, cell, reason: 'ambiguous', candidates: match.candidates } };
  return { end: null, problem: { side, cell, reason: cell.trim() ? 'unknown' : 'empty' } };
}

const endKey = (e: End | null) => (!e ? '' : e.kind === 'place' ? e.entry.id : e.kind === 'country' ? `country:${e.country}` : `xy:${e.coord.join(',')}`);
const yearKey = (y: YearReading) => JSON.stringify(y);

/** How often, in rows, the matching says how far it is. */
const PROGRESS_EVERY = 5000;

/** The reader's rows, read: `columns` says which cell holds which field, `lines` the line each row starts on. */
export function readRows(
  rows: readonly string[][],
  lines: readonly number[],
  columns: Partial<Record<Field, number>>,
  gazetteer: Gazetteer,
  onProgress?: (done: number, total: number) => void,
): OwnRow[] {
  const seen = new Map<string, number>();
  return rows.map((row, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, rows.length);
    const cells: Partial<Record<Field, string>> = {};
    for (const [field, at] of Object.entries(columns) as [Field, number][]) cells[field] = row[at] ?? '';
    const country = cells.eu_country ? gazetteer.country(cells.eu_country) : null;
    const euCell = cells.eu_place ?? '';
    const cnCell = cells.cn_place ?? '';
    let eu = endOf(gazetteer.match(euCell, 'eu', country), 'eu', euCell, coordinates(cells.eu_lon, cells.eu_lat));
    // A European place the atlas does not know, placed by its coordinates, still needs its country (its colour, its column).
    if (eu.end?.kind === 'coordinates' && !country) eu = { end: null, problem: { side: 'eu', cell: euCell, reason: 'no-country' } };
    const cn = endOf(gazetteer.match(cnCell, 'cn'), 'cn', cnCell, coordinates(cells.cn_lon, cells.cn_lat));
    const year = readYear(cells.year ?? '');
    const { status, unread } = readStatus(cells.status ?? '');
    const line = lines[i];
    let duplicateOf: number | null = null;
    if (eu.end && cn.end) {
      const key = `${endKey(eu.end)}|${endKey(cn.end)}|${yearKey(year)}`;
      duplicateOf = seen.get(key) ?? null;
      if (duplicateOf === null) seen.set(key, line);
    }
    return { line, cells, eu: eu.end, cn: cn.end, problems: [eu.problem, cn.problem].filter((p): p is Problem => !!p), year, status, statusUnread: unread, duplicateOf };
  });
}

/** How the rows stand: every row is drawn or waits for the reader, never neither. */
export function tally(rows: readonly OwnRow[]): { rows: number; drawn: number; waiting: number; duplicates: number } {
  const waiting = rows.filter((r) => r.problems.length > 0).length;
  return { rows: rows.length, drawn: rows.length - waiting, waiting, duplicates: rows.filter((r) => r.duplicateOf !== null).length };
}
