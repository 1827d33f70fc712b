/**
 * The notices about an address the atlas could not follow ("Ignored …"): what
 * the URL parsers (state/url.ts, state/render.ts) and the presenter report.
 * Values arrive already cut down for display (state/url.ts `shown`). Keys and
 * values of the address (period, all, new, true…) are quoted as typed, in every language.
 */
import * as m from '../i18n/generated/m/notices.js';
import { plainList } from './lists.ts';

/**
 * The values an address key accepts, 'one of' them: in English a bare comma list as the atlas has always written
 * it ('active, ended'); in Chinese and Polish the reader's own 'or' list ('active或ended', 'active lub ended').
 */
const oneOf = (xs: readonly string[]) => plainList(xs, { type: 'disjunction' });

/** A key given twice: 'Ignored a repeated "period" parameter.' */
export const ignoredRepeat = (key: string) => m.notices_ignored_repeat({ key });

/** A value longer than the parser reads. */
export const ignoredTooLong = (key: string) => m.notices_ignored_too_long({ key });

/** A key nobody owns. */
export const ignoredUnknown = (key: string) => m.notices_ignored_unknown({ key });

/** A period that is not one of the report's. */
export const ignoredPeriod = (value: string, ids: readonly string[]) => m.notices_ignored_period({ value, ids: oneOf(ids) });

export const ignoredMode = (value: string) => m.notices_ignored_mode({ value });

/** A `select` that names no place of the bundle. */
export const ignoredSelect = (value: string) => m.notices_ignored_select({ value });

/** One item of a list key (country, status, layer) outside its closed set. */
export const ignoredItem = (key: string, item: string, allowed: readonly string[]) => m.notices_ignored_item({ key, item, allowed: oneOf(allowed) });

export const ignoredDark = (value: string) => m.notices_ignored_dark({ value });

/** A `step` that is not a step number. */
export const ignoredStep = (value: string) => m.notices_ignored_step({ value });

/** A step past the end of the presentation (the step as typed, the presentation's length a count). */
export const ignoredStepBeyond = (step: number, steps: number) => m.notices_ignored_step_beyond({ step: String(step), count: steps });

/** An on/off flag with another value. */
export const ignoredSwitch = (key: string, value: string) => m.notices_ignored_switch({ key, value });

/** A `lang` that is not one of the interface's languages. */
export const ignoredLang = (value: string) => m.ignored_lang({ value });

/** The line that stands for the notices left out. */
export const moreIgnored = (n: number) => m.notices_more_ignored({ count: n });
