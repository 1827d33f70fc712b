/**
 * The address, read once: render flags (how the page is drawn), the view (what
 * it shows) and every notice about what was ignored, from one `location.search`.
 * The page needs the flags before the data has loaded, so reading comes in two
 * steps: `parseQuery` at once (flags, view, notices), then `settleQuery` when the
 * bundle is there (is `select` a place? is `step` inside the story?).
 * Back/forward re-read the view only (UrlSync.read).
 */
import { ignoredLang, ignoredStepBeyond } from '../words/notices.ts';
import { fromParam } from '../i18n/locale.ts';
import { FLAG_KEYS, parseRenderFlags, type RenderFlags } from './render.ts';
import { capNotices, checkSelect, readViewState, shown, type ViewRead, type ViewState, type Vocab } from './url.ts';

/** The interface's language (`?lang=`): read as the page starts (i18n/active.ts), kept in the address as it is. */
export const LANG_KEY = 'lang';
/** A reader's own data hosted beside the atlas (`?data=<relative path>`, issue 18: own/start.ts). */
export const DATA_KEY = 'data';
/** Keys of the address that are not the view's: the render flags, the language and a hosted data file. */
export const OWN_KEYS = [...FLAG_KEYS, LANG_KEY, DATA_KEY] as const;

export interface Query {
  flags: RenderFlags;
  /** Notices about the render flags. */
  flagNotices: string[];
  /** The view keys as read; its `select` waits for `settleQuery`. */
  view: ViewRead;
  /** The query itself, read again by `settleQuery` when the data's periods or countries are not the report's. */
  search: string;
}

export function parseQuery(search: string): Query {
  const { flags, notices } = parseRenderFlags(search);
  const lang = new URLSearchParams(search).get(LANG_KEY);
  if (lang !== null && !fromParam(lang)) notices.push(ignoredLang(shown(lang)));
  return { flags, flagNotices: notices, view: readViewState(search, OWN_KEYS), search };
}

export interface SettledQuery {
  flags: RenderFlags;
  view: ViewState;
  /** Every notice, view first, then flags (at most a few, then a count), then the presenter's step. */
  notices: string[];
}

/**
 * The query checked against the data: places (for `select`), the story's length (for `step`) and, for a reader's
 * own data, its periods and countries (`vocab`).
 */
export function settleQuery(q: Query, data: { isPlace: (id: string) => boolean; steps: number; vocab?: Vocab }): SettledQuery {
  const view = checkSelect(data.vocab ? readViewState(q.search, OWN_KEYS, data.vocab) : q.view, data.isPlace);
  const notices = capNotices([...view.notices, ...q.flagNotices]);
  const { step, present } = q.flags;
  if (present && step !== null && step > data.steps) notices.push(ignoredStepBeyond(step, data.steps));
  return { flags: q.flags, view: view.state, notices };
}
