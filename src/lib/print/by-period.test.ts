import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { periodsByCountry } from './by-period.ts';
import { partnership } from '../data/testing.ts';
import { EU_COUNTRIES, PERIODS, type Bundle } from '../data/types.ts';

/** The report's periods and six countries (the rows and columns). */
const REPORT = { periods: [...PERIODS], countries: EU_COUNTRIES.map((id) => ({ id, name: id, anchor: [0, 0] as [number, number], surveyed: true })) };

describe('periodsByCountry (the printed "All periods" table)', () => {
  it('counts per period and country, a Table 9 row for partnerships without a period, and leaves out what no table counts', () => {
    const t = periodsByCountry([
      partnership({ id: 'a', euCountry: 'DE', period: '1982-1989' }),
      partnership({ id: 'b', euCountry: 'FR', period: '1982-1989' }),
      partnership({ id: 'c', euCountry: 'IT', period: '2014-2017', table: 8 }),
      partnership({ id: 'd', euCountry: 'GB', period: null, table: null, counted: 'table-9' }),
      partnership({ id: 'e', euCountry: 'ES', period: '2014-2017', table: 8, counted: 'none' }),
    ], REPORT);
    expect(t.rows.map((r) => [r.period, r.total])).toEqual([
      ['1982-1989', 2],
      ['1991-1999', 0],
      ['2000-2007', 0],
      ['2010-2012', 0],
      ['2014-2017', 1],
      [null, 1],
    ]);
    expect(t.rows[0].counts).toEqual({ FR: 1, ES: 0, DE: 1, PL: 0, GB: 0, IT: 0 });
    expect(t.rows[5].counts.GB).toBe(1);
    expect(t.totals).toEqual({ FR: 1, ES: 0, DE: 1, PL: 0, GB: 1, IT: 1 });
    expect(t.total).toBe(4);
  });

  it('has no Table 9 row when every partnership has a period', () => {
    expect(periodsByCountry([partnership({ id: 'a' })], REPORT).rows.map((r) => r.period)).not.toContain(null);
  });

  it('on the bundle: the periods give the tables’ totals and the rows add up to the view’s total', () => {
    const bundle = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/data/bundle.json'), 'utf8')) as Bundle;
    const t = periodsByCountry(bundle.partnerships, bundle);
    expect(t.rows.slice(0, 5).map((r) => r.total)).toEqual([27, 11, 30, 18, 48]);
    expect(t.rows.reduce((n, r) => n + r.total, 0)).toBe(t.total);
    expect(t.total).toBe(bundle.partnerships.filter((p) => p.counted !== 'none').length);
  });
});
