/** Words of the presenter (src/lib/present/Presenter.svelte); its counter's phrase is core's `counterPhrase`. */
import * as m from '../i18n/generated/m/present.js';

export const PRESENTATION = m.present_presentation();
export const STEPS_LABEL = m.present_steps_label();
/** 'Step 3 of 7' (one-based). */
export const stepPosition = (n: number, of: number) => m.present_step_position({ n, total: of });
/** A step's dot: 'Step 3: The 2000s'. */
export const stepButton = (n: number, title: string) => m.present_step_button({ n, title });
/** The step's sources, cited. */
export const stepSource = (cited: string) => m.present_step_source({ cited });
export const BACK = m.present_back();
export const NEXT = m.present_next();
export const AUTO_ADVANCE = m.present_auto_advance();
/** Before the pace: 'every [8 s]'. */
export const EVERY = m.present_every();
export const PACE_LABEL = m.present_pace_label();
export const ARCS = m.present_arcs();
export const ARCS_LABEL = m.present_arcs_label();
export const EXIT = m.present_exit();
/**
 * The counter's phrase when a step is about one place: '16 [partnerships with Shandong], of 143 partnerships in
 * all periods' (`of`: the view's counter phrase, with its number). One message per plural form of `n` (the
 * noun agrees with the big number shown before the phrase).
 */
export const placeCounterPhrase = (n: number, name: string, total: number, of: string) =>
  m.present_place_counter_phrase({ count: n, name, total, phrase: of });
