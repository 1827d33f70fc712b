/**
 * The view state that lives in the URL, parsed and written by pure functions.
 * Unknown keys and malformed values are dropped with a plain-text notice;
 * nothing from the URL is ever trusted beyond the closed sets below.
 *
 *   ?period=2014-2017&mode=cumulative&select=PL71&country=DE,FR&status=active&confidence=high&layer=programme&lines=arcs
 *
 * The camera is not here: MapLibre keeps it in the hash (#map=zoom/lat/lon).
 */
import { CONFIDENCES, EU_COUNTRIES, MODES, PERIOD_IDS, STATUSES, type Confidence, type EuCountry, type PeriodId, type PeriodMode, type Status } from '../data/types.ts';
import { LINES_CHOICES, type LinesChoice } from '../arcs/flows.ts';
import { ignoredItem, ignoredMode, ignoredPeriod, ignoredRepeat, ignoredSelect, ignoredTooLong, ignoredUnknown, moreIgnored } from '../words/notices.ts';

export const LAYERS = ['programme'] as const;
export type Layer = (typeof LAYERS)[number];

export interface ViewState {
  period: PeriodId | 'all';
  mode: PeriodMode;
  /** Selected place id, or null. */
  select: string | null;
  /** EU countries shown (empty: all). */
  countries: EuCountry[];
  /** Statuses shown (empty: all). */
  statuses: Status[];
  /** Reading confidences shown (empty or absent: all): `confidence=high` keeps what the report states outright. */
  confidences?: Confidence[];
  /** Optional layers switched on. */
  layers: Layer[];
  /** Flows or single arcs, as the reader chose (absent: the view's default, arcs/flows.ts defaultLines). */
  lines?: LinesChoice;
}

export const DEFAULT_STATE: ViewState = {
  period: 'all',
  mode: 'new',
  select: null,
  countries: [],
  statuses: [],
  layers: [],
};

/** Keys this module owns; anything else in the query is reported (other modules may claim their own). */
export const STATE_KEYS = ['period', 'mode', 'select', 'country', 'status', 'confidence', 'layer', 'lines'] as const;

const MAX_VALUE = 200;

/** Cuts a hostile value down for display in a notice (plain text, never HTML). */
export function shown(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

function listOf<T extends string>(raw: string, allowed: readonly T[], key: string, notices: string[]): T[] {
  const out: T[] = [];
  for (const item of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const v = (key === 'country' ? item.toUpperCase() : item.toLowerCase()) as T;
    if (!allowed.includes(v)) notices.push(ignoredItem(key, shown(item), allowed));
    else if (!out.includes(v)) out.push(v);
  }
  // Keep the canonical order so equal states serialise equally.
  return allowed.filter((a) => out.includes(a));
}

export interface ParseResult {
  state: ViewState;
  /** Plain-text notices about what was ignored. */
  notices: string[];
}

/**
 * A query read without the data: `state.select` is still null, and `select`
 * holds the id asked for and where its notice belongs should it name no place
 * (the places arrive with the bundle; see `checkSelect`).
 */
export interface ViewRead extends ParseResult {
  select: { id: string; at: number } | null;
}

/** The periods and European countries a query may name: the report's, or those of a reader's own data (issue 18). */
export interface Vocab {
  periods: readonly PeriodId[];
  countries: readonly EuCountry[];
}
export const REPORT_VOCAB: Vocab = { periods: PERIOD_IDS, countries: EU_COUNTRIES };

/**
 * Reads the view keys of a query; `extraKeys` are keys other modules own (ignored here without notice);
 * `vocab`, the periods and countries of the data (the report's until the data is known).
 */
export function readViewState(search: string, extraKeys: readonly string[] = [], vocab: Vocab = REPORT_VOCAB): ViewRead {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...DEFAULT_STATE, countries: [], statuses: [], layers: [] };
  const notices: string[] = [];
  let select: ViewRead['select'] = null;
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (seen.has(key) && (STATE_KEYS as readonly string[]).includes(key)) {
      notices.push(ignoredRepeat(shown(key)));
      continue;
    }
    seen.add(key);
    if (raw.length > MAX_VALUE) {
      notices.push(ignoredTooLong(shown(key)));
      continue;
    }
    switch (key) {
      case 'period':
        if (raw === 'all' || vocab.periods.includes(raw)) state.period = raw as ViewState['period'];
        else notices.push(ignoredPeriod(shown(raw), vocab.periods));
        break;
      case 'mode':
        if ((MODES as readonly string[]).includes(raw)) state.mode = raw as PeriodMode;
        else notices.push(ignoredMode(shown(raw)));
        break;
      case 'select':
        if (raw !== '') select = { id: raw, at: notices.length };
        else notices.push(ignoredSelect(''));
        break;
      case 'country':
        state.countries = listOf(raw, vocab.countries, 'country', notices);
        break;
      case 'status':
        state.statuses = listOf(raw, STATUSES, 'status', notices);
        break;
      case 'confidence': {
        const list = listOf(raw, CONFIDENCES, 'confidence', notices);
        if (list.length) state.confidences = list;
        break;
      }
      case 'layer':
        state.layers = listOf(raw, LAYERS, 'layer', notices);
        break;
      case 'lines':
        if ((LINES_CHOICES as readonly string[]).includes(raw)) state.lines = raw as LinesChoice;
        else notices.push(ignoredItem('lines', shown(raw), LINES_CHOICES));
        break;
      default:
        if (!extraKeys.includes(key)) notices.push(ignoredUnknown(shown(key)));
    }
  }
  return { state, notices, select };
}

/** Checks the `select` of a read query against the places: kept if it names one, else dropped with its notice in place. */
export function checkSelect(read: ViewRead, isPlace: (id: string) => boolean): ParseResult {
  const { state, notices, select } = read;
  if (!select) return { state, notices };
  if (isPlace(select.id)) return { state: { ...state, select: select.id }, notices };
  return { state, notices: [...notices.slice(0, select.at), ignoredSelect(shown(select.id)), ...notices.slice(select.at)] };
}

/**
 * Parses a query string. `isPlace` says whether a `select` value names a known
 * place. `extraKeys` are keys other modules own (ignored here without notice).
 */
export function parseViewState(search: string, isPlace: (id: string) => boolean, extraKeys: readonly string[] = [], vocab: Vocab = REPORT_VOCAB): ParseResult {
  return checkSelect(readViewState(search, extraKeys, vocab), isPlace);
}

/** Writes the state as a query string (without '?'), leaving defaults out. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.period !== DEFAULT_STATE.period) params.set('period', state.period);
  if (state.mode !== DEFAULT_STATE.mode) params.set('mode', state.mode);
  if (state.select) params.set('select', state.select);
  if (state.countries.length) params.set('country', state.countries.join(','));
  if (state.statuses.length) params.set('status', state.statuses.join(','));
  if (state.confidences?.length) params.set('confidence', state.confidences.join(','));
  if (state.layers.length) params.set('layer', state.layers.join(','));
  if (state.lines) params.set('lines', state.lines);
  return params.toString().replace(/%2C/g, ',');
}

/** At most `max` notices, then one line that counts the rest (a URL with hundreds of junk keys stays readable). */
export function capNotices(list: readonly string[], max = 5): string[] {
  if (list.length <= max) return [...list];
  return [...list.slice(0, max), moreIgnored(list.length - max)];
}
