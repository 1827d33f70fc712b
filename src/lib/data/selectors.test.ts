import { describe, expect, it } from 'vitest';
import {
  atlasData,
  countByCountry,
  countByEuUnit,
  countByProvince,
  countryBreakdown,
  filterPartnerships,
  growthByPeriod,
  inPeriod,
  involving,
  periodTable,
  printedTable,
  PRINTED_COLUMN,
  provinceRanking,
} from './selectors.ts';
import { EU_COUNTRIES, PERIODS, type Partnership } from './types.ts';

/** The report's six countries as a bundle lists them (the columns). */
const REPORT_COUNTRIES = EU_COUNTRIES.map((id) => ({ id, name: id, anchor: [0, 0] as [number, number], surveyed: true }));

import { partnership } from './testing.ts';

let n = 0;
const p = (over: Partial<Partnership>): Partnership =>
  partnership({
    id: `p${++n}`,
    cnUnit: 'CN-SD',
    cnProvince: 'CN-SD',
    cnPrinted: 'Shandong',
    sources: [{ file: '003.txt', ref: 'Table 4' }],
    ...over,
  });

const list: Partnership[] = [
  p({ euUnit: 'DE2' }),
  p({ euCountry: 'GB', euUnit: 'gb.leeds', cnUnit: 'cn.jinan', cnPrinted: 'Jinan', status: 'not-active' }),
  p({ period: '1991-1999', table: 5, euCountry: 'FR', cnUnit: 'CN-HB', cnProvince: 'CN-HB', cnPrinted: 'Hubei' }),
  p({ period: '2014-2017', table: 8, euCountry: 'IT', euUnit: 'ITI2', cnUnit: 'CN-YN', cnProvince: 'CN-YN', cnPrinted: 'Yunnan', status: 'unknown' }),
  p({ period: null, table: null, counted: 'table-9', euCountry: 'PL', cnUnit: 'CN-SD', cnPrinted: null }),
  p({ period: '2014-2017', table: null, counted: 'none', euCountry: 'IT', cnUnit: 'CN-BJ', cnProvince: 'CN-BJ', cnPrinted: null }),
];

describe('inPeriod', () => {
  it('"new" is what the period table counts', () => {
    expect(inPeriod(list, '1982-1989', 'new').map((x) => x.euCountry)).toEqual(['DE', 'GB']);
    expect(inPeriod(list, '2010-2012', 'new')).toEqual([]);
  });

  it('"cumulative" adds every earlier period and grows monotonically', () => {
    const sizes = PERIODS.map((per) => inPeriod(list, per.id, 'cumulative').length);
    expect(sizes).toEqual([2, 3, 3, 3, 4]);
  });

  it('"all" includes the records without a period, never the ones the report counts nowhere', () => {
    expect(inPeriod(list, 'all', 'new')).toHaveLength(5);
    expect(inPeriod(list, '2014-2017', 'new').map((x) => x.cnUnit)).toEqual(['CN-YN']);
  });
});

describe('filters and counts', () => {
  it('filters by country and status; empty sets mean everything', () => {
    expect(filterPartnerships(list, { countries: new Set(['DE', 'GB']) })).toHaveLength(2);
    expect(filterPartnerships(list, { statuses: new Set(['not-active', 'unknown'] as const) })).toHaveLength(2);
    expect(filterPartnerships(list, { countries: new Set(['IT']) })).toHaveLength(2);
    expect(filterPartnerships(list, { countries: new Set(), statuses: new Set() })).toHaveLength(6);
  });

  it('finds the partnerships of a place at either end, and of a province through its cities', () => {
    expect(involving(list, 'DE2')).toHaveLength(1);
    expect(involving(list, 'cn.jinan')).toHaveLength(1);
    expect(involving(list, 'CN-SD')).toHaveLength(3);
  });

  it('counts per country, province and European unit', () => {
    expect(Object.fromEntries(countByCountry(list))).toEqual({ DE: 1, GB: 1, FR: 1, IT: 2, PL: 1 });
    expect(Object.fromEntries(countByProvince(list))).toEqual({ 'CN-SD': 3, 'CN-HB': 1, 'CN-YN': 1, 'CN-BJ': 1 });
    expect(Object.fromEntries(countByEuUnit(list))).toEqual({ DE2: 1, 'gb.leeds': 1, ITI2: 1 });
    expect(countryBreakdown(list, EU_COUNTRIES).map((c) => c.country)).toEqual(['FR', 'ES', 'DE', 'PL', 'GB', 'IT']);
    expect(countryBreakdown(list, EU_COUNTRIES).find((c) => c.country === 'ES')!.count).toBe(0);
  });
});

describe('periodTable', () => {
  it('lays a period out like the report: partner rows, country columns, totals', () => {
    const t = periodTable({ partnerships: list, periods: [...PERIODS], countries: REPORT_COUNTRIES }, '1982-1989');
    expect(t.table).toBe(4);
    expect(t.rows.map((r) => r.label)).toEqual(['Jinan', 'Shandong']);
    expect(t.rows[1].cells.DE).toBe(1);
    expect(t.columnTotals).toEqual({ FR: 0, ES: 0, DE: 1, PL: 0, GB: 1, IT: 0 });
    expect(t.total).toBe(2);
  });
});

describe('printedTable / provinceRanking / growthByPeriod', () => {
  it('looks printed cells up by row and column', () => {
    const t = printedTable(
      [
        { table: 4, row: 'Anhui', column: 'Germany', value: 1, reading: 'printed', note: null },
        { table: 5, row: 'Anhui', column: 'Poland', value: 1, reading: 'printed', note: null },
      ],
      4,
    );
    expect(t.get('Anhui')?.get('Germany')).toBe(1);
    expect(t.get('Anhui')?.has('Poland')).toBe(false);
  });

  it('ranks provinces over attributed and unattributed partnerships', () => {
    const r = provinceRanking({ partnerships: list, unattributed: [{ cnProvince: 'CN-YN', count: 3, note: '', sources: [] }] });
    expect(r[0]).toEqual({ province: 'CN-YN', attributed: 1, unattributed: 3, total: 4 });
    expect(r[1]).toEqual({ province: 'CN-SD', attributed: 3, unattributed: 0, total: 3 });
  });

  it('counts new partnerships per period and country', () => {
    const g = growthByPeriod(list, { periods: [...PERIODS], countries: REPORT_COUNTRIES });
    expect(g.map((x) => x.total)).toEqual([2, 1, 0, 0, 1]);
    expect(g[0].counts.GB).toBe(1);
  });
});

describe('statusSummary', () => {
  it('counts statuses and the active shares of all and of those stated', async () => {
    const { statusSummary } = await import('./selectors.ts');
    const { partnership } = await import('./testing.ts');
    const list = [
      partnership({ id: 'a', status: 'active' }),
      partnership({ id: 'b', status: 'active' }),
      partnership({ id: 'c', status: 'ended' }),
      partnership({ id: 'd', status: 'unknown' }),
    ];
    const s = statusSummary(list);
    expect(s).toMatchObject({ total: 4, stated: 3, active: 2, activeOfAll: 50, activeOfStated: 67 });
    expect(s.byStatus.get('ended')).toBe(1);
    expect(statusSummary([])).toMatchObject({ total: 0, stated: 0, active: 0, activeOfAll: null, activeOfStated: null });
  });
});

describe('atlasData', () => {
  it('looks places and countries up by id, as the state does', () => {
    const bundle = {
      places: [{ id: 'DE2', name: 'Bavaria' }],
      countries: [{ id: 'GB', name: 'United Kingdom' }],
    } as unknown as Parameters<typeof atlasData>[0];
    const d = atlasData(bundle);
    expect(d.bundle).toBe(bundle);
    expect(d.places.get('DE2')?.name).toBe('Bavaria');
    expect(d.countries.get('GB')?.name).toBe('United Kingdom');
    expect(d.places.get('GB')).toBeUndefined();
  });

  it('keys the printed tables’ columns as the report prints them (the UK as “UK”)', () => {
    expect(Object.values(PRINTED_COLUMN)).toEqual(['France', 'Spain', 'Germany', 'Poland', 'UK', 'Italy']);
  });
});
