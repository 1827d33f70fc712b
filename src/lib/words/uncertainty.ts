/**
 * Words of the uncertainty on the map (issue 15): why a line is drawn hollow,
 * its legend key, and the filter that keeps the records the report states outright.
 */
import type { Confidence } from '../data/types.ts';

/**
 * Why a record is uncertain, in a reader's words, by its confidence and the
 * report's table it comes from; null for a record the report states outright.
 */
export function confidenceReason(confidence: Confidence, table: number | null): string | null {
  if (confidence === 'low')
    return `placed so that the printed totals hold: our copy of ${table ? `Table ${table}` : 'the report'} does not show which country this cell belongs to`;
  if (confidence === 'medium') return 'read from the table with the help of the report’s text';
  return null;
}

/** A flow some (not all) of whose partnerships are reconstructions: '2 of 3 placed only so that the totals hold'. */
export const flowLowShare = (low: number, total: number): string => `${low} of ${total} placed only so that the totals hold`;

/** The legend's key to the hollow line (and the exports' legends). */
export const LOW_KEY_LABEL = 'Hollow: placed only so that the totals hold';
/** The live legend's shorter key (its title says the rest: `LOW_KEY_HINT`). */
export const LOW_KEY_SHORT = 'Hollow: reconstructed';
/** The key's title (hover): what a hollow line means. */
export const LOW_KEY_HINT =
  'A hollow line is a reconstruction: our copy of the report gives the numbers but not the country, so the line is placed where the printed totals hold';

/** The legend's filter: keep only the records the report states outright (`confidence=high`). */
export const CERTAIN_ONLY_LABEL = 'Only stated outright';
/** The same filter when the address also keeps the records read with the text's help (`confidence=high,medium`). */
export const NO_RECONSTRUCTIONS_LABEL = 'No reconstructions';
/** The filter's title (its label is short, to keep the legend on one row). */
export const CERTAIN_ONLY_HINT = 'Show only the records the report states outright: hide those placed only so that the totals hold, and those read with the help of the report’s text';
