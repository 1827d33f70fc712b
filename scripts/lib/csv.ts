/**
 * A small RFC 4180 CSV reader that keeps the line number of every record, so a
 * bad seed row can be reported as `file:line: reason`.
 */

export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'SeedError';
  }
}

export interface CsvRecord {
  /** 1-based line on which the record starts (the header is line 1). */
  line: number;
  /** Cells keyed by header name; every header key is present (missing trailing cells are ''). */
  values: Record<string, string>;
}

/** Splits CSV text into rows of cells, tracking the line each row starts on. */
export function parseRows(text: string, file: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let atCellStart = true;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === '"') {
      throw new SeedError(file, line, 'stray quote inside an unquoted cell');
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      atCellStart = true;
      line++;
      rowLine = line;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (quoted) throw new SeedError(file, rowLine, 'unterminated quoted cell');
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

/**
 * Parses CSV text with a header row. Fails (naming file and line) on a row with
 * more cells than the header, or when a required column is missing.
 */
export function parseCsv(text: string, file: string, required: readonly string[] = []): CsvRecord[] {
  const rows = parseRows(text, file);
  if (rows.length === 0) throw new SeedError(file, 1, 'empty file: a header row is required');
  const header = rows[0].cells.map((h) => h.trim());
  for (const col of required) {
    if (!header.includes(col)) throw new SeedError(file, 1, `missing column "${col}"`);
  }
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw new SeedError(file, 1, `duplicate column "${dup}"`);
  return rows.slice(1).map(({ line, cells }) => {
    if (cells.length > header.length) {
      throw new SeedError(file, line, `${cells.length} cells but the header has ${header.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = (cells[i] ?? '').trim()));
    return { line, values };
  });
}

/** Quotes one cell for CSV output. */
export function csvCell(value: string | number | null | undefined): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
