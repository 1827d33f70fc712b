/**
 * The committed bundle (public/data/bundle.json) against the report's printed
 * numbers. Each check either holds, or the disagreement is a recorded
 * contradiction in seeds/report/contradictions.csv.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { DataError, parseBundle } from '../src/lib/data/load.ts';
import { countByCountry, inPeriod, periodTable, printedTable, provinceRanking } from '../src/lib/data/selectors.ts';
import { EU_COUNTRIES, NAME_LANGS, PERIOD_IDS, PERIODS, type EuCountry, type Partnership, type PeriodId } from '../src/lib/data/types.ts';
import { parseViewState } from '../src/lib/state/url.ts';
import { readAnchors, serializeData } from '../scripts/data/build.ts';

const dir = path.resolve(import.meta.dirname, '../public/data');
const raw = fs.readFileSync(path.join(dir, 'bundle.json'), 'utf8');
const bundle = parseBundle(JSON.parse(raw));
const places = new Map(bundle.places.map((p) => [p.id, p]));

/** The report's column labels. */
const COLUMN: Record<EuCountry, string> = { FR: 'France', ES: 'Spain', DE: 'Germany', PL: 'Poland', GB: 'UK', IT: 'Italy' };
const counted = bundle.partnerships.filter((p) => p.counted !== 'none');
const contradictionFor = (statementId: string) => bundle.contradictions.find((c) => c.statements.includes(statementId));

describe('Tables 4–8: per period × Chinese partner × EU country', () => {
  for (const period of PERIODS) {
    describe(`Table ${period.table} (${period.id})`, () => {
      const printed = printedTable(bundle.printedCells, period.table);
      const computed = periodTable(bundle, period.id);
      const computedRow = new Map(computed.rows.map((r) => [r.label, r]));
      const cells = bundle.printedCells.filter((c) => c.table === period.table);

      it('has the same Chinese partners (rows) as the printed table', () => {
        const printedRows = [...printed.keys()].filter((r) => r !== 'Total').sort();
        expect(computed.rows.map((r) => r.label).sort()).toEqual(printedRows);
      });

      it('matches every printed row total, column total and the grand total', () => {
        for (const [label, row] of printed) {
          if (label === 'Total') {
            for (const c of EU_COUNTRIES) {
              const v = row.get(COLUMN[c]);
              expect(computed.columnTotals[c], `Total/${COLUMN[c]}`).toBe(v ?? 0);
            }
            const grand = row.get('Total');
            if (grand !== null && grand !== undefined) expect(computed.total).toBe(grand);
          } else {
            expect(computedRow.get(label)?.total, `${label}/Total`).toBe(row.get('Total'));
          }
        }
      });

      it('matches every printed cell that could be placed (printed or inferred from the text)', () => {
        const placed = cells.filter((c) => c.row !== 'Total' && c.column !== 'Total' && (c.reading === 'printed' || c.reading === 'inferred'));
        for (const c of placed) {
          const country = EU_COUNTRIES.find((k) => COLUMN[k] === c.column)!;
          expect(computedRow.get(c.row)?.cells[country], `${c.row}/${c.column}`).toBe(c.value);
        }
      });

      it('states the cells whose column could not be recovered; their records are low-confidence readings', () => {
        const unrecoverable = cells.filter((c) => c.reading === 'unrecoverable');
        if (unrecoverable.length > 0) {
          console.log(
            `[data] Table ${period.table}: ${unrecoverable.length} cells have no recoverable column (${unrecoverable
              .map((c) => `${c.row}`)
              .join(', ')}); only their row and column totals are checked.`,
          );
        }
        for (const c of unrecoverable) {
          const records = bundle.partnerships.filter((p) => p.table === period.table && p.cnPrinted === c.row && COLUMN[p.euCountry] === c.column);
          expect(records.length, `${c.row}/${c.column}`).toBe(c.value);
          for (const r of records) expect(r.confidence, r.id).toBe('low');
        }
        // The missing grand total of Table 4 is a recorded conversion gap.
        for (const c of cells.filter((x) => x.reading === 'missing')) {
          expect(bundle.contradictions.some((k) => k.about.includes(`Table ${period.table}`)), `missing ${c.row}/${c.column}`).toBe(true);
        }
      });

      it('"new in period" holds exactly the table total', () => {
        expect(inPeriod(bundle.partnerships, period.id, 'new')).toHaveLength(computed.total);
      });
    });
  }

  it('sums to 134 over the five tables, and cumulative counts grow', () => {
    const sizes = PERIODS.map((p) => inPeriod(bundle.partnerships, p.id, 'cumulative').length);
    expect(sizes[sizes.length - 1]).toBe(134);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]);
  });
});

describe('Table 9: provinces by number of partnerships', () => {
  const printed = bundle.printedCells.filter((c) => c.table === 9);
  const provinceId = (label: string) =>
    bundle.places.find((p) => p.kind === 'cn-province' && (p.name === label || p.aliases.includes(label) || p.localName === label))?.id;

  it('every printed province label resolves to one province of the gazetteer', () => {
    for (const c of printed) expect(provinceId(c.row), c.row).toBeDefined();
  });

  it('per-province totals over all counted partnerships (attributed + unattributed) equal the printed table', () => {
    const ranking = new Map(provinceRanking(bundle).map((r) => [r.province, r.total]));
    for (const c of printed) expect(ranking.get(provinceId(c.row)!) ?? 0, c.row).toBe(c.value);
    // No province is counted that Table 9 does not print.
    const printedIds = new Set(printed.map((c) => provinceId(c.row)));
    for (const [id, n] of ranking) if (n > 0) expect(printedIds.has(id), id).toBe(true);
  });

  it('sums to 147 while the text says 146: a recorded contradiction', () => {
    const sum = printed.reduce((n, c) => n + (c.value ?? 0), 0);
    expect(sum).toBe(147);
    const total = counted.length + bundle.unattributed.reduce((n, u) => n + u.count, 0);
    expect(total).toBe(147);
    const statement = bundle.statements.find((s) => s.id === 's-total-partnerships')!;
    expect(statement.value).toBe('146');
    const c = contradictionFor('s-total-partnerships')!;
    expect(c.valueA).toBe('146');
    expect(c.valueB).toContain('147');
  });

  it('never draws the unattributed counts: they have no EU country and no partnership record', () => {
    expect(bundle.unattributed.reduce((n, u) => n + u.count, 0)).toBe(147 - counted.length);
    for (const u of bundle.unattributed) expect(places.get(u.cnProvince)?.kind).toBe('cn-province');
  });
});

describe('Tables 10–13: case-study partner lists, row for row', () => {
  const expected: Record<number, [string, number]> = { 10: ['ES41', 5], 11: ['ES52', 11], 12: ['gb.liverpool', 11], 13: ['ITI2', 6] };
  for (const [table, [unit, n]] of Object.entries(expected)) {
    it(`Table ${table}: ${n} partners of ${unit}, each matching its partnership record`, () => {
      const rows = bundle.caseTables.filter((r) => r.table === Number(table));
      expect(rows).toHaveLength(n);
      for (const r of rows) {
        expect(r.euUnit).toBe(unit);
        const p = bundle.partnerships.find((x) => x.id === r.partnershipId)!;
        expect(p, r.partnershipId).toBeDefined();
        expect(p.euUnit, r.partnershipId).toBe(unit);
        expect(p.cnUnit, r.partnershipId).toBe(r.cnUnit);
        // Year as printed: the record's start year, or no year where the table says "no data".
        if (/^\d{4}$/.test(r.year)) expect(p.startYear, r.partnershipId).toBe(Number(r.year));
        else expect(p.startYear, r.partnershipId).toBeNull();
        // Status as printed, normalised.
        const status = { active: 'active', 'not active': 'not-active', 'no data': 'unknown' }[r.status];
        expect(p.status, r.partnershipId).toBe(status);
      }
      // No two rows point at the same record.
      expect(new Set(rows.map((r) => r.partnershipId)).size).toBe(n);
    });
  }

  it('has every partner exactly as printed (spellings included)', () => {
    const partners = (t: number) => bundle.caseTables.filter((r) => r.table === t).map((r) => r.partnerPrinted);
    expect(partners(10)).toEqual(['Xiangtan', 'Chongqing', 'Jinan', 'Changchun', 'Nanjing']);
    expect(partners(13)).toEqual(['Changing', 'Shantung', 'Yunnan', 'Chongqing', 'Zhangjiajie', 'Hunan']);
    expect(partners(11)).toContain('Pekin');
  });
});

describe('per-country and per-period statements of the text', () => {
  const byCountry = countByCountry(counted);
  const tableCount = (country: EuCountry, tables: number[]) =>
    bundle.partnerships.filter((p) => p.euCountry === country && p.table !== null && tables.includes(p.table)).length;
  const inUnit = (unit: string, f: (p: Partnership) => boolean = () => true) => counted.filter((p) => p.euUnit === unit && f(p)).length;
  const checks: [string, number][] = [
    ['s-fr-partnerships', byCountry.get('FR') ?? 0],
    ['s-de-partnerships', byCountry.get('DE') ?? 0],
    ['s-it-partnerships', byCountry.get('IT') ?? 0],
    ['s-period-1980s', inPeriod(bundle.partnerships, '1982-1989', 'new').length],
    ['s-period-1990s', inPeriod(bundle.partnerships, '1991-1999', 'new').length],
    ['s-period-2000s', inPeriod(bundle.partnerships, '2000-2007', 'new').length],
    ['s-period-2010-2012', inPeriod(bundle.partnerships, '2010-2012', 'new').length],
    ['s-period-2014-2017', inPeriod(bundle.partnerships, '2014-2017', 'new').length],
    ['s-fr-1980s', tableCount('FR', [4])],
    ['s-fr-1990s', tableCount('FR', [5])],
    ['s-de-1990s', tableCount('DE', [5])],
    ['s-de-after2013', tableCount('DE', [8])],
    ['s-it-pre2000', tableCount('IT', [4, 5])],
    ['s-pl-since2011', tableCount('PL', [7, 8])],
    ['s-liverpool-partners', inUnit('gb.liverpool')],
    ['s-liverpool-2016', inUnit('gb.liverpool', (p) => p.startYear === 2016)],
    ['s-es41-partners', inUnit('ES41')],
    ['s-es52-declared', inUnit('ES52')],
  ];
  for (const [id, computed] of checks) {
    it(`${id} holds, or its disagreement with the tables is recorded`, () => {
      const s = bundle.statements.find((x) => x.id === id);
      expect(s, id).toBeDefined();
      const stated = Number(/^\d+/.exec(s!.value)?.[0]);
      if (stated === computed) return;
      const c = contradictionFor(id);
      expect(c, `${id}: text says ${stated}, tables give ${computed}, and no contradiction records it`).toBeDefined();
      expect(`${c!.valueA} ${c!.valueB}`).toContain(String(stated));
    });
  }

  it('the statements of Table 9 (per province) agree with the ranking', () => {
    const ranking = new Map(provinceRanking(bundle).map((r) => [r.province, r.total]));
    for (const s of bundle.statements.filter((x) => x.id.startsWith('s-cn-'))) {
      expect(ranking.get(s.subject) ?? 0, s.id).toBe(Number(/^\d+/.exec(s.value)![0]));
    }
  });
});

describe('the presenter-mode story (seeds/report/story.csv)', () => {
  const parsed = bundle.story.map((step) => ({ step, ...parseViewState(step.view, (id) => places.has(id)) }));

  it('opens with an overview, steps through the five periods in order, and closes with an overview', () => {
    expect(bundle.story.length).toBe(PERIODS.length + 2);
    expect(parsed[0].state.period).toBe('all');
    expect(parsed[parsed.length - 1].state.period).toBe('all');
    expect(parsed.slice(1, -1).map((p) => p.state.period)).toEqual([...PERIOD_IDS]);
    expect(new Set(bundle.story.map((s) => s.id)).size).toBe(bundle.story.length);
  });

  it('every view parses without notices and leaves new/cumulative to the presenter', () => {
    for (const { step, notices } of parsed) {
      expect(notices, step.id).toEqual([]);
      expect(new URLSearchParams(step.view).has('mode'), step.id).toBe(false);
    }
  });

  it('every step cites a section or table of the report (003)', () => {
    const report = bundle.sources.find((s) => s.id === '003')!.file;
    for (const step of bundle.story) expect(step.sources.some((s) => s.file === report && s.ref !== ''), step.id).toBe(true);
  });

  it("each period step's caption gives that period's count of new partnerships, and the text's figure where it differs", () => {
    for (const { step, state } of parsed.slice(1, -1)) {
      const n = inPeriod(bundle.partnerships, state.period as PeriodId, 'new').length;
      expect(step.caption, step.id).toMatch(new RegExp(`\\b${n}\\b`));
    }
    // 2014–2017: 48 in Table 8, 47 in the text (c02); 146 in the text, 147 in Table 9 (c01).
    expect(bundle.story.find((s) => s.id === 'p-2014-2017')!.caption).toMatch(/\b47\b/);
    expect(bundle.story[0].caption).toMatch(/\b146\b[^]*\b147\b/);
  });
});

describe('place names in Chinese and Polish (seeds/names/names.csv)', () => {
  it('name places, geo units (with a polygon in public/geo) and countries only, ids sorted', () => {
    const units = readAnchors();
    const countries = new Set(bundle.countries.map((c) => c.id));
    expect(Object.keys(bundle.names)).toEqual([...NAME_LANGS]);
    for (const lang of NAME_LANGS) {
      const ids = Object.keys(bundle.names[lang]);
      expect(ids.length, lang).toBeGreaterThan(0);
      expect(ids, lang).toEqual([...ids].sort());
      for (const id of ids) expect(places.has(id) || units.has(id) || countries.has(id), `${lang} ${id}`).toBe(true);
    }
  });

  it('a Chinese name is in Han characters, a Polish one is not', () => {
    for (const name of Object.values(bundle.names['zh-Hans'])) expect(name).toMatch(/\p{Script=Han}/u);
    for (const name of Object.values(bundle.names.pl)) expect(name).not.toMatch(/\p{Script=Han}/u);
  });

  it('the app refuses a bundle whose names are missing or malformed', () => {
    const raw_ = JSON.parse(raw);
    expect(() => parseBundle({ ...raw_, names: undefined })).toThrow(new DataError('data/bundle.json has no "names" section'));
    expect(() => parseBundle({ ...raw_, names: { 'zh-Hans': {} } })).toThrow(new DataError('data/bundle.json has no "names.pl" table'));
    expect(() => parseBundle({ ...raw_, names: { 'zh-Hans': [], pl: {} } })).toThrow(new DataError('data/bundle.json has no "names.zh-Hans" table'));
    expect(() => parseBundle({ ...raw_, names: { 'zh-Hans': { FR1: 7 }, pl: {} } })).toThrow(new DataError('data/bundle.json: names.zh-Hans gives FR1 no name'));
    expect(() => parseBundle({ ...raw_, names: { 'zh-Hans': {}, pl: {} } })).not.toThrow();
  });
});

describe('integrity', () => {
  it('every record cites a source document that exists', () => {
    const files = new Set(bundle.sources.map((s) => s.file));
    const seedsDir = path.resolve(import.meta.dirname, '../../shared/seeds');
    for (const f of files) {
      if (fs.existsSync(seedsDir)) expect(fs.existsSync(path.join(seedsDir, f)), f).toBe(true);
    }
    const all = [
      ...bundle.partnerships,
      ...bundle.places,
      ...bundle.unattributed,
      ...bundle.statements,
      ...bundle.caseTables,
      ...bundle.caseStudies,
      ...bundle.iurc.profiles,
      ...bundle.iurc.links,
      ...bundle.story,
    ];
    for (const r of all) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(files.has(s.file)).toBe(true);
    }
  });

  it('every place referenced exists and has geometry or coordinates', () => {
    const refs = [
      ...bundle.partnerships.flatMap((p) => [p.euUnit, p.cnUnit, p.cnProvince]),
      ...bundle.iurc.links.flatMap((l) => [l.a, l.b]),
      ...bundle.iurc.profiles.map((p) => p.placeId),
      ...bundle.caseStudies.map((c) => c.placeId),
    ].filter((x): x is string => x !== null);
    for (const id of refs) {
      const p = places.get(id);
      expect(p, id).toBeDefined();
      expect(p!.coord.every(Number.isFinite), id).toBe(true);
    }
  });

  it('holds the 44 IURC pilot profiles, 22 per side', () => {
    expect(bundle.iurc.profiles.filter((p) => p.side === 'EU')).toHaveLength(22);
    expect(bundle.iurc.profiles.filter((p) => p.side === 'CN')).toHaveLength(22);
  });

  it('matches its JSON Schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(dir, 'bundle.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(JSON.parse(raw)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('is what npm run data writes from seeds/ today, byte for byte', () => {
    for (const [name, json] of Object.entries(serializeData())) {
      expect(json === fs.readFileSync(path.join(dir, name), 'utf8'), `${name} is stale: run npm run data`).toBe(true);
    }
  });

  it('stays within the 60 kB gzip budget', () => {
    expect(zlib.gzipSync(raw, { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
  });
});
