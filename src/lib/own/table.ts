/**
 * A reader's text as a table (issue 18): the delimiter read from the header line (a comma; a semicolon, as a
 * Polish or German Excel saves CSV; a tab, as a spreadsheet's cells copied and pasted), the rows parsed by
 * d3-dsv, each with the line of the file it starts on. A quote left open is refused with its line: d3-dsv would
 * quietly read the rest of the file into one cell. Cells stay text, as written.
 */
import { dsvFormat } from 'd3-dsv';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export type Table =
  | { ok: true; delimiter: Delimiter; headers: string[]; rows: string[][]; lines: number[] }
  | { ok: false; reason: 'open-quote'; line: number }
  | { ok: false; reason: 'no-rows' };

/** The first line that is not blank, without what its quotes hold (a delimiter inside quotes is no delimiter). */
function headerLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  return line.replace(/"(?:[^"]|"")*"/g, '');
}

/** The delimiter the header line uses most; a comma when none. */
export function detectDelimiter(text: string): Delimiter {
  const line = headerLine(text);
  let best: Delimiter = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = line.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/**
 * Where each record starts (1-based line), or the line of a quote never closed. A quote opens a field only at
 * its start; inside, "" is a quote; it closes before a delimiter, a line end or the end.
 */
export function recordLines(text: string, delimiter: Delimiter): { lines: number[] } | { openQuote: number } {
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  let atRecordStart = true;
  while (i < n) {
    if (atRecordStart) {
      lines.push(line);
      atRecordStart = false;
    }
    // One field.
    if (text[i] === '"') {
      const opened = line;
      i++;
      for (;;) {
        if (i >= n) return { openQuote: opened };
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') i += 2;
          else {
            i++;
            break;
          }
        } else {
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
          i++;
        }
      }
    }
    while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
    if (i >= n) break;
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    // A line end: \r\n, \n or \r.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    atRecordStart = true;
  }
  return { lines };
}

/** The text as a header row and data rows; blank rows are dropped, each kept row knows its line. */
export function readTable(text: string, delimiter: Delimiter = detectDelimiter(text)): Table {
  const starts = recordLines(text, delimiter);
  if ('openQuote' in starts) return { ok: false, reason: 'open-quote', line: starts.openQuote };
  const parsed = dsvFormat(delimiter).parseRows(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  parsed.forEach((row, i) => {
    if (row.every((c) => c.trim() === '')) return;
    rows.push(row);
    lines.push(starts.lines[i] ?? NaN);
  });
  if (rows.length === 0) return { ok: false, reason: 'no-rows' };
  const [headers, ...data] = rows;
  return { ok: true, delimiter, headers: headers.map((h) => h.trim()), rows: data, lines: lines.slice(1) };
}
