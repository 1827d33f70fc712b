/** Words of the flow view (issue 14, item 6): the flows/arcs switch, a flow's tooltip, the legend's line keys. */
import * as m from '../i18n/generated/m/flows.js';
import type { Status } from '../data/types.ts';
import { STATUS_ORDER, STATUS_WORD, partnershipNoun } from './core.ts';
import { orList, plainList } from './lists.ts';

/** How the partnerships are drawn: one line per pair of ends, or one arc per partnership. */
export type LinesChoice = 'flows' | 'arcs';

/** The switch's group name (a radio group near the legend). */
export const LINES_SWITCH_LABEL = m.flows_lines_switch_label();
/** The switch's two choices. */
export const LINES_LABEL: Record<LinesChoice, string> = { flows: m.flows_lines_flows(), arcs: m.flows_lines_arcs() };
/** What each choice draws (the button's title). */
export const LINES_HINT: Record<LinesChoice, string> = {
  flows: m.flows_hint_flows(),
  arcs: m.flows_hint_arcs(),
};

/** The legend's key to flow widths, read as one: 'Line width: 1, 2, 3 partnerships'. */
export const FLOW_WIDTH_LABEL = m.flows_width_label();
/** The noun after the widths' counts. */
export const flowWidthUnit = (max: number): string => partnershipNoun(max);

/**
 * Counts as the legend draws them (digits as shown beside the widths), joined by 'or': '1, 2 or 3' in English
 * as the atlas has always written it (Intl's English adds a serial comma); the reader's own list in Chinese and
 * Polish ('1、2或3', '1, 2 lub 3').
 */

/** The widths' key for screen readers: 'Line width: 1, 2 or 3 partnerships' (the noun agrees with the last count). */
export const flowWidthKey = (counts: readonly number[]): string =>
  m.flows_width_key({ list: counts.length ? orList(counts.map(String)) : '1', count: counts.at(-1) ?? 1 });

/** One status's share of a flow, its count and its word agreeing: '3 active', '1 status not stated'. */
const STATUS_PART: Record<Status, (count: number) => string> = {
  active: (count) => m.flows_part_active({ count }),
  'not-active': (count) => m.flows_part_not_active({ count }),
  ended: (count) => m.flows_part_ended({ count }),
  unknown: (count) => m.flows_part_unknown({ count }),
};

/** The shares of a flow: '1 active, 3 status not stated' (English as always; the reader's own short list otherwise: '1 项活跃、3 项已终止', '1 aktywne i 3 zakończone'). */
function partsList(parts: readonly string[]): string {
  return plainList(parts, { style: 'narrow' });
}

/**
 * A flow's tooltip: 'Germany → Shandong: 4 partnerships (1 active, 3 status not stated)'; when they all
 * share one status it is said once: 'Bavaria → Jiangsu: 2 partnerships, active'.
 */
export function flowSentence(eu: string, cn: string, byStatus: ReadonlyMap<Status, number>): string {
  const total = [...byStatus.values()].reduce((a, b) => a + b, 0);
  const parts = STATUS_ORDER.filter((s) => byStatus.get(s)).map((s) => ({ s, n: byStatus.get(s)! }));
  if (parts.length === 1) return m.flows_sentence_one_status({ eu, cn, count: total, status: STATUS_WORD[parts[0].s] });
  return m.flows_sentence_by_status({ eu, cn, count: total, parts: partsList(parts.map(({ s, n }) => STATUS_PART[s](n))) });
}
