/** Words of the presenter (src/lib/present/Presenter.svelte); its counter's phrase is core's `counterPhrase`. */
import { partnershipNoun } from './core.ts';

export const PRESENTATION = 'Presentation';
export const STEPS_LABEL = 'Presentation steps';
/** 'Step 3 of 7' (one-based). */
export const stepPosition = (n: number, of: number) => `Step ${n} of ${of}`;
/** A step's dot: 'Step 3: The 2000s'. */
export const stepButton = (n: number, title: string) => `Step ${n}: ${title}`;
/** The step's sources, cited. */
export const stepSource = (cited: string) => `Source: ${cited}`;
export const BACK = '← Back';
export const NEXT = 'Next →';
export const AUTO_ADVANCE = 'Auto-advance';
/** Before the pace: 'every [8 s]'. */
export const EVERY = 'every';
export const PACE_LABEL = 'Seconds per step';
export const seconds = (s: number) => `${s} s`;
export const ARCS = 'Arcs';
export const ARCS_LABEL = 'Arcs shown per step';
export const EXIT = 'Exit (Esc)';
/**
 * The counter's phrase when a step is about one place: '16 [partnerships with Shandong], of 143 partnerships in
 * all periods' (`of`: the view's counter phrase, with its number).
 */
export const placeCounterPhrase = (n: number, name: string, total: number, of: string) =>
  `${partnershipNoun(n)} with ${name}, of ${total} ${of}`;
