/**
 * What the printed "All periods" view shows in place of one period's table: the
 * partnerships the report counts, per period (Tables 4–8) and EU country, plus
 * those only Table 9 counts (no period), so that the totals are the view's own.
 * Pure.
 */
import type { Bundle, EuCountry, Partnership, PeriodId } from '../data/types.ts';
import { countryBreakdown, euColumns, growthByPeriod, inPeriod } from '../data/selectors.ts';

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

const byCountry = (list: readonly Partnership[], columns: readonly EuCountry[]) =>
  Object.fromEntries(countryBreakdown(list, columns).map((c) => [c.country, c.count])) as Record<EuCountry, number>;

/** `bundle`: the data's periods and countries (its rows and columns). */
export function periodsByCountry(partnerships: readonly Partnership[], bundle: Pick<Bundle, 'periods' | 'countries'>): PeriodsByCountry {
  const columns = euColumns(bundle);
  const counted = inPeriod(partnerships, 'all', 'new');
  const rows: PeriodRow[] = growthByPeriod(counted, bundle).map((g) => ({ period: g.period, counts: g.counts, total: g.total }));
  const table9 = counted.filter((p) => p.counted === 'table-9');
  if (table9.length > 0) rows.push({ period: null, counts: byCountry(table9, columns), total: table9.length });
  const totals = byCountry(counted, columns);
  return { rows, totals, total: columns.reduce((n, c) => n + totals[c], 0) };
}
