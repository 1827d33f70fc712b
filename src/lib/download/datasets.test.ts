import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { parseCsv, parseRows } from '../../../scripts/lib/csv.ts';
import { partnership } from '../data/testing.ts';
import { columnsOf, DATA_TABLES, dataNote, tableCsv } from './datasets.ts';

const bundle = parseBundle(raw);
const FILE_NAME = /\d{3}_[0-9a-f]+\.txt/;
const byFile = (f: string) => DATA_TABLES.find((t) => t.file === f)!;

/** What each table must hold: one row per record of its bundle collection. */
const EXPECTED: Record<string, number> = {
  'partnerships.csv': bundle.partnerships.length,
  'places.csv': bundle.places.length,
  'printed_cells.csv': bundle.printedCells.length,
  'statements.csv': bundle.statements.length,
  'contradictions.csv': bundle.contradictions.length,
};

describe('the whole-dataset tables', () => {
  it('are the five the issue asks for', () => {
    expect(DATA_TABLES.map((t) => t.file)).toEqual(Object.keys(EXPECTED));
  });

  for (const [file, n] of Object.entries(EXPECTED)) {
    it(`${file}: BOM first, the described header, one row per record, no file name in any cell`, () => {
      const t = byFile(file);
      const csv = tableCsv(t, bundle);
      expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...body] = parseRows(csv, file);
      expect(header.cells).toEqual(Object.keys(t.columns));
      expect(body).toHaveLength(n);
      expect(n).toBeGreaterThan(0);
      for (const r of body) expect(r.cells).toHaveLength(header.cells.length);
      expect(body.flatMap((r) => r.cells).filter((c) => FILE_NAME.test(c))).toEqual([]);
      // Every column is described in words, not left blank.
      for (const [name, about] of Object.entries(t.columns as Record<string, string>)) expect(about.length, name).toBeGreaterThan(10);
    });
  }

  it('partnerships: every record, the counted column telling the three kinds apart, names in every language, readable citations', () => {
    const rows = parseCsv(tableCsv(byFile('partnerships.csv'), bundle), 'p', columnsOf(byFile('partnerships.csv'))).map((r) => r.values);
    expect(rows.map((r) => r.id)).toEqual(bundle.partnerships.map((p) => p.id));
    const counted = (c: string) => rows.filter((r) => r.counted === c).length;
    expect(counted('period-table')).toBe(bundle.partnerships.filter((p) => p.counted === 'period-table').length);
    expect(counted('table-9')).toBeGreaterThan(0);
    expect(counted('none')).toBeGreaterThan(0);
    expect(rows.filter((r) => r.counted === 'table-9').every((r) => r.report_table === '9' && r.period === '')).toBe(true);
    expect(rows.some((r) => r.cn_unit_zh === '四川省')).toBe(true);
    expect(rows.some((r) => r.eu_unit_local_name === 'Dolnośląskie')).toBe(true);
    const umbria = rows.find((r) => r.id === 't8-it-yn-1')!;
    expect(umbria).toMatchObject({ eu_country: 'IT', eu_country_name: 'Italy', cn_unit: 'CN-YN', start_year: '2015', status: 'active', confidence: 'high' });
    expect(umbria.sources).toMatch(/^Kamiński, Skorupska & Szczudlik \(2019\), /);
    expect(rows.every((r) => r.sources !== '')).toBe(true);
  });

  it('places: names in each language, coordinates and citations', () => {
    const rows = parseCsv(tableCsv(byFile('places.csv'), bundle), 'p', columnsOf(byFile('places.csv'))).map((r) => r.values);
    const sc = rows.find((r) => r.id === 'CN-SC')!;
    expect(sc).toMatchObject({ name: 'Sichuan', zh: '四川省', country_name: 'China' });
    expect(Number(sc.lon)).toBeCloseTo(bundle.places.find((p) => p.id === 'CN-SC')!.coord[0], 6);
    expect(rows.some((r) => r.name === 'Łódź')).toBe(true);
    expect(rows.find((r) => r.id === 'CN-BJ')!.kind_name).toBe('municipality');
  });

  it('printed cells cite their table; contradictions cite both sides', () => {
    const cells = parseCsv(tableCsv(byFile('printed_cells.csv'), bundle), 'c', columnsOf(byFile('printed_cells.csv'))).map((r) => r.values);
    expect(cells.every((c) => c.source.endsWith(`Table ${c.table}`))).toBe(true);
    const cs = parseCsv(tableCsv(byFile('contradictions.csv'), bundle), 'c', columnsOf(byFile('contradictions.csv'))).map((r) => r.values);
    expect(cs.every((c) => c.sources_a && c.sources_b)).toBe(true);
  });

  it('neutralises spreadsheet formulas and quotes commas, as the view export does', () => {
    const b = { ...bundle, partnerships: [partnership({ id: 'x', agreement: '=HYPERLINK("http://evil")', renewals: 'renewed 2012, 2016' })] };
    const csv = tableCsv(byFile('partnerships.csv'), b);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('"renewed 2012, 2016"');
  });
});

describe('the data note', () => {
  const note = dataNote(bundle);

  it('describes every column of every table, under its title', () => {
    for (const t of DATA_TABLES) {
      const at = note.indexOf(`\n${t.words.title}\n`);
      expect(at, t.words.title).toBeGreaterThan(0);
      for (const c of columnsOf(t)) expect(note.slice(at), `${t.file} ${c}`).toMatch(new RegExp(`\\n  ${c}: `));
    }
  });

  it('gives every document of the bibliography in full, and the counts from the data', () => {
    for (const d of bundle.sources) expect(note).toContain(d.label);
    expect(note.replace(/\s+/g, ' ')).toContain(bundle.sources.find((d) => d.label.startsWith('Kamiński'))!.reference.replace(/\s+/g, ' '));
    const low = bundle.partnerships.filter((p) => p.confidence === 'low').length;
    expect(note).toContain(`${bundle.partnerships.length} partnerships, ${low} have low confidence`);
    expect(note.replace(/\s+/g, ' ')).toMatch(/no table covers 1990, 2008–2009 and 2013/);
    expect(note).toContain('146 against 147');
  });

  it('speaks plainly: no repository file name, download file name, record id or build word', () => {
    expect(note).not.toMatch(FILE_NAME);
    expect(note).not.toMatch(/\.csv\b|\.json\b/);
    expect(note).not.toMatch(/\bconver(?:ted|sion)\b/i);
    for (const p of bundle.partnerships) expect(note).not.toContain(p.id);
  });
});
