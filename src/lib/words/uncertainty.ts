/**
 * Words of the uncertainty on the map (issue 15): why a line is drawn hollow,
 * its legend key, and the filter that keeps the records the report states outright.
 */
import type { Confidence } from '../data/types.ts';
import * as m from '../i18n/generated/m/uncertainty.js';

/**
 * Why a record is uncertain, in a reader's words, by its confidence and the
 * report's table it comes from; null for a record the report states outright.
 * (A table number is a name, not a count: passed as written.)
 */
export function confidenceReason(confidence: Confidence, table: number | null): string | null {
  if (confidence === 'low') return table ? m.uncertainty_reason_low_table({ table: String(table) }) : m.uncertainty_reason_low_report();
  if (confidence === 'medium') return m.uncertainty_reason_medium();
  return null;
}

/** A flow some (not all) of whose partnerships are reconstructions: '2 of 3 placed only so that the totals hold'. */
export const flowLowShare = (low: number, total: number): string => m.uncertainty_flow_low_share({ low, total });

/** The legend's key to the hollow line (and the exports' legends). */
export const LOW_KEY_LABEL = m.uncertainty_low_key_label();
/** The live legend's shorter key (its title says the rest: `LOW_KEY_HINT`). */
export const LOW_KEY_SHORT = m.uncertainty_low_key_short();
/** The key's title (hover): what a hollow line means. */
export const LOW_KEY_HINT = m.uncertainty_low_key_hint();

/** The legend's filter: keep only the records the report states outright (`confidence=high`). */
export const CERTAIN_ONLY_LABEL = m.uncertainty_certain_only_label();
/** The same filter when the address also keeps the records read with the text's help (`confidence=high,medium`). */
export const NO_RECONSTRUCTIONS_LABEL = m.uncertainty_no_reconstructions_label();
/** The filter's title (its label is short, to keep the legend on one row). */
export const CERTAIN_ONLY_HINT = m.uncertainty_certain_only_hint();
