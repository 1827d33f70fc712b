/**
 * Words of the controls (src/lib/controls): the legend and its filters, the period
 * control and the place search. Statuses, periods, modes and kinds come from
 * core.ts; numbers and names are arguments.
 */
import type { PeriodMode, PeriodSelection } from '../data/types.ts';
import { periodLabel } from './core.ts';
import * as m from '../i18n/generated/m/controls.js';
import { orList } from './lists.ts';
import { countText } from './numbers.ts';

// ── The legend ───────────────────────────────────────────────────────────────
export const LEGEND_LABEL = m.controls_legend_label();
/** After the big number: '27 partnerships shown'. */
export const shownNoun = (n: number) => m.controls_shown_noun({ count: n });
/**
 * What a country's filter button does, said as its title: with no filter, 'Show only France';
 * France shown among a chosen few, 'Hide France'; France hidden, 'Also show France'.
 */
export function toggleCountry(name: string, state: 'only' | 'hide' | 'add'): string {
  return state === 'only'
    ? m.controls_toggle_country_only({ name })
    : state === 'hide'
      ? m.controls_toggle_country_hide({ name })
      : m.controls_toggle_country_add({ name });
}
/** The same for a status ('Show only active', 'Hide ended', 'Also show not active'): `word` as in a sentence. */
export function toggleStatus(word: string, state: 'only' | 'hide' | 'add'): string {
  return state === 'only'
    ? m.controls_toggle_status_only({ status: word })
    : state === 'hide'
      ? m.controls_toggle_status_hide({ status: word })
      : m.controls_toggle_status_add({ status: word });
}
/** Why a status's button does nothing: no partnership of the view has it. */
export const NO_STATUS_IN_VIEW = m.controls_no_status_in_view();
/** The reset beside the statuses, shown while some are hidden. */
export const SHOW_ALL_STATUSES = m.controls_show_all_statuses();
/** The reset beside the countries, shown while some are hidden. */
export const SHOW_ALL_COUNTRIES = m.controls_show_all_countries();
/** Read after a hidden country's count: its partnerships are there, not shown. */
export const HIDDEN_COUNTRY = m.controls_hidden_country();
export const ANCHOR_KEY = m.controls_anchor_key();
/** The same for a reader's own data (issue 18): their row, not the report, names no region. */
export const OWN_ANCHOR_KEY = m.controls_own_anchor_key();
/** A legend of many countries (a reader's own list) shows the first few, then this button. */
export const moreCountries = (count: number) => m.controls_more_countries({ count });
export const FEWER_COUNTRIES = m.controls_fewer_countries();
export const PROGRAMME_LAYER = m.controls_programme_layer();
export const PROGRAMME_KEY = m.controls_programme_key();

// ── An empty view ────────────────────────────────────────────────────────────
/**
 * Why the map is empty: 'None of the 27 partnerships new in 1982–1989 is from Spain.'; with a status
 * filter '… has the status ended.'; with both '… is from Spain and has the status ended.' One whole
 * sentence for each period kind (all, new, cumulative) and each filter (country, status, both, neither:
 * only the confidence filter, where the English has no predicate).
 */
export function emptyView(total: number, period: PeriodSelection, mode: PeriodMode, countries: readonly string[], statuses: readonly string[]): string {
  const when = period === 'all' ? 'all' : mode === 'new' ? 'new' : 'cumulative';
  const p = { period: periodLabel(period) };
  if (total === 0) return when === 'all' ? m.controls_empty_zero_all() : when === 'new' ? m.controls_empty_zero_new(p) : m.controls_empty_zero_cumulative(p);
  const i = { count: total, period: p.period, countries: orList(countries), statuses: orList(statuses) };
  const filter = countries.length ? (statuses.length ? 'both' : 'from') : statuses.length ? 'has' : 'unfiltered';
  const sentences: Record<typeof when, Record<typeof filter, () => string>> = {
    all: {
      from: () => m.controls_empty_all_from(i),
      has: () => m.controls_empty_all_has(i),
      both: () => m.controls_empty_all_both(i),
      unfiltered: () => m.controls_empty_all_unfiltered(i),
    },
    new: {
      from: () => m.controls_empty_new_from(i),
      has: () => m.controls_empty_new_has(i),
      both: () => m.controls_empty_new_both(i),
      unfiltered: () => m.controls_empty_new_unfiltered(i),
    },
    cumulative: {
      from: () => m.controls_empty_cumulative_from(i),
      has: () => m.controls_empty_cumulative_has(i),
      both: () => m.controls_empty_cumulative_both(i),
      unfiltered: () => m.controls_empty_cumulative_unfiltered(i),
    },
  };
  return sentences[when][filter]();
}
/** The empty view's way out: drop the country and status filters. */
export const SHOW_ALL_FILTERS = m.controls_show_all_filters();

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
/** The same between the periods of a reader's own data (issue 18). */
export const ownGapTitle = (years: string) => m.controls_own_gap_title({ years });
/** How the counter's figure is made up for a reader's own data: rows in a period, rows in none. */
export const ownCounterBreakdown = (inPeriods: number, apart: number) =>
  m.controls_own_counter_breakdown({ inPeriods: countText(inPeriods), apart: countText(apart) });
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
export const SEARCH_LABEL = m.controls_search_label();
export const suggestionsLabel = (label: string) => m.controls_suggestions_label({ label });
/** A result found by another spelling of its name. */
export const alsoWritten = (spelling: string) => m.controls_also_written({ spelling });
export const noMatch = (query: string) => m.controls_no_match({ query });

/** Under the counter in "All": how the figure is made ('= 134 in Tables 4–8 + 9 only in Table 9'); the Overview gives the rest of the sum. */
export const counterBreakdown = (t: { periodTables: number; table9Only: number }) =>
  m.controls_counter_breakdown({ periodTables: t.periodTables, table9Only: t.table9Only });
