/**
 * Stepping through the report's periods (for the period control, playback and
 * presenter mode). Pure.
 */
import { PERIODS, PERIOD_IDS, type PeriodId, type PeriodSelection } from '../data/types.ts';
import { periodLabel } from '../words/index.ts';

/**
 * The period `delta` steps from `current`. From 'all', +1 goes to the first
 * period and -1 to the last. Past either end: wraps when `loop`, else stays.
 */
export function stepPeriod(current: PeriodSelection, delta: number, loop = false): PeriodSelection {
  const n = PERIOD_IDS.length;
  if (current === 'all') return delta >= 0 ? PERIOD_IDS[0] : PERIOD_IDS[n - 1];
  const i = PERIOD_IDS.indexOf(current) + delta;
  if (i >= 0 && i < n) return PERIOD_IDS[i];
  if (!loop) return PERIOD_IDS[Math.max(0, Math.min(n - 1, i))];
  return PERIOD_IDS[((i % n) + n) % n];
}

export const firstPeriod = (): PeriodId => PERIOD_IDS[0];
export const lastPeriod = (): PeriodId => PERIOD_IDS[PERIOD_IDS.length - 1];


export interface TimelineSegment {
  kind: 'period' | 'gap';
  /** Period id for a period segment. */
  id: PeriodId | null;
  start: number;
  end: number;
  label: string;
}

/**
 * The 1982–2017 timeline as segments: the five periods and the years no period
 * covers (1990, 2008–2009, 2013), each with its share of the years.
 */
export function timeline(): TimelineSegment[] {
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
