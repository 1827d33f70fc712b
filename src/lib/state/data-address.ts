/**
 * The address when the data shown changes (issue 18: a reader's own list opened, or back to the report's): the view
 * of the other data means nothing here, so only the keys that are not the view's stay (render flags, language, a
 * hosted file while it is shown), and a list carried in the fragment (`own=`, `ownset=`) leaves with it. Pure.
 */
import { DATA_KEY, OWN_KEYS } from './query.ts';

export function addressForData(loc: { pathname: string; search: string; hash: string }, ownShown: boolean): string {
  const params = new URLSearchParams(loc.search);
  for (const key of [...params.keys()]) if (!(OWN_KEYS as readonly string[]).includes(key) || (key === DATA_KEY && !ownShown)) params.delete(key);
  const parts = loc.hash.replace(/^#/, '').split('&').filter((p) => p && (ownShown || !/^own(set)?=/.test(p)));
  const search = params.toString();
  return `${loc.pathname}${search ? `?${search}` : ''}${parts.length ? `#${parts.join('&')}` : ''}`;
}
