/**
 * A reader's data in a link (issue 18): the rows, as a CSV of the template's columns, compressed into the
 * address's fragment (lz-string), which the browser never sends to a server. A list too large for a link that
 * chat programs and mail keep whole is refused with its size, and the page then explains how to host the CSV
 * and use `?data=` instead.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { GROUPINGS, type Grouping } from './groups.ts';
import type { Decision } from './bundle.ts';

/** The fragment's key: `#own=…` (own/kept.ts, which the page reads before any own-data code loads). */
import { SHARE_KEY } from './kept.ts';
export { SHARE_KEY };
/** The longest fragment a link carries (characters): long links are cut by some mail and chat programs. */
export const MAX_FRAGMENT = 8000;

/** The fragment's key of what the reader chose for the list: its name, the grouping, the fixes and skips. */
export const SETTINGS_KEY = 'ownset';

/** What the reader chose, carried beside the rows so that the link shows the map they made. */
export interface SharedSettings {
  name?: string;
  grouping?: Grouping;
  decisions?: [number, Decision][];
}

export type Shared = { ok: true; fragment: string } | { ok: false; reason: 'too-large'; length: number; limit: number };

/** `#own=…` for a CSV text (and `&ownset=…` for the reader's choices), or why there is none. */
export function shareFragment(csv: string, settings?: SharedSettings): Shared {
  const parts = [`${SHARE_KEY}=${compressToEncodedURIComponent(csv)}`];
  if (settings) parts.push(`${SETTINGS_KEY}=${compressToEncodedURIComponent(JSON.stringify(settings))}`);
  const fragment = parts.join('&');
  return fragment.length <= MAX_FRAGMENT ? { ok: true, fragment } : { ok: false, reason: 'too-large', length: fragment.length, limit: MAX_FRAGMENT };
}

/** The choices a fragment carries, checked: whatever is not what this page writes is left out, never guessed at. */
export function checkSettings(value: unknown): SharedSettings {
  const v = (value ?? {}) as Record<string, unknown>;
  const out: SharedSettings = {};
  if (typeof v.name === 'string' && v.name.length <= 200) out.name = v.name;
  if (GROUPINGS.includes(v.grouping as Grouping)) out.grouping = v.grouping as Grouping;
  const id = (x: unknown) => x === undefined || (typeof x === 'string' && x.length <= 100);
  if (Array.isArray(v.decisions)) {
    out.decisions = v.decisions.filter((d): d is [number, Decision] => {
      if (!Array.isArray(d) || d.length !== 2 || !Number.isInteger(d[0]) || typeof d[1] !== 'object' || d[1] === null) return false;
      const x = d[1] as Record<string, unknown>;
      return Object.keys(x).length > 0 && (x.skip === true ? Object.keys(x).length === 1 : x.skip === undefined && id(x.eu) && id(x.cn));
    });
  }
  return out;
}

/** A fragment's part by its key, as written (URLSearchParams would read lz-string's "+" as a space). */
const part = (hash: string, key: string) => hash.replace(/^#/, '').split('&').find((p) => p.startsWith(`${key}=`))?.slice(key.length + 1) ?? null;

export type Unshared = { ok: true; csv: string; settings: SharedSettings } | { ok: false; reason: 'absent' | 'damaged' };

/** The CSV text a fragment (with or without its `#`) carries; 'damaged' when it does not decompress to text. */
export function readFragment(hash: string): Unshared {
  const raw = part(hash, SHARE_KEY);
  if (raw === null) return { ok: false, reason: 'absent' };
  const unpack = (v: string) => {
    try {
      return decompressFromEncodedURIComponent(v);
    } catch {
      return null;
    }
  };
  const csv = unpack(raw);
  if (!csv) return { ok: false, reason: 'damaged' };
  // The choices are the reader's extras: damaged ones are dropped, the rows still open.
  const set = part(hash, SETTINGS_KEY);
  let settings: SharedSettings = {};
  if (set !== null) {
    try {
      settings = checkSettings(JSON.parse(unpack(set) ?? 'null'));
    } catch {
      settings = {};
    }
  }
  return { ok: true, csv, settings };
}
