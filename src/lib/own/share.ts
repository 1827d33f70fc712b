/**
 * A reader's data in a link (issue 18): the rows, as a CSV of the template's columns, compressed into the
 * address's fragment (lz-string), which the browser never sends to a server. A list too large for a link that
 * chat programs and mail keep whole is refused with its size, and the page then explains how to host the CSV
 * and use `?data=` instead.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/** The fragment's key: `#own=…` (own/kept.ts, which the page reads before any own-data code loads). */
import { SHARE_KEY } from './kept.ts';
export { SHARE_KEY };
/** The longest fragment a link carries (characters): long links are cut by some mail and chat programs. */
export const MAX_FRAGMENT = 8000;

export type Shared = { ok: true; fragment: string } | { ok: false; reason: 'too-large'; length: number; limit: number };

/** `#own=…` for a CSV text, or why there is none. */
export function shareFragment(csv: string): Shared {
  const fragment = `${SHARE_KEY}=${compressToEncodedURIComponent(csv)}`;
  return fragment.length <= MAX_FRAGMENT ? { ok: true, fragment } : { ok: false, reason: 'too-large', length: fragment.length, limit: MAX_FRAGMENT };
}

export type Unshared = { ok: true; csv: string } | { ok: false; reason: 'absent' | 'damaged' };

/** The CSV text a fragment (with or without its `#`) carries; 'damaged' when it does not decompress to text. */
export function readFragment(hash: string): Unshared {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(SHARE_KEY);
  if (value === null) return { ok: false, reason: 'absent' };
  // URLSearchParams reads "+" as a space; lz-string's URI alphabet uses "+".
  const raw = hash.replace(/^#/, '').split('&').find((p) => p.startsWith(`${SHARE_KEY}=`))!.slice(SHARE_KEY.length + 1);
  let csv: string | null = null;
  try {
    csv = decompressFromEncodedURIComponent(raw);
  } catch {
    csv = null;
  }
  return csv ? { ok: true, csv } : { ok: false, reason: 'damaged' };
}
