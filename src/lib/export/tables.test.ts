import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { inPeriod } from '../data/selectors.ts';
import { buildArcs } from '../arcs/arcs.ts';
import { parseCsv } from '../../../scripts/lib/csv.ts';
import { partnership } from '../data/testing.ts';
import { CSV_COLUMNS, exportRows, sortRows, toCsv, toGeoJson } from './tables.ts';
import { drawnFrom } from '../data/cite.ts';
import type { Status } from '../data/types.ts';
import { citeAtlas, STATUS_WORD } from '../words/index.ts';

const bundle = parseBundle(raw);
const ctx = { places: new Map(bundle.places.map((p) => [p.id, p])), countries: new Map(bundle.countries.map((c) => [c.id, c])), bundle };

describe('toCsv', () => {
  it('has one row per partnership shown, with codes, names, years, status and sources', () => {
    const shown = inPeriod(bundle.partnerships, '2014-2017', 'new');
    const rows = parseCsv(toCsv(shown, ctx), 'export.csv', [...CSV_COLUMNS]);
    expect(rows).toHaveLength(48);
    const umbria = rows.find((r) => r.values.id === 't8-it-yn-1')!.values;
    expect(umbria).toMatchObject({ eu_country: 'IT', eu_unit: 'ITI2', cn_unit: 'CN-YN', start_year: '2015', status: 'active' });
    expect(umbria.sources).toMatch(/^Kamiński, Skorupska & Szczudlik \(2019\), /);
    expect(rows.every((r) => !/\.txt/.test(r.values.sources))).toBe(true);
    expect(rows.some((r) => r.values.eu_unit_name === '(not named in the report)')).toBe(true);
  });

  it('starts with a UTF-8 byte-order mark, and round-trips 四川 and Łódź through a CSV parser', () => {
    const shown = bundle.partnerships.filter((p) => p.cnUnit === 'CN-SC' || p.euUnit === 'PL71' || p.euUnit === 'pl.lodz');
    const csv = toCsv(shown, ctx);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(new TextEncoder().encode(csv)), 'export.csv', [...CSV_COLUMNS]);
    expect(rows).toHaveLength(shown.length);
    expect(rows.some((r) => r.values.cn_unit_zh === '四川省')).toBe(true);
    expect(rows.some((r) => r.values.eu_unit_name === 'Łódź')).toBe(true);
  });

  it('neutralises spreadsheet formulas and quotes commas', () => {
    const csv = toCsv([partnership({ id: 'x', agreement: '=HYPERLINK("http://evil")', renewals: 'renewed 2012, 2016' })], ctx);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('"renewed 2012, 2016"');
  });
});

describe('toGeoJson', () => {
  it('gives one LineString per arc from its European to its Chinese end', () => {
    const arcs = buildArcs(inPeriod(bundle.partnerships, '1982-1989', 'new'), ctx);
    const fc = toGeoJson(arcs, ctx);
    expect(fc.features).toHaveLength(27);
    const f = fc.features[0];
    expect(f.geometry.coordinates[0][0]).toBeLessThan(f.geometry.coordinates.at(-1)![0]);
    expect(f.properties).toMatchObject({ id: arcs[0].id, country_anchored: arcs[0].countryAnchored });
  });

  it('types its properties: years are numbers, missing values null', () => {
    const arcs = buildArcs(inPeriod(bundle.partnerships, '1982-1989', 'new'), ctx);
    const props = toGeoJson(arcs, ctx).features.map((f) => f.properties!);
    const dated = props.find((p) => p.start_year !== null)!;
    expect(typeof dated.start_year).toBe('number');
    const undated = props.find((p) => p.start_year === null);
    expect(undated).toBeDefined();
    for (const p of props) for (const v of Object.values(p)) expect(v).not.toBe('');
  });
});

describe('sortRows', () => {
  const rows = exportRows(inPeriod(bundle.partnerships, '1982-1989', 'new'), ctx);
  it('sorts years as numbers with blanks last, either way', () => {
    const up = sortRows(rows, 'start_year', 'ascending').map((r) => r.start_year);
    const filled = up.filter(Boolean);
    expect(filled).toEqual([...filled].sort((a, b) => Number(a) - Number(b)));
    expect(up.slice(filled.length).every((y) => y === '')).toBe(true);
    const down = sortRows(rows, 'start_year', 'descending').map((r) => r.start_year).filter(Boolean);
    expect(down).toEqual([...filled].reverse().sort((a, b) => Number(b) - Number(a)));
  });
  it('sorts names in alphabetical order, keeps every row and does not touch the input', () => {
    const before = rows.map((r) => r.id);
    const sorted = sortRows(rows, 'cn_unit_name', 'ascending');
    expect(sorted).toHaveLength(27);
    const names = sorted.map((r) => r.cn_unit_name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('toGeoJson: how to cite the atlas, and each status’s word', () => {
  it('carries the Sources dialog’s “Cite this atlas” line beside the features, and the status as code and word', () => {
    const arcs = buildArcs(inPeriod(bundle.partnerships, 'all', 'new'), ctx);
    const geo = toGeoJson(arcs, ctx);
    expect(geo.citation).toBe(citeAtlas(bundle.atlas!, drawnFrom(bundle.sources).map((d) => d.label)));
    expect(geo.citation).toMatch(/^EU–China Partnership Atlas, version .+, data of .+ Drawn from Kamiński/);
    for (const f of geo.features) expect(f.properties!.status_name).toBe(STATUS_WORD[f.properties!.status as Status]);
    // Without the atlas's citation in the bundle (a hand-made test bundle), no member at all.
    expect('citation' in toGeoJson(arcs, { ...ctx, bundle: { sources: bundle.sources } })).toBe(false);
  });
});
