/** Words of the flow view (issue 14, item 6): the flows/arcs switch, a flow's tooltip, the legend's line keys. */
import type { Status } from '../data/types.ts';
import { STATUS_ORDER, STATUS_WORD, partnershipCount, partnershipNoun } from './core.ts';

/** How the partnerships are drawn: one line per pair of ends, or one arc per partnership. */
export type LinesChoice = 'flows' | 'arcs';

/** The switch's group name (a radio group near the legend). */
export const LINES_SWITCH_LABEL = 'Draw partnerships as';
/** The switch's two choices. */
export const LINES_LABEL: Record<LinesChoice, string> = { flows: 'Flows', arcs: 'Single arcs' };
/** What each choice draws (the button's title). */
export const LINES_HINT: Record<LinesChoice, string> = {
  flows: 'One line per pair of places, as wide as the partnerships it holds; a place you point at or choose opens into single arcs',
  arcs: 'One arc per partnership, its status shown by the line',
};

/** The legend's key to flow widths, read as one: 'Line width: 1, 2, 3 partnerships'. */
export const FLOW_WIDTH_LABEL = 'Line width:';
/** The noun after the widths' counts. */
export const flowWidthUnit = (max: number): string => partnershipNoun(max);
/** The widths' key for screen readers: 'Line width: 1, 2 or 3 partnerships'. */
export const flowWidthKey = (counts: readonly number[]): string =>
  `${FLOW_WIDTH_LABEL} ${counts.length > 1 ? `${counts.slice(0, -1).join(', ')} or ${counts.at(-1)}` : (counts[0] ?? 1)} ${partnershipNoun(counts.at(-1) ?? 1)}`;

/**
 * A flow's tooltip: 'Germany → Shandong: 4 partnerships (1 active, 3 status not stated)'; when they all
 * share one status it is said once: 'Bavaria → Jiangsu: 2 partnerships, active'.
 */
export function flowSentence(eu: string, cn: string, byStatus: ReadonlyMap<Status, number>): string {
  const total = [...byStatus.values()].reduce((a, b) => a + b, 0);
  const parts = STATUS_ORDER.filter((s) => byStatus.get(s)).map((s) => ({ s, n: byStatus.get(s)! }));
  const head = `${eu} → ${cn}: ${partnershipCount(total)}`;
  if (parts.length === 1) return `${head}, ${STATUS_WORD[parts[0].s]}`;
  return `${head} (${parts.map(({ s, n }) => `${n} ${STATUS_WORD[s]}`).join(', ')})`;
}
