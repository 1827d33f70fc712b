/**
 * The view state that lives in the URL, parsed and written by pure functions.
 * Unknown keys and malformed values are dropped with a plain-text notice;
 * nothing from the URL is ever trusted beyond the closed sets below.
 *
 *   ?period=2014-2017&mode=cumulative&select=PL71&country=DE,FR&status=active&layer=programme
 *
 * The camera is not here: MapLibre keeps it in the hash (#map=zoom/lat/lon).
 */
import { EU_COUNTRIES, PERIOD_IDS, STATUSES, type EuCountry, type PeriodId, type Status } from '../data/types.ts';

export const LAYERS = ['programme'] as const;
export type Layer = (typeof LAYERS)[number];

export interface ViewState {
  period: PeriodId | 'all';
  mode: 'new' | 'cumulative';
  /** Selected place id, or null. */
  select: string | null;
  /** EU countries shown (empty: all). */
  countries: EuCountry[];
  /** Statuses shown (empty: all). */
  statuses: Status[];
  /** Optional layers switched on. */
  layers: Layer[];
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
export const STATE_KEYS = ['period', 'mode', 'select', 'country', 'status', 'layer'] as const;

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
    if (!allowed.includes(v)) notices.push(`Ignored ${key} "${shown(item)}": expected ${allowed.join(', ')}.`);
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
 * Parses a query string. `isPlace` says whether a `select` value names a known
 * place. `extraKeys` are keys other modules own (ignored here without notice).
 */
export function parseViewState(search: string, isPlace: (id: string) => boolean, extraKeys: readonly string[] = []): ParseResult {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...DEFAULT_STATE, countries: [], statuses: [], layers: [] };
  const notices: string[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (seen.has(key) && (STATE_KEYS as readonly string[]).includes(key)) {
      notices.push(`Ignored a repeated "${shown(key)}" parameter.`);
      continue;
    }
    seen.add(key);
    if (raw.length > MAX_VALUE) {
      notices.push(`Ignored "${shown(key)}": the value is too long.`);
      continue;
    }
    switch (key) {
      case 'period':
        if (raw === 'all' || (PERIOD_IDS as readonly string[]).includes(raw)) state.period = raw as ViewState['period'];
        else notices.push(`Ignored period "${shown(raw)}": expected all or one of ${PERIOD_IDS.join(', ')}.`);
        break;
      case 'mode':
        if (raw === 'new' || raw === 'cumulative') state.mode = raw;
        else notices.push(`Ignored mode "${shown(raw)}": expected new or cumulative.`);
        break;
      case 'select':
        if (raw !== '' && isPlace(raw)) state.select = raw;
        else notices.push(`Ignored select "${shown(raw)}": no such place.`);
        break;
      case 'country':
        state.countries = listOf(raw, EU_COUNTRIES, 'country', notices);
        break;
      case 'status':
        state.statuses = listOf(raw, STATUSES, 'status', notices);
        break;
      case 'layer':
        state.layers = listOf(raw, LAYERS, 'layer', notices);
        break;
      default:
        if (!extraKeys.includes(key)) notices.push(`Ignored unknown parameter "${shown(key)}".`);
    }
  }
  return { state, notices };
}

/** Writes the state as a query string (without '?'), leaving defaults out. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.period !== DEFAULT_STATE.period) params.set('period', state.period);
  if (state.mode !== DEFAULT_STATE.mode) params.set('mode', state.mode);
  if (state.select) params.set('select', state.select);
  if (state.countries.length) params.set('country', state.countries.join(','));
  if (state.statuses.length) params.set('status', state.statuses.join(','));
  if (state.layers.length) params.set('layer', state.layers.join(','));
  return params.toString().replace(/%2C/g, ',');
}

/** At most `max` notices, then one line that counts the rest (a URL with hundreds of junk keys stays readable). */
export function capNotices(list: readonly string[], max = 5): string[] {
  if (list.length <= max) return [...list];
  return [...list.slice(0, max), `…and ${list.length - max} more parameters were ignored.`];
}
