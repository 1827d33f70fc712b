/**
 * What the printed "All periods" view shows in place of one period's table: the
 * partnerships the report counts, per period (Tables 4–8) and EU country, plus
 * those only Table 9 counts (no period), so that the totals are the view's own.
 * Pure.
 */
import { EU_COUNTRIES, type EuCountry, type Partnership, type PeriodId } from '../data/types.ts';
import { countryBreakdown, growthByPeriod, inPeriod } from '../data/selectors.ts';

export interface PeriodRow {
  /** null: the partnerships only Table 9 counts. */
  period: PeriodId | null;
  counts: Record<EuCountry, number>;
  total: number;
}

export interface PeriodsByCountry {
  rows: PeriodRow[];
  totals: Record<EuCountry, number>;
  total: number;
}

const byCountry = (list: readonly Partnership[]) =>
  Object.fromEntries(countryBreakdown(list).map((c) => [c.country, c.count])) as Record<EuCountry, number>;

export function periodsByCountry(partnerships: readonly Partnership[]): PeriodsByCountry {
  const counted = inPeriod(partnerships, 'all', 'new');
  const rows: PeriodRow[] = growthByPeriod(counted).map((g) => ({ period: g.period, counts: g.counts, total: g.total }));
  const table9 = counted.filter((p) => p.counted === 'table-9');
  if (table9.length > 0) rows.push({ period: null, counts: byCountry(table9), total: table9.length });
  const totals = byCountry(counted);
  return { rows, totals, total: EU_COUNTRIES.reduce((n, c) => n + totals[c], 0) };
}
