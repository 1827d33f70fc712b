import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import gazetteerFile from '../../../public/data/gazetteer.json';
import { parseBundle } from '../data/load.ts';
import { periodTable, cumulativeTable, euColumns, inPeriod } from '../data/selectors.ts';
import { guessColumns } from './columns.ts';
import { gazetteerFromBundle, withCities, withUnits, type CityRow, type UnitRow } from './match.ts';
import { readRows } from './rows.ts';
import { readTable } from './table.ts';
import { ownBundle, type Decision, type OwnWords } from './bundle.ts';

const base = parseBundle(structuredClone(raw));
/** Cities of public/data/gazetteer.json by GeoNames id: Gdańsk and Zigong (no place of the report), Amsterdam. */
const city = (id: number) => (gazetteerFile.cities as CityRow[]).find((c) => c[0] === id)!;
const cities: CityRow[] = [city(3099434), city(1783745)];
const gaz = withCities(gazetteerFromBundle(base), cities);
const words: OwnWords = {
  reference: (f) => `${f} (yours)`,
  countryName: (id) => `country ${id}`,
  storyAll: (n) => ({ title: 'All', caption: `${n}` }),
  storyPeriod: (label, n) => ({ title: label, caption: `${n}` }),
};

function rowsOf(csv: string) {
  const t = readTable(csv);
  if (!t.ok) throw new Error(t.reason);
  return readRows(t.rows, t.lines, guessColumns(t.headers).columns, gaz);
}

const CSV = [
  'eu_place,cn_place,year,status,source,eu_country,note',
  'Łódzkie,Sichuan,2014,active,Office list 2024,,=HYPERLINK("x")',
  'Gdańsk,Zigong,2019,,,,',
  'Gdansk,zigong,2019,,,,',
  ',Shandong,1995,ended,,Germany,',
  'Atlantis,Sichuan,2001,,,,',
  'Łódzkie,Sichuan,,,,,',
  'Łódzkie,Sichuan,ca. 2011,,,,',
  'Amsterdam,Beijing,2012,,,NL,',
].join('\n');

describe('ownBundle', () => {
  const rows = rowsOf(CSV);
  const build = (decisions: Map<number, Decision> = new Map(), grouping: 'report' | 'decade' | 'year' = 'decade') =>
    ownBundle({ rows, base, gazetteer: gaz, grouping, decisions, file: 'ties.csv', words });

  it('draws what it can place, keeps the rest waiting, and the counts add up', () => {
    const { bundle, counts, waiting } = build();
    // Amsterdam is in no gazetteer given here, and Atlantis nowhere: both wait, with their lines.
    expect(waiting.map((w) => [w.row.line, w.problems.map((p) => p.reason)])).toEqual([
      [6, ['unknown']],
      [9, ['unknown']],
    ]);
    expect(counts).toMatchObject({ rows: 8, placed: 6, fixed: 0, skipped: 0, waiting: 2, duplicates: 1 });
    expect(counts.placed + counts.fixed + counts.skipped + counts.waiting).toBe(counts.rows);
    expect(bundle.partnerships).toHaveLength(6);
    // Its references hold: the app's own check of a bundle passes.
    expect(() => parseBundle(bundle)).not.toThrow();
  });

  it('groups the years as chosen: decades here, undated rows apart, an approximate year in its decade', () => {
    const { bundle, counts } = build();
    expect(bundle.periods.map((p) => p.id)).toEqual(['1990-1999', '2010-2019']);
    expect(bundle.periods.every((p) => p.table === null)).toBe(true);
    expect(counts.apart).toEqual({ undated: 1, unreadable: 0, outside: 0, across: 0 });
    expect(counts.approximate).toBe(1);
    const undated = bundle.partnerships.find((p) => p.id === 'row-7')!;
    expect(undated).toMatchObject({ period: null, counted: 'table-9' });
    // Under "All" every drawn row; in a period only those dated in it.
    expect(inPeriod(bundle.partnerships, 'all', 'new')).toHaveLength(6);
    expect(inPeriod(bundle.partnerships, '2010-2019', 'new').map((p) => p.id)).toEqual(['row-2', 'row-3', 'row-4', 'row-8']);
    expect(inPeriod(bundle.partnerships, '2010-2019', 'cumulative')).toHaveLength(5);
    // The report's periods: 2019 is after them, 1995 in 1991–1999, 2014 in 2014–2017, ca. 2011 in 2010–2012.
    const report = build(new Map(), 'report');
    expect(report.bundle.periods.map((p) => p.id)).toEqual(['1991-1999', '2010-2012', '2014-2017']);
    expect(report.counts.apart).toEqual({ undated: 1, unreadable: 0, outside: 2, across: 0 });
  });

  it('makes the places: the report’s as they are, a gazetteer city with its province, a country anchor for a row with no region', () => {
    const { bundle } = build();
    const ids = bundle.places.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['PL71', 'CN-SC', 'CN-SD', 'gn.3099434', 'gn.1783745']));
    const zigong = bundle.places.find((p) => p.id === 'gn.1783745')!;
    expect(zigong).toMatchObject({ name: 'Zigong', kind: 'cn-city', country: 'CN', province: 'CN-SC', hasGeometry: false });
    expect(bundle.places.find((p) => p.id === 'PL71')).toEqual(base.places.find((p) => p.id === 'PL71'));
    const de = bundle.partnerships.find((p) => p.id === 'row-5')!;
    expect(de).toMatchObject({ euCountry: 'DE', euUnit: null, cnUnit: 'CN-SD', cnProvince: 'CN-SD', status: 'ended' });
    const city = bundle.partnerships.find((p) => p.id === 'row-3')!;
    expect(city).toMatchObject({ euCountry: 'PL', euUnit: 'gn.3099434', cnUnit: 'gn.1783745', cnProvince: 'CN-SC', cnPrinted: 'Zigong' });
  });

  it('keeps the row’s note and source as plain text, cites its line, and makes the columns the countries it holds', () => {
    const { bundle } = build();
    const first = bundle.partnerships.find((p) => p.id === 'row-2')!;
    expect(first.note).toBe('=HYPERLINK("x")');
    expect(first.ownSource).toBe('Office list 2024');
    expect(first.sources).toEqual([{ file: 'own', ref: '2' }]);
    expect(bundle.sources).toEqual([expect.objectContaining({ id: 'own', title: 'ties.csv', reference: 'ties.csv (yours)' })]);
    expect(euColumns(bundle)).toEqual(['DE', 'PL']);
    const t = periodTable(bundle, '2010-2019');
    expect(t.table).toBeNull();
    expect(t.total).toBe(4);
    expect(t.rows.map((r) => [r.label, r.cells])).toEqual([
      ['Sichuan', { DE: 0, PL: 2 }],
      ['Zigong', { DE: 0, PL: 2 }],
    ]);
    expect(cumulativeTable(bundle, '2010-2019')).toMatchObject({ total: 5, tables: [] });
    expect(bundle.story.map((s) => s.view)).toEqual(['period=all', 'period=1990-1999', 'period=2010-2019']);
  });

  it('applies the reader’s decisions: a place chosen fixes a row, a skip leaves it out, and the counts still add up', () => {
    const decisions = new Map<number, Decision>([
      [6, { eu: 'PL71' }],
      [9, { skip: true }],
    ]);
    const { bundle, counts, waiting } = build(decisions);
    expect(waiting).toEqual([]);
    expect(counts).toMatchObject({ rows: 8, placed: 6, fixed: 1, skipped: 1, waiting: 0 });
    expect(bundle.partnerships.find((p) => p.id === 'row-6')).toMatchObject({ euUnit: 'PL71', cnUnit: 'CN-SC', period: '2000-2009' });
    expect(bundle.partnerships.some((p) => p.id === 'row-9')).toBe(false);
    // A place of the wrong side is no fix.
    const wrong = build(new Map([[6, { eu: 'CN-SC' }]]));
    expect(wrong.counts.waiting).toBe(2);
  });

  it('gives a European country the report does not list a name and a column of its own', () => {
    const g = withCities(gazetteerFromBundle(base), [city(2759794)]);
    const r = readTable('eu_place,cn_place,year\nAmsterdam,Beijing,2012\n');
    if (!r.ok) throw new Error(r.reason);
    const own = ownBundle({ rows: readRows(r.rows, r.lines, guessColumns(r.headers).columns, g), base, gazetteer: g, grouping: 'year', decisions: new Map(), file: 'nl.csv', words });
    expect(euColumns(own.bundle)).toEqual(['NL']);
    expect(own.bundle.countries[0]).toMatchObject({ id: 'NL', name: 'country NL', surveyed: true, anchor: [4.8897, 52.374] });
    expect(own.bundle.periods).toEqual([{ id: '2012', start: 2012, end: 2012, table: null }]);
  });

  it('draws a region of the map the report names no partnership for as a region, shaded, with its names in every language', () => {
    const g = withUnits(gazetteerFromBundle(base), gazetteerFile.units as UnitRow[], base.names);
    const r = readTable('eu_place,cn_place,year\nMazowieckie,Hainan,2012\n');
    if (!r.ok) throw new Error(r.reason);
    const rows = readRows(r.rows, r.lines, guessColumns(r.headers).columns, g);
    expect(rows[0].problems).toEqual([]);
    const own = ownBundle({ rows, base, gazetteer: g, grouping: 'report', decisions: new Map(), file: 'm.csv', words });
    expect(base.places.some((p) => p.id === 'PL9')).toBe(false);
    expect(own.bundle.places.find((p) => p.id === 'PL9')).toMatchObject({ name: 'Masovia', kind: 'eu-region', country: 'PL', hasGeometry: true });
    expect(own.bundle.partnerships[0]).toMatchObject({ euUnit: 'PL9', euCountry: 'PL', period: '2010-2012' });
  });
});
