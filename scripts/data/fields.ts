/**
 * Cell-level validation for seed rows. Every helper throws a SeedError naming
 * the file, the line and the reason, so `npm run data` fails with a message a
 * curator can act on.
 */
import { SeedError, type CsvRecord } from '../lib/csv.ts';
import type { SourceDoc, SourceRef } from '../../src/lib/data/types.ts';

export class Row {
  constructor(
    readonly file: string,
    readonly record: CsvRecord,
  ) {}

  get line() {
    return this.record.line;
  }

  fail(reason: string): never {
    throw new SeedError(this.file, this.record.line, reason);
  }

  /** The cell, or '' when empty. */
  str(col: string): string {
    return this.record.values[col] ?? '';
  }

  /** The cell, or null when empty. */
  opt(col: string): string | null {
    const v = this.str(col);
    return v === '' ? null : v;
  }

  req(col: string): string {
    const v = this.str(col);
    if (v === '') this.fail(`missing ${col}`);
    return v;
  }

  oneOf<T extends string>(col: string, allowed: readonly T[], what = col): T {
    const v = this.str(col);
    if (!(allowed as readonly string[]).includes(v)) {
      this.fail(`unknown ${what} "${v}" (expected one of: ${allowed.join(', ')})`);
    }
    return v as T;
  }

  optOneOf<T extends string>(col: string, allowed: readonly T[], what = col): T | null {
    return this.str(col) === '' ? null : this.oneOf(col, allowed, what);
  }

  /** An integer cell, or null when empty. */
  optInt(col: string): number | null {
    const v = this.str(col);
    if (v === '') return null;
    if (!/^-?\d+$/.test(v)) this.fail(`${col} must be a whole number, got "${v}"`);
    return Number(v);
  }

  int(col: string): number {
    const v = this.optInt(col);
    if (v === null) this.fail(`missing ${col}`);
    return v;
  }

  optNum(col: string): number | null {
    const v = this.str(col);
    if (v === '') return null;
    if (!/^-?\d+(\.\d+)?$/.test(v)) this.fail(`${col} must be a number, got "${v}"`);
    return Number(v);
  }

  list(col: string): string[] {
    return this.str(col)
      .split('|')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  /** Citations `003#Table 4|003#1.3.1` (or a bare `001`); at least one is required. */
  cites(col: string, docs: ReadonlyMap<string, SourceDoc>): SourceRef[] {
    const items = this.list(col);
    if (items.length === 0) this.fail(`missing citation (${col})`);
    return items.map((item) => {
      const hash = item.indexOf('#');
      const id = (hash === -1 ? item : item.slice(0, hash)).trim();
      const ref = hash === -1 ? '' : item.slice(hash + 1).trim();
      const doc = docs.get(id);
      if (!doc) this.fail(`citation "${item}" names an unknown source "${id}" (known: ${[...docs.keys()].join(', ')})`);
      return { file: doc.file, ref };
    });
  }
}

export function rows(file: string, records: CsvRecord[]): Row[] {
  return records.map((r) => new Row(file, r));
}

/** Fails on the second row that repeats an id. */
export function uniqueIds<T extends { id: string; row: Row }>(items: readonly T[], what: string): void {
  const seen = new Map<string, Row>();
  for (const item of items) {
    const prev = seen.get(item.id);
    if (prev) item.row.fail(`duplicate ${what} id "${item.id}" (first on line ${prev.line})`);
    seen.set(item.id, item.row);
  }
}
