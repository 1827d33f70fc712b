/**
 * Stepping through the data's periods (for the period control, playback and
 * presenter mode): the report's five, or a reader's own grouping. Pure.
 */
import { type PeriodDef, type PeriodId, type PeriodSelection } from '../data/types.ts';
import { periodLabel } from '../words/index.ts';

/**
 * The period `delta` steps from `current`. From 'all', +1 goes to the first
 * period and -1 to the last. Past either end: wraps when `loop`, else stays.
 */
export function stepPeriod(current: PeriodSelection, delta: number, loop: boolean, ids: readonly PeriodId[]): PeriodSelection {
  const PERIOD_IDS = ids;
  const n = PERIOD_IDS.length;
  if (n === 0) return 'all';
  if (current === 'all') return delta >= 0 ? PERIOD_IDS[0] : PERIOD_IDS[n - 1];
  const i = PERIOD_IDS.indexOf(current) + delta;
  if (i >= 0 && i < n) return PERIOD_IDS[i];
  if (!loop) return PERIOD_IDS[Math.max(0, Math.min(n - 1, i))];
  return PERIOD_IDS[((i % n) + n) % n];
}

/** The first and last periods ('all' when the data has none, a reader's list of undated rows). */
export const firstPeriod = (ids: readonly PeriodId[]): PeriodSelection => ids[0] ?? 'all';
export const lastPeriod = (ids: readonly PeriodId[]): PeriodSelection => ids[ids.length - 1] ?? 'all';


export interface TimelineSegment {
  kind: 'period' | 'gap';
  /** Period id for a period segment. */
  id: PeriodId | null;
  start: number;
  end: number;
  label: string;
}

/**
 * The timeline as segments: the periods and the years no period covers (for the report, 1990, 2008–2009
 * and 2013), each with its share of the years.
 */
export function timeline(PERIODS: readonly PeriodDef[]): TimelineSegment[] {
  const out: TimelineSegment[] = [];
  PERIODS.forEach((p, i) => {
    if (i > 0) {
      const prev = PERIODS[i - 1];
      if (p.start > prev.end + 1) {
        const s = prev.end + 1;
        const e = p.start - 1;
        out.push({ kind: 'gap', id: null, start: s, end: e, label: s === e ? `${s}` : `${s}–${e}` });
      }
    }
    out.push({ kind: 'period', id: p.id, start: p.start, end: p.end, label: periodLabel(p.id) });
  });
  return out;
}
