/**
 * How a reader's years are grouped into the atlas's steps (issue 18): the report's five periods, decades, or
 * single years. A reading that falls in no group or across two (a year in a gap between the report's periods,
 * a decade across two periods, a range across two decades) is counted apart, with the reason; so is an undated
 * or unreadable row. Nothing is moved into a group it does not lie in.
 */
import { PERIODS } from '../data/types.ts';
import type { YearReading } from './years.ts';

export const GROUPINGS = ['report', 'decade', 'year'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** A step of the reader's data: its id (stable, for the URL; its years, as data/types.ts PeriodDef says) and the years it covers. */
export interface Group {
  id: string;
  start: number;
  end: number;
}

/** Why a row is in no group. */
export const APART = ['undated', 'unreadable', 'outside', 'across'] as const;
export type Apart = (typeof APART)[number];

export type Placement = { group: Group; approximate: boolean } | { apart: Apart };

/** The group of one year, or null when the grouping has none for it (the report's gap years, before 1982, after 2017). */
export function groupOfYear(year: number, grouping: Grouping): Group | null {
  if (grouping === 'year') return { id: String(year), start: year, end: year };
  if (grouping === 'decade') {
    const start = year - (year % 10);
    return { id: `${start}-${start + 9}`, start, end: start + 9 };
  }
  const p = PERIODS.find((q) => year >= q.start && year <= q.end);
  return p ? { id: p.id, start: p.start, end: p.end } : null;
}

/** Where a row's year puts it. */
export function place(reading: YearReading, grouping: Grouping): Placement {
  switch (reading.kind) {
    case 'undated':
    case 'unreadable':
      return { apart: reading.kind };
    case 'year':
    case 'approximate': {
      const group = groupOfYear(reading.year, grouping);
      return group ? { group, approximate: reading.kind === 'approximate' } : { apart: 'outside' };
    }
    case 'decade':
    case 'range': {
      const first = groupOfYear(reading.from, grouping);
      const last = groupOfYear(reading.to, grouping);
      if (first && last && first.id === last.id) return { group: first, approximate: false };
      // Partly in a group and partly in none, or over two: which one is a guess.
      return { apart: first || last ? 'across' : 'outside' };
    }
  }
}

/** The groups that hold at least one of `placements`, in time order. */
export function groupsOf(placements: readonly Placement[]): Group[] {
  const byId = new Map<string, Group>();
  for (const p of placements) if ('group' in p) byId.set(p.group.id, p.group);
  return [...byId.values()].sort((a, b) => a.start - b.start);
}
