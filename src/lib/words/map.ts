/** Words of the map stage (map/): the map's label for screen readers and the overlay's tooltips. */
import { ANCHOR_NOTE, partnershipCount, periodLabel } from './core.ts';
import type { PeriodMode, PeriodSelection } from '../data/types.ts';

/** The map canvas's accessible name. */
export const MAP_LABEL = 'Map of European regions and Chinese provinces with their partnerships';

/** Tooltip of a country anchor's ring: where arcs start when the report names no region of `country`. */
export const anchorRingTitle = (country: string): string => `${country}: ${ANCHOR_NOTE}`;

/** A cluster of point places on the map, named on hover: how many, and what a click does. */
export const clusterLabel = (n: number): string => `${n} places here: click or tap to zoom in`;

/** The close button of an arc's card (a tapped or clicked arc). */
export const ARC_CARD_CLOSE = 'Close';
/** The arc card's accessible name. */
export const ARC_CARD_LABEL = 'Partnership';

/** Where a count of the view applies: 'in 2000–2007', 'up to 2007', 'in all periods'. */
export function viewSpan(period: PeriodSelection, mode: PeriodMode): string {
  if (period === 'all') return 'in all periods';
  return mode === 'new' ? `in ${periodLabel(period)}` : `up to ${period.slice(-4)}`;
}

/** A place's tooltip on the map: 'Chengdu · city · 3 partnerships in 2000–2007'. */
export const placeTip = (name: string, kind: string, n: number, period: PeriodSelection, mode: PeriodMode): string =>
  `${name} · ${kind} · ${partnershipCount(n)} ${viewSpan(period, mode)}`;

/** The kind of a country's anchor ring, in a tooltip. */
export const ANCHOR_KIND = 'country, region not named in the report';

/** A country anchor's tooltip: 'Germany · country, region not named in the report · 21 partnerships in all periods'. */
export const anchorTip = (country: string, n: number, period: PeriodSelection, mode: PeriodMode): string => placeTip(country, ANCHOR_KIND, n, period, mode);

/** The map's note when the selected place has no arc in the view: 'Łódź: no partnership in 2010–2012'. */
export const noPartnershipNote = (name: string, period: PeriodSelection, mode: PeriodMode): string =>
  period === 'all' ? `${name}: no partnership counted in any period` : `${name}: no partnership ${viewSpan(period, mode)}`;
