/**
 * Keeps the view state and the address bar in step. Selection changes push a
 * history entry (so back/forward walk through selections); everything else
 * replaces the current one, at most every `throttleMs` (playback writes a few
 * times per second, not every frame). The camera lives in the hash (MapLibre).
 */
import { parseViewState, REPORT_VOCAB, serializeViewState, type ParseResult, type ViewState, type Vocab } from './url.ts';

export interface HistoryLike {
  pushState(data: unknown, unused: string, url?: string): void;
  replaceState(data: unknown, unused: string, url?: string): void;
}
export interface LocationLike {
  pathname: string;
  search: string;
  hash: string;
}

/** Values for extra keys (e.g. the presenter's `present` and `step`); null removes the key, absent keeps it. */
export type Extras = Readonly<Record<string, string | null>>;

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
    /** The data's periods and countries (url.ts Vocab). */
    private readonly vocab: Vocab = REPORT_VOCAB,
  ) {}

  /** The address holds `state` (read once at start, with the render flags): later writes compare with it. */
  adopt(state: ViewState) {
    this.lastSelect = state.select;
    this.lastQuery = serializeViewState(state);
  }

  /** Re-reads the view from the address (back/forward). */
  read(): ParseResult {
    const result = parseViewState(this.location.search, this.isPlace, this.extraKeys, this.vocab);
    this.adopt(result.state);
    return result;
  }

  /** Calls `onview` with the address's view on every back/forward; returns the function that stops (and drops a pending write). */
  listen(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, onview: (state: ViewState) => void): () => void {
    const onpop = () => onview(this.read().state);
    target.addEventListener('popstate', onpop);
    return () => {
      target.removeEventListener('popstate', onpop);
      this.dispose();
    };
  }

  /** The extra keys as the address has them, with `extras` applied. */
  private extraQuery(extras: Extras): string {
    for (const k of Object.keys(extras)) if (!this.extraKeys.includes(k)) throw new Error(`UrlSync: "${k}" is not an extra key`);
    const keep = new URLSearchParams();
    for (const [k, v] of new URLSearchParams(this.location.search)) if (this.extraKeys.includes(k) && !(k in extras)) keep.append(k, v);
    for (const [k, v] of Object.entries(extras)) if (v !== null) keep.append(k, v);
    return bare(keep.toString());
  }

  private url(query: string, extras: Extras) {
    const q = [this.extraQuery(extras), query].filter(Boolean).join('&');
    return `${this.location.pathname}${q ? `?${q}` : ''}${this.location.hash}`;
  }

  /**
   * Writes a new state, and optionally sets or removes extra keys (the
   * presenter's `present` and `step`), keeping the others. Pushes when the
   * selection changed or `push` asks (a presentation the reader starts: Back
   * leaves it); replaces at once when extra keys changed; otherwise
   * replaces at most every `throttleMs`.
   */
  write(state: ViewState, extras: Extras = {}, push = false) {
    const query = serializeViewState(state);
    const now = new URLSearchParams(this.location.search);
    const extrasChange = Object.entries(extras).some(([k, v]) => now.get(k) !== v);
    if (push || state.select !== this.lastSelect) {
      this.flushNow(null);
      this.history.pushState(null, '', this.url(query, extras));
      this.adopt(state);
      return;
    }
    if (extrasChange) {
      this.flushNow(null);
      this.history.replaceState(null, '', this.url(query, extras));
      this.lastQuery = query;
      return;
    }
    if (query === this.lastQuery && !this.pending) return;
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
    this.history.replaceState(null, '', this.url(query, {}));
    this.lastQuery = query;
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}

/** Flags without a value stay bare ("embed", not "embed="); list commas stay readable. */
function bare(query: string): string {
  return query.replace(/=(?=&|$)/g, '').replace(/%2C/g, ',');
}
