/**
 * Words of the controls (src/lib/controls): the legend and its filters, the period
 * control and the place search. Statuses, periods, modes and kinds come from
 * core.ts; numbers and names are arguments.
 */
import type { PeriodMode, PeriodSelection } from '../data/types.ts';
import { partnershipNoun, periodLabel } from './core.ts';
import * as m from '../i18n/generated/m.js';

// ── The legend ───────────────────────────────────────────────────────────────
export const LEGEND_LABEL = 'Legend and filters';
/** After the big number: '27 partnerships shown'. */
export const shownNoun = (n: number) => `${partnershipNoun(n)} shown`;
/**
 * What a country's filter button does, said as its title: with no filter, 'Show only France';
 * France shown among a chosen few, 'Hide France'; France hidden, 'Also show France'.
 */
export function toggleCountry(name: string, state: 'only' | 'hide' | 'add'): string {
  return state === 'only' ? `Show only ${name}` : state === 'hide' ? `Hide ${name}` : `Also show ${name}`;
}
/** The same for a status ('Show only active', 'Hide ended', 'Also show not active'): `word` as in a sentence. */
export function toggleStatus(word: string, state: 'only' | 'hide' | 'add'): string {
  return state === 'only' ? `Show only ${word}` : state === 'hide' ? `Hide ${word}` : `Also show ${word}`;
}
/** Why a status's button does nothing: no partnership of the view has it. */
export const NO_STATUS_IN_VIEW = 'No partnership in this view has this status';
/** The reset beside the statuses, shown while some are hidden. */
export const SHOW_ALL_STATUSES = 'Show all statuses';
/** The reset beside the countries, shown while some are hidden. */
export const SHOW_ALL_COUNTRIES = 'Show all countries';
/** Read after a hidden country's count: its partnerships are there, not shown. */
export const HIDDEN_COUNTRY = 'hidden';
export const ANCHOR_KEY = 'Country anchor: the report names no region';
export const PROGRAMME_LAYER = 'IUC/IURC programme layer';
export const PROGRAMME_KEY = 'Pilot city or region; solid line: pairing or cooperation; dotted: 2023 visit or 2018 workshop trip';

// ── An empty view ────────────────────────────────────────────────────────────
/**
 * Why the map is empty: 'None of the 27 partnerships new in 1982–1989 is from Spain.'; with a status
 * filter '… has the status ended.'; with both '… is from Spain and has the status ended.'
 */
export function emptyView(total: number, period: PeriodSelection, mode: PeriodMode, countries: readonly string[], statuses: readonly string[]): string {
  const when = period === 'all' ? 'in all periods' : mode === 'new' ? `new in ${periodLabel(period)}` : `up to the end of ${periodLabel(period)}`;
  if (total === 0) return `No partnership is ${when}.`;
  const from = countries.length ? `is from ${orList(countries)}` : '';
  const has = statuses.length ? `has the status ${orList(statuses)}` : '';
  return `None of the ${total} ${partnershipNoun(total)} ${when} ${[from, has].filter(Boolean).join(' and ')}.`;
}
const orList = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);
/** The empty view's way out: drop the country and status filters. */
export const SHOW_ALL_FILTERS = 'Show all countries and statuses';

// ── The period control ───────────────────────────────────────────────────────
export const PERIODS_LABEL = m.periods_label();
export const PLAY = m.play();
export const PAUSE = m.pause();
export const TIMELINE_LABEL = m.timeline_label();
/**
 * A period button's accessible name: the full period, then the short form the
 * button shows where it is narrow, so that the name always holds the visible
 * label (WCAG 2.5.3; not in parentheses, which checkers leave out of the name).
 */
export const periodButton = (label: string, short: string) => m.period_button({ label, short });
/** Years between the report's periods ('1990'): a tooltip and a screen-reader text. */
export const gapTitle = (years: string) => m.gap_title({ years });
export const gapText = (years: string) => m.gap_text({ years });
export const COUNT_LEGEND = m.count_legend();
export const SPEED = m.speed();
export const LOOP = m.loop();
/** What the view shows now: '1991–1999 (new)', '1991–1999 (up to its end)', 'All periods'. */
export function periodNow(period: PeriodSelection, mode: PeriodMode): string {
  const label = periodLabel(period);
  return period === 'all' ? label : mode === 'new' ? m.period_now_new({ period: label }) : m.period_now_cumulative({ period: label });
}
export const KEYS_HINT = m.keys_hint();

// ── The place search ─────────────────────────────────────────────────────────
export const SEARCH_LABEL = 'Search places';
export const suggestionsLabel = (label: string) => `${label}: suggestions`;
/** A result found by another spelling of its name. */
export const alsoWritten = (spelling: string) => `also written “${spelling}”`;
export const noMatch = (query: string) => `No place matches “${query}”.`;

/** Under the counter in "All": how the figure is made ('= 134 in Tables 4–8 + 9 only in Table 9'); the Overview gives the rest of the sum. */
export const counterBreakdown = (t: { periodTables: number; table9Only: number }) => `= ${t.periodTables} in Tables 4–8 + ${t.table9Only} only in Table 9`;
