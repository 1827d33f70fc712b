/**
 * Keeps the view state and the address bar in step. Selection changes push a
 * history entry (so back/forward walk through selections); everything else
 * replaces the current one, at most every `throttleMs` (playback writes a few
 * times per second, not every frame). The camera lives in the hash (MapLibre).
 */
import { parseViewState, serializeViewState, type ParseResult, type ViewState } from './url.ts';

export interface HistoryLike {
  pushState(data: unknown, unused: string, url?: string): void;
  replaceState(data: unknown, unused: string, url?: string): void;
}
export interface LocationLike {
  pathname: string;
  search: string;
  hash: string;
}

export class UrlSync {
  private lastSelect: string | null = null;
  private lastQuery = '';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: ViewState | null = null;

  constructor(
    private readonly history: HistoryLike,
    private readonly location: LocationLike,
    private readonly isPlace: (id: string) => boolean,
    private readonly extraKeys: readonly string[] = [],
    private readonly throttleMs = 250,
  ) {}

  /** Reads the current address (on start and on popstate). */
  read(): ParseResult {
    const result = parseViewState(this.location.search, this.isPlace, this.extraKeys);
    this.lastSelect = result.state.select;
    this.lastQuery = serializeViewState(result.state);
    return result;
  }

  private url(query: string) {
    const extra = new URLSearchParams(this.location.search);
    const keep = new URLSearchParams();
    for (const [k, v] of extra) if (this.extraKeys.includes(k)) keep.append(k, v);
    const q = [bare(keep.toString()), query].filter(Boolean).join('&');
    return `${this.location.pathname}${q ? `?${q}` : ''}${this.location.hash}`;
  }

  /**
   * Sets (or, with null, removes) one of the extra keys, e.g. the presenter's
   * `step`, keeping everything else; replaces the history entry.
   */
  setExtra(key: string, value: string | null) {
    if (!this.extraKeys.includes(key)) throw new Error(`UrlSync: "${key}" is not an extra key`);
    const params = new URLSearchParams(this.location.search);
    if (value === null) params.delete(key);
    else params.set(key, value);
    const q = bare(params.toString());
    this.history.replaceState(null, '', `${this.location.pathname}${q ? `?${q}` : ''}${this.location.hash}`);
  }

  /** Writes a new state: pushes when the selection changed, else replaces (throttled). */
  write(state: ViewState) {
    const query = serializeViewState(state);
    if (query === this.lastQuery && !this.pending) return;
    if (state.select !== this.lastSelect) {
      this.flushNow(null);
      this.history.pushState(null, '', this.url(query));
      this.lastSelect = state.select;
      this.lastQuery = query;
      return;
    }
    this.pending = state;
    if (!this.timer) this.timer = setTimeout(() => this.flushNow(this.pending), this.throttleMs);
  }

  private flushNow(state: ViewState | null) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    if (!state) return;
    const query = serializeViewState(state);
    if (query === this.lastQuery) return;
    this.history.replaceState(null, '', this.url(query));
    this.lastQuery = query;
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
  }
}

/** Flags without a value stay bare ("embed", not "embed="); list commas stay readable. */
function bare(query: string): string {
  return query.replace(/=(?=&|$)/g, '').replace(/%2C/g, ',');
}
