/**
 * Selectors over the bundle: the one implementation every view (map, arcs,
 * panels, counters, exports) reads. Pure functions, no state.
 */
import {
  type Bundle,
  type Confidence,
  type Country,
  type EuCountry,
  type Partnership,
  type PeriodId,
  type PeriodMode,
  type PeriodSelection,
  type Place,
  type PrintedCell,
  type Status,
} from './types.ts';

export type { PeriodMode } from './types.ts';

/**
 * The bundle with its two lookups by id, as the app's state holds them
 * (AtlasState has these three fields): what the panels read.
 */
export interface AtlasData {
  bundle: Bundle;
  places: ReadonlyMap<string, Place>;
  countries: ReadonlyMap<string, Country>;
}

/** The lookups of a bundle (places and countries by id), built once. */
export function atlasData(bundle: Bundle): AtlasData {
  return { bundle, places: new Map(bundle.places.map((p) => [p.id, p])), countries: new Map(bundle.countries.map((c) => [c.id, c])) };
}

/**
 * The EU countries' column keys as the report prints them in Tables 4–8 (the
 * `column` of its printed cells, e.g. 'UK'): data keys for matching, never shown
 * (headings show the country's name from the bundle).
 */
export const PRINTED_COLUMN: Record<EuCountry, string> = { FR: 'France', ES: 'Spain', DE: 'Germany', PL: 'Poland', GB: 'UK', IT: 'Italy' };

/**
 * Partnerships in a period, among those the report counts. `new`: the ones the
 * period's table counts. `cumulative`: every partnership started up to the end of
 * that period (all earlier periods' tables plus this one). `all`: everything the
 * report counts, including the partnerships only its Table 9 has (no period).
 * Records the report names but counts nowhere (`counted: 'none'`) are never here.
 */
export function inPeriod(list: readonly Partnership[], period: PeriodSelection, mode: PeriodMode): Partnership[] {
  if (period === 'all') return list.filter((p) => p.counted !== 'none');
  // A period's id starts with its first year (types.ts PeriodDef): the periods up to this one start no later.
  const upTo = periodStart(period);
  return list.filter(
    (p) =>
      p.counted === 'period-table' &&
      p.period !== null &&
      (mode === 'new' ? p.period === period : periodStart(p.period) <= upTo),
  );
}

/** The first year of a period, read from its id ('1991-1999' → 1991, '2015' → 2015). */
export const periodStart = (id: PeriodId): number => Number(id.slice(0, 4));

/** The data's European countries in column order (Tables 4–8's for the report; a reader's own in theirs). */
export const euColumns = (bundle: Pick<Bundle, 'countries'>): EuCountry[] => bundle.countries.filter((c) => c.surveyed).map((c) => c.id);

export interface PartnershipFilter {
  /** Keep only these EU countries (empty or absent: all). */
  countries?: ReadonlySet<string>;
  /** Keep only these statuses (empty or absent: all). */
  statuses?: ReadonlySet<Status>;
  /** Keep only these reading confidences (empty or absent: all). */
  confidences?: ReadonlySet<Confidence>;
}

export function filterPartnerships(list: readonly Partnership[], { countries, statuses, confidences }: PartnershipFilter): Partnership[] {
  return list.filter(
    (p) =>
      (!countries || countries.size === 0 || countries.has(p.euCountry)) &&
      (!statuses || statuses.size === 0 || statuses.has(p.status)) &&
      (!confidences || confidences.size === 0 || confidences.has(p.confidence)),
  );
}

/**
 * Partnerships that involve a place: as the European end, as the Chinese end,
 * or (for a province) through a city or district inside it.
 */
export function involving(list: readonly Partnership[], placeId: string): Partnership[] {
  return list.filter((p) => p.euUnit === placeId || p.cnUnit === placeId || p.cnProvince === placeId);
}

function countBy<T>(list: readonly T[], key: (item: T) => string | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of list) {
    const k = key(item);
    if (k === null) continue;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export const countByCountry = (list: readonly Partnership[]) => countBy(list, (p) => p.euCountry);
export const countByStatus = (list: readonly Partnership[]) => countBy(list, (p) => p.status);
/** Per Chinese province (cities counted in their province). */
export const countByProvince = (list: readonly Partnership[]) => countBy(list, (p) => p.cnProvince);
/** Per European region or city named by the report (country-level records not counted here). */
export const countByEuUnit = (list: readonly Partnership[]) => countBy(list, (p) => p.euUnit);

export interface StatusSummary {
  total: number;
  byStatus: Map<Status, number>;
  /** Partnerships whose status the sources state (not `unknown`). */
  stated: number;
  active: number;
  /** Whole percentages, or null when the base is 0. */
  activeOfAll: number | null;
  activeOfStated: number | null;
}

const percent = (n: number, of: number) => (of === 0 ? null : Math.round((100 * n) / of));

/** Status counts and shares of a list: the one place the overview's status arithmetic is done. */
export function statusSummary(list: readonly Partnership[]): StatusSummary {
  const byStatus = countByStatus(list) as Map<Status, number>;
  const stated = list.length - (byStatus.get('unknown') ?? 0);
  const active = byStatus.get('active') ?? 0;
  return { total: list.length, byStatus, stated, active, activeOfAll: percent(active, list.length), activeOfStated: percent(active, stated) };
}

/** Share of `n` in `of` as a whole percentage, or null when `of` is 0. */
export const share = percent;

/** Count per country in the report's column order, zeros included. */
export function countryBreakdown(list: readonly Partnership[], columns: readonly EuCountry[]): { country: EuCountry; count: number }[] {
  const counts = countByCountry(list);
  return columns.map((country) => ({ country, count: counts.get(country) ?? 0 }));
}

export interface PeriodTableRow {
  /** The Chinese partner as printed in the report. */
  label: string;
  cells: Record<EuCountry, number>;
  total: number;
}

export interface PeriodTable {
  period: PeriodId;
  /** The report's table, or null for a reader's period. */
  table: number | null;
  rows: PeriodTableRow[];
  columnTotals: Record<EuCountry, number>;
  total: number;
}

const zeros = (columns: readonly EuCountry[]): Record<EuCountry, number> => Object.fromEntries(columns.map((c) => [c, 0]));

/**
 * A period's table in the report's layout: rows = Chinese partners as printed
 * (alphabetical, as the report orders them), columns = EU countries, totals.
 */
export function periodTable(bundle: Pick<Bundle, 'partnerships' | 'periods' | 'countries'>, period: PeriodId): PeriodTable {
  const def = bundle.periods.find((p) => p.id === period);
  if (!def) throw new Error(`unknown period ${period}`);
  const columns = euColumns(bundle);
  const rows = new Map<string, PeriodTableRow>();
  const columnTotals = zeros(columns);
  let total = 0;
  for (const p of bundle.partnerships) {
    if (p.period !== period || p.table !== def.table) continue;
    const label = p.cnPrinted ?? '(unnamed)';
    const row = rows.get(label) ?? { label, cells: zeros(columns), total: 0 };
    row.cells[p.euCountry]++;
    row.total++;
    rows.set(label, row);
    columnTotals[p.euCountry]++;
    total++;
  }
  return {
    period,
    table: def.table,
    rows: [...rows.values()].sort((a, b) => a.label.localeCompare(b.label, 'en')),
    columnTotals,
    total,
  };
}

/**
 * The period tables added up to the end of `period` (cumulative mode): every partnership the
 * tables from the first period's to this one's count, rows merged by printed label. `tables`
 * lists the tables summed (4, 5, … in order); `table` is the last of them.
 */
export function cumulativeTable(bundle: Pick<Bundle, 'partnerships' | 'periods' | 'countries'>, period: PeriodId): PeriodTable & { tables: number[] } {
  const upTo = bundle.periods.findIndex((p) => p.id === period);
  if (upTo < 0) throw new Error(`unknown period ${period}`);
  const columns = euColumns(bundle);
  const parts = bundle.periods.slice(0, upTo + 1).map((p) => periodTable(bundle, p.id));
  const rows = new Map<string, PeriodTableRow>();
  const columnTotals = zeros(columns);
  let total = 0;
  for (const part of parts) {
    for (const r of part.rows) {
      const row = rows.get(r.label) ?? { label: r.label, cells: zeros(columns), total: 0 };
      for (const c of Object.keys(r.cells) as (keyof typeof r.cells)[]) row.cells[c] += r.cells[c];
      row.total += r.total;
      rows.set(r.label, row);
    }
    for (const c of Object.keys(part.columnTotals) as (keyof typeof part.columnTotals)[]) columnTotals[c] += part.columnTotals[c];
    total += part.total;
  }
  return {
    period,
    table: parts[parts.length - 1].table,
    tables: parts.flatMap((p) => (p.table === null ? [] : [p.table])),
    rows: [...rows.values()].sort((a, b) => a.label.localeCompare(b.label, 'en')),
    columnTotals,
    total,
  };
}

/** The printed cells of one table, as a lookup `row → column → value`. */
export function printedTable(cells: readonly PrintedCell[], table: number): Map<string, Map<string, number | null>> {
  const out = new Map<string, Map<string, number | null>>();
  for (const c of cells) {
    if (c.table !== table) continue;
    const row = out.get(c.row) ?? new Map<string, number | null>();
    row.set(c.column, c.value);
    out.set(c.row, row);
  }
  return out;
}

export interface ProvinceRank {
  province: string;
  /** Partnerships tied to an EU country (drawable). */
  attributed: number;
  /** Partnerships Table 9 counts that no EU country can be given for. */
  unattributed: number;
  total: number;
}

/** Table 9 recomputed: partnerships per Chinese province over everything the report counts, most first. */
export function provinceRanking(bundle: Pick<Bundle, 'partnerships' | 'unattributed'>): ProvinceRank[] {
  const attributed = countByProvince(bundle.partnerships.filter((p) => p.counted !== 'none'));
  const un = new Map<string, number>();
  for (const u of bundle.unattributed) un.set(u.cnProvince, (un.get(u.cnProvince) ?? 0) + u.count);
  const provinces = new Set([...attributed.keys(), ...un.keys()]);
  return [...provinces]
    .map((province) => {
      const a = attributed.get(province) ?? 0;
      const u = un.get(province) ?? 0;
      return { province, attributed: a, unattributed: u, total: a + u };
    })
    .sort((x, y) => y.total - x.total || x.province.localeCompare(y.province));
}

/** New partnerships per period and country (the report's Figure 6, by period). */
export function growthByPeriod(
  list: readonly Partnership[],
  bundle: Pick<Bundle, 'periods' | 'countries'>,
): { period: PeriodId; counts: Record<EuCountry, number>; total: number }[] {
  const columns = euColumns(bundle);
  return bundle.periods.map(({ id: period }) => {
    const counts = zeros(columns);
    const inIt = inPeriod(list, period, 'new');
    for (const p of inIt) counts[p.euCountry]++;
    return { period, counts, total: inIt.length };
  });
}

/** How the report's totals add up, for one visible breakdown (Overview): each figure from the records. */
export interface TotalsBreakdown {
  /** Counted by one of the period tables (Tables 4–8). */
  periodTables: number;
  /** Counted only by the province ranking (Table 9), with no period. */
  table9Only: number;
  /** Drawn on the map under "All": the two above. */
  drawn: number;
  /** Table 9's counts that cannot be tied to any EU country (never drawn). */
  unattributed: number;
  /** Table 9's sum: drawn plus unattributed. */
  table9: number;
  /** Named in the report's text but counted by no table (listed in place panels only). */
  namedOnly: number;
}

export function totalsBreakdown(bundle: Pick<Bundle, 'partnerships' | 'unattributed'>): TotalsBreakdown {
  let periodTables = 0;
  let table9Only = 0;
  let namedOnly = 0;
  for (const p of bundle.partnerships) {
    if (p.counted === 'period-table') periodTables++;
    else if (p.counted === 'table-9') table9Only++;
    else namedOnly++;
  }
  const unattributed = bundle.unattributed.reduce((n, u) => n + u.count, 0);
  const drawn = periodTables + table9Only;
  return { periodTables, table9Only, drawn, unattributed, table9: drawn + unattributed, namedOnly };
}
