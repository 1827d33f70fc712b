/**
 * The whole dataset as downloads: one CSV per kind of record (partnerships,
 * places, the report's printed table cells, statements, contradictions) and a
 * data note. Each table's columns are described once (src/lib/words/download.ts:
 * name → what it holds, in order); the CSV header and the note's column list are
 * both written from that description, and each column's value comes from the
 * record here. Pure: the bundle in, text out. Citations read as on screen
 * (data/cite.ts), never as a repository file name.
 */
import type { Bundle, Contradiction, Partnership, Place, PrintedCell, SourceRef, Statement } from '../data/types.ts';
import { citeRefs } from '../words/cite.ts';
import { exportCitation } from '../export/metadata.ts';
import { timeline } from '../state/periods.ts';
import { csvText } from '../export/tables.ts';
import * as w from '../words/index.ts';
import * as n from '../words/download-note.ts';

/** Indexes of the bundle a row needs. */
interface Lookup {
  bundle: Bundle;
  places: ReadonlyMap<string, Place>;
  countries: ReadonlyMap<string, string>;
  cite: (refs: readonly SourceRef[]) => string;
}

/** One downloadable table: its file name, words, described columns and how each column reads a record. */
export interface DataTable<T = unknown, C extends string = string> {
  file: string;
  words: n.TableWords;
  /** Column name → what it holds, in the order of the file's columns. */
  columns: Readonly<Record<C, string>>;
  records: (b: Bundle) => readonly T[];
  cells: { readonly [K in C]: (r: T, l: Lookup) => string };
}

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const list = (xs: readonly string[]) => xs.join('; ');

function table<T, C extends string>(t: DataTable<T, C>): DataTable<T, C> {
  return t;
}

const partnerships = table<Partnership, keyof typeof n.PARTNERSHIP_COLUMNS>({
  file: 'partnerships.csv',
  words: n.PARTNERSHIPS_TABLE,
  columns: n.PARTNERSHIP_COLUMNS,
  records: (b) => b.partnerships,
  cells: {
    id: (p) => p.id,
    counted: (p) => p.counted,
    eu_country: (p) => p.euCountry,
    eu_country_name: (p, l) => l.countries.get(p.euCountry) ?? p.euCountry,
    eu_unit: (p) => text(p.euUnit),
    eu_unit_name: (p, l) => (p.euUnit ? (l.places.get(p.euUnit)?.name ?? p.euUnit) : w.CSV_UNNAMED_REGION),
    eu_unit_local_name: (p, l) => text(p.euUnit && l.places.get(p.euUnit)?.localName),
    cn_unit: (p) => text(p.cnUnit),
    cn_unit_name: (p, l) => text(p.cnUnit && l.places.get(p.cnUnit)?.name),
    cn_unit_zh: (p, l) => text(p.cnUnit && l.places.get(p.cnUnit)?.zh),
    cn_province: (p) => text(p.cnProvince),
    cn_province_name: (p, l) => text(p.cnProvince && l.places.get(p.cnProvince)?.name),
    cn_province_zh: (p, l) => text(p.cnProvince && l.places.get(p.cnProvince)?.zh),
    cn_printed: (p) => text(p.cnPrinted),
    period: (p) => text(p.period),
    report_table: (p) => text(p.table ?? (p.counted === 'table-9' ? 9 : null)),
    start_year: (p) => text(p.startYear),
    status: (p) => p.status,
    agreement: (p) => text(p.agreement),
    renewals: (p) => text(p.renewals),
    confidence: (p) => p.confidence,
    sources: (p, l) => l.cite(p.sources),
    note: (p) => text(p.note),
  },
});

const places = table<Place, keyof typeof n.PLACE_COLUMNS>({
  file: 'places.csv',
  words: n.PLACES_TABLE,
  columns: n.PLACE_COLUMNS,
  records: (b) => b.places,
  cells: {
    id: (p) => p.id,
    kind: (p) => p.kind,
    kind_name: (p) => w.kindOf(p),
    country: (p) => p.country,
    country_name: (p, l) => l.countries.get(p.country) ?? p.country,
    province: (p) => text(p.province),
    name: (p) => p.name,
    local_name: (p) => text(p.localName),
    zh: (p) => text(p.zh),
    other_spellings: (p) => list(p.aliases),
    lon: (p) => String(p.coord[0]),
    lat: (p) => String(p.coord[1]),
    sources: (p, l) => l.cite(p.sources),
  },
});

/** The document a table of the report is cited from: the one whose refs name that table. */
function tableRef(b: Bundle, n: number): SourceRef[] {
  const ref = `Table ${n}`;
  const all = [...b.partnerships, ...b.statements, ...b.places, ...b.unattributed].flatMap((r) => r.sources);
  const found = all.find((s) => s.ref === ref || s.ref.endsWith(` ${ref}`));
  return found ? [{ file: found.file, ref }] : [];
}

const cells = table<PrintedCell, keyof typeof n.CELL_COLUMNS>({
  file: 'printed_cells.csv',
  words: n.CELLS_TABLE,
  columns: n.CELL_COLUMNS,
  records: (b) => b.printedCells,
  cells: {
    table: (c) => String(c.table),
    row: (c) => c.row,
    column: (c) => c.column,
    value: (c) => text(c.value),
    reading: (c) => c.reading,
    note: (c) => text(c.note),
    source: (c, l) => l.cite(tableRef(l.bundle, c.table)),
  },
});

const statements = table<Statement, keyof typeof n.STATEMENT_COLUMNS>({
  file: 'statements.csv',
  words: n.STATEMENTS_TABLE,
  columns: n.STATEMENT_COLUMNS,
  records: (b) => b.statements,
  cells: {
    id: (s) => s.id,
    subject: (s) => s.subject,
    figure: (s) => s.figure,
    value: (s) => s.value,
    paraphrase: (s) => s.paraphrase,
    sources: (s, l) => l.cite(s.sources),
  },
});

const contradictions = table<Contradiction, keyof typeof n.CONTRADICTION_COLUMNS>({
  file: 'contradictions.csv',
  words: n.CONTRADICTIONS_TABLE,
  columns: n.CONTRADICTION_COLUMNS,
  records: (b) => b.contradictions,
  cells: {
    id: (c) => c.id,
    about: (c) => c.about,
    value_a: (c) => c.valueA,
    sources_a: (c, l) => l.cite(c.sourceA),
    value_b: (c) => c.valueB,
    sources_b: (c, l) => l.cite(c.sourceB),
    statements: (c) => list(c.statements),
    explanation: (c) => c.explanation,
  },
});

/** Every table of the download, in the order offered. */
export const DATA_TABLES: readonly DataTable[] = [partnerships, places, cells, statements, contradictions] as unknown as readonly DataTable[];

/** The data note's file name. */
export const NOTE_FILE = 'data-note.txt';
/** The JSON bundle and its schema, relative to the page (same origin). */
export const BUNDLE_LINK = 'data/bundle.json';
export const SCHEMA_LINK = 'data/bundle.schema.json';

/** A table's column names, in order: the CSV's header. */
export const columnsOf = (t: DataTable): string[] => Object.keys(t.columns);

function lookup(bundle: Bundle): Lookup {
  return {
    bundle,
    places: new Map(bundle.places.map((p) => [p.id, p])),
    countries: new Map(bundle.countries.map((c) => [c.id, c.name])),
    cite: (refs) => citeRefs(refs, bundle.sources),
  };
}

/** A table's rows as column → text, one per record of the bundle. */
export function tableRows(t: DataTable, bundle: Bundle): Record<string, string>[] {
  const l = lookup(bundle);
  const names = columnsOf(t);
  const read = t.cells as Record<string, (r: unknown, l: Lookup) => string>;
  return t.records(bundle).map((r) => Object.fromEntries(names.map((c) => [c, read[c](r, l)])));
}

/** A table as a CSV file (byte-order mark, header from the description, one line per record). */
export function tableCsv(t: DataTable, bundle: Bundle): string {
  return csvText(columnsOf(t), tableRows(t, bundle));
}

/** A heading with a rule under it, as plain text reads best. */
const heading = (s: string, rule = '=') => `${s}\n${rule.repeat(s.length)}`;

/** Wraps a paragraph at about 100 characters, with an indent for its later lines. */
function wrap(s: string, indent = '', width = 100): string {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** The data note: what each file and column holds, where the facts come from, the known limits. */
export function dataNote(bundle: Bundle): string {
  const ps = bundle.partnerships;
  const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.filter(f).length;
  const readings: Record<string, number> = {};
  for (const c of bundle.printedCells) readings[c.reading] = (readings[c.reading] ?? 0) + 1;
  const segments = timeline(bundle.periods);
  // The same line as the Sources dialog's "Cite this atlas" and every export's metadata: drawn from the report and the IURC booklet.
  const citation = exportCitation(bundle);
  const parts: string[] = [heading(n.NOTE_TITLE)];
  if (citation) parts.push(wrap(`${n.NOTE_CITE}: ${citation}`));
  parts.push(heading(n.NOTE_FILES_HEADING, '-'), wrap(n.NOTE_FILES_INTRO));
  for (const t of DATA_TABLES) parts.push(wrap(`${t.words.title}. ${t.words.row} ${n.rowsLine(t.records(bundle).length)}`, '  '));
  parts.push(wrap(n.NOTE_JSON));
  parts.push(heading(n.NOTE_COLUMNS_HEADING, '-'));
  for (const t of DATA_TABLES) {
    const cols = Object.entries(t.columns as Record<string, string>).map(([name, about]) => wrap(`${name}: ${about}`, '    '));
    parts.push(`${t.words.title}\n${cols.map((c) => `  ${c}`).join('\n')}`);
  }
  parts.push(heading(n.NOTE_SOURCES_HEADING, '-'), wrap(n.NOTE_SOURCES_INTRO));
  for (const d of bundle.sources) parts.push(wrap(`${d.label}. ${d.reference}${d.address ? ` ${d.address}` : ''}`, '  '));
  parts.push(
    heading(n.NOTE_LIMITS_HEADING, '-'),
    wrap(n.limitConfidence(count(ps, (p) => p.confidence === 'low'), count(ps, (p) => p.confidence === 'medium'), ps.length)),
    wrap(
      n.limitCounted(
        count(ps, (p) => p.counted === 'period-table'),
        count(ps, (p) => p.counted === 'table-9'),
        count(ps, (p) => p.counted === 'none'),
        bundle.unattributed.reduce((sum, u) => sum + u.count, 0),
      ),
    ),
    wrap(n.limitContradictions(bundle.contradictions.length, bundle.contradictions.slice(0, 2).map((c) => n.disagreement(c.about, c.valueA, c.valueB)))),
    wrap(n.limitPeriods(segments.filter((s) => s.kind === 'period').map((s) => s.label), segments.filter((s) => s.kind === 'gap').map((s) => s.label))),
    wrap(n.limitCells(readings)),
  );
  return `${parts.join('\n\n')}\n`;
}
