/**
 * The notices about an address the atlas could not follow ("Ignored …"): what
 * the URL parsers (state/url.ts, state/render.ts) and the presenter report.
 * Values arrive already cut down for display (state/url.ts `shown`).
 */
import * as m from '../i18n/generated/m.js';

/** A key given twice: 'Ignored a repeated "period" parameter.' */
export const ignoredRepeat = (key: string) => `Ignored a repeated "${key}" parameter.`;

/** A value longer than the parser reads. */
export const ignoredTooLong = (key: string) => `Ignored "${key}": the value is too long.`;

/** A key nobody owns. */
export const ignoredUnknown = (key: string) => `Ignored unknown parameter "${key}".`;

/** A period that is not one of the report's. */
export const ignoredPeriod = (value: string, ids: readonly string[]) => `Ignored period "${value}": expected all or one of ${ids.join(', ')}.`;

export const ignoredMode = (value: string) => `Ignored mode "${value}": expected new or cumulative.`;

/** A `select` that names no place of the bundle. */
export const ignoredSelect = (value: string) => `Ignored select "${value}": no such place.`;

/** One item of a list key (country, status, layer) outside its closed set. */
export const ignoredItem = (key: string, item: string, allowed: readonly string[]) => `Ignored ${key} "${item}": expected ${allowed.join(', ')}.`;

export const ignoredDark = (value: string) => `Ignored dark "${value}": expected auto, true or false.`;

/** A `step` that is not a step number. */
export const ignoredStep = (value: string) => `Ignored step "${value}": expected a step number from 1.`;

/** A step past the end of the presentation. */
export const ignoredStepBeyond = (step: number, steps: number) => `Ignored step "${step}": the presentation has ${steps} steps.`;

/** An on/off flag with another value. */
export const ignoredSwitch = (key: string, value: string) => `Ignored ${key} "${value}": expected no value, true or false.`;

/** A `lang` that is not one of the interface's languages. */
export const ignoredLang = (value: string) => m.ignored_lang({ value });

/** The line that stands for the notices left out. */
export const moreIgnored = (n: number) => `…and ${n} more parameters were ignored.`;
