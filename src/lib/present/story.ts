/**
 * Presenter mode as data: the story is a list of view states (the query the
 * URL holds) with captions; these helpers turn a step into the view to show.
 * The big counter's words are words/core.ts `counterPhrase`. No DOM here.
 */
import type { StoryStep } from '../data/types.ts';
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

/** Seconds per step the auto-advance offers. */
export const PACES = [5, 8, 12, 20] as const;
