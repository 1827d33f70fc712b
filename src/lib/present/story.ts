/**
 * Presenter mode as data: the story is a list of view states (the query the
 * URL holds) with captions; these helpers turn a step into the view to show
 * and phrase the big counter. No DOM here.
 */
import type { PeriodSelection, StoryStep } from '../data/types.ts';
import { PERIODS } from '../data/types.ts';
import { parseViewState, type ViewState } from '../state/url.ts';

/** The view of a step; the presenter's own choice of new/cumulative wins over the step's. */
export function stepView(step: StoryStep, mode: ViewState['mode'], isPlace: (id: string) => boolean): ViewState {
  return { ...parseViewState(step.view, isPlace).state, mode };
}

/** A 0-based step index kept inside the story. */
export function clampStep(i: number, length: number): number {
  if (length <= 0) return 0;
  return Math.min(length - 1, Math.max(0, Math.trunc(Number.isFinite(i) ? i : 0)));
}

/** The words under the big counter, e.g. "new partnerships, 1982–1989". */
export function counterPhrase(period: PeriodSelection, mode: ViewState['mode'], n: number): string {
  const noun = n === 1 ? 'partnership' : 'partnerships';
  if (period === 'all') return `${noun} in all periods`;
  const p = PERIODS.find((x) => x.id === period)!;
  return mode === 'new' ? `new ${noun}, ${p.start}–${p.end}` : `${noun} by the end of ${p.end}`;
}

/** Seconds per step the auto-advance offers. */
export const PACES = [5, 8, 12, 20] as const;
