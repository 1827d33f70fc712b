/** Words of the map stage (map/): the map's label for screen readers and the overlay's tooltips. */
import * as m from '../i18n/generated/m/map.js';
import { ANCHOR_NOTE, periodLabel } from './core.ts';
import { countText } from './numbers.ts';
import type { PeriodMode, PeriodSelection } from '../data/types.ts';

/** The map canvas's accessible name. */
export const MAP_LABEL = m.map_label();

/** Tooltip of a country anchor's ring: where arcs start when the report names no region of `country`. */
export const anchorRingTitle = (country: string): string => m.map_anchor_ring_title({ country, note: ANCHOR_NOTE });

/** A cluster of point places on the map, named on hover: how many, and what a click does. */
export const clusterLabel = (n: number): string => m.map_cluster_label({ count: n });

/** The close button of an arc's card (a tapped or clicked arc). */
export const ARC_CARD_CLOSE = m.map_arc_card_close();
/** The arc card's accessible name. */
export const ARC_CARD_LABEL = m.map_arc_card_label();

/** The end year of a period, as written ('2007'; a year, not a count). */
const endYear = (period: Exclude<PeriodSelection, 'all'>) => period.slice(-4);

/** Where a count of the view applies: 'in 2000–2007', 'up to 2007', 'in all periods'. */
export function viewSpan(period: PeriodSelection, mode: PeriodMode): string {
  if (period === 'all') return m.map_span_all();
  return mode === 'new' ? m.map_span_new({ period: periodLabel(period) }) : m.map_span_cumulative({ year: endYear(period) });
}

/** A place's tooltip on the map: 'Chengdu · city · 3 partnerships in 2000–2007' (one whole message per span). */
export function placeTip(name: string, kind: string, n: number, period: PeriodSelection, mode: PeriodMode): string {
  if (period === 'all') return m.map_place_tip_all({ name, kind, count: n });
  return mode === 'new'
    ? m.map_place_tip_new({ name, kind, count: n, period: periodLabel(period) })
    : m.map_place_tip_cumulative({ name, kind, count: n, year: endYear(period) });
}

/** The kind of a country's anchor ring, in a tooltip. */
export const ANCHOR_KIND = m.map_anchor_kind({ note: ANCHOR_NOTE });

/** A country anchor's tooltip: 'Germany · country, region not named in the report · 21 partnerships in all periods'. */
export const anchorTip = (country: string, n: number, period: PeriodSelection, mode: PeriodMode): string => placeTip(country, ANCHOR_KIND, n, period, mode);

/** The map's note when the selected place has no arc in the view: 'Łódź: no partnership in 2010–2012'. */
export function noPartnershipNote(name: string, period: PeriodSelection, mode: PeriodMode): string {
  if (period === 'all') return m.map_no_partnership_all({ name });
  return mode === 'new' ? m.map_no_partnership_new({ name, period: periodLabel(period) }) : m.map_no_partnership_cumulative({ name, year: endYear(period) });
}

/** A view with more partnerships than the map draws lines for (arcs/flows.ts MAX_LINES). */
export const linesCapped = (count: number, max: number) => m.map_lines_capped({ count: countText(count), max: countText(max) });
