/**
 * Whether the page opens on a reader's own data (issue 18), and from where, in this order: a link's fragment
 * (`#own=…`), a file beside the atlas (`?data=<relative path>`, same origin only), or what this browser kept.
 * Loaded beside the report's bundle on every page; the reading itself (own.svelte.ts, the worker) only when
 * there is something to read.
 */
import type { Bundle } from '../data/types.ts';
import type { OwnData } from './own.svelte.ts';
import { STORE_KEY } from './store.ts';
import { get } from 'idb-keyval';
import { readFragment, SHARE_KEY } from './share.ts';

/**
 * The address key of a hosted file: state/query.ts's DATA_KEY (it keeps the key out of the view's notices), written
 * here again so that this chunk does not pull the address's reading into a chunk of its own (a test holds them equal).
 */
export const DATA_KEY = 'data';


/** `?data=` resolved against the page: the URL to read, or why not (another origin, another scheme). */
export function hostedUrl(value: string, page: string): { ok: true; url: string } | { ok: false; url: string } {
  let url: URL;
  try {
    url = new URL(value, page);
  } catch {
    return { ok: false, url: value };
  }
  const here = new URL(page);
  return url.origin === here.origin && (url.protocol === 'http:' || url.protocol === 'https:') ? { ok: true, url: url.href } : { ok: false, url: value };
}

/** Makes the page's reader of own data (a module worker reads the files). */
export async function makeOwn(base: Bundle, locale: string): Promise<OwnData> {
  const [{ OwnData }, { ownWords }] = await Promise.all([import('./own.svelte.ts'), import('../words/own.ts')]);
  return new OwnData({
    base,
    words: ownWords(locale),
    makeWorker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    dataBase: new URL('./', document.baseURI).href,
  });
}

export interface OwnStart {
  own: OwnData | null;
  /** What went wrong on the way (a foreign `?data=`, a damaged link), for the page's notices. */
  notices: string[];
}

export async function startOwn(base: Bundle, locale: string, loc: Pick<Location, 'search' | 'hash' | 'href'>): Promise<OwnStart> {
  const hashHas = new RegExp(`(^#|&)${SHARE_KEY}=`).test(loc.hash);
  const hosted = new URLSearchParams(loc.search).get(DATA_KEY);
  if (hashHas) {
    const shared = readFragment(loc.hash);
    if (!shared.ok) {
      const { OWN_LINK_DAMAGED } = await import('../words/own.ts');
      return { own: null, notices: [OWN_LINK_DAMAGED] };
    }
    const own = await makeOwn(base, locale);
    const { name, grouping, decisions } = shared.settings;
    const restore = grouping || decisions ? { grouping: grouping ?? own.grouping, decisions: new Map(decisions ?? []) } : undefined;
    await own.open(name ?? 'own.csv', new TextEncoder().encode(shared.csv).buffer as ArrayBuffer, 'link', null, restore);
    return { own, notices: [] };
  }
  if (hosted !== null) {
    const w = await import('../words/own.ts');
    const target = hostedUrl(hosted, loc.href);
    if (!target.ok) return { own: null, notices: [w.ownHostedForeign(hosted.slice(0, 200))] };
    let bytes: ArrayBuffer;
    try {
      const res = await fetch(target.url, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      bytes = await res.arrayBuffer();
    } catch (e) {
      return { own: null, notices: [w.ownHostedFailed(hosted.slice(0, 200), (e as Error).message)] };
    }
    const own = await makeOwn(base, locale);
    const name = decodeURIComponent(new URL(target.url).pathname.split('/').pop() || hosted);
    await own.open(name, bytes, 'hosted');
    return { own, notices: [] };
  }
  let saved: unknown = undefined;
  try {
    saved = await get(STORE_KEY);
  } catch {
    saved = undefined;
  }
  if (saved === undefined) return { own: null, notices: [] };
  const own = await makeOwn(base, locale);
  return { own: (await own.restore()) ? own : null, notices: [] };
}
