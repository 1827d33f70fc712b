/**
 * The reader's own data kept in this browser's IndexedDB (issue 18), through idb-keyval: the file's bytes as
 * they were opened, the columns chosen, the grouping and the decisions for rows, so that a reload shows the
 * same map. Nothing is sent anywhere. A browser that refuses storage (a private window, a full disk) only loses
 * the keeping: every function here resolves, never throws.
 */
import { del, get, set } from 'idb-keyval';
import type { Field } from './columns.ts';
import { GROUPINGS, type Grouping } from './groups.ts';
import type { Decision } from './bundle.ts';
import { KEPT_NOTE } from './kept.ts';

/** The note that a list is kept (own/kept.ts), so that other pages need not open IndexedDB to find out. */
function note(kept: boolean) {
  try {
    if (kept) localStorage.setItem(KEPT_NOTE, '1');
    else localStorage.removeItem(KEPT_NOTE);
  } catch {
    // No localStorage: the list is still kept; the page looks for it only when the address asks.
  }
}

export const STORE_KEY = 'atlas-own-data';

export interface SavedOwn {
  version: 1;
  name: string;
  bytes: ArrayBuffer;
  columns: Partial<Record<Field, number>> | null;
  grouping: Grouping;
  decisions: [number, Decision][];
}

/** A saved record as read back, or null when it is not one this version wrote. */
export function checkSaved(value: unknown): SavedOwn | null {
  const v = value as Partial<SavedOwn> | null | undefined;
  if (!v || v.version !== 1 || typeof v.name !== 'string' || !(v.bytes instanceof ArrayBuffer)) return null;
  if (!GROUPINGS.includes(v.grouping as Grouping) || !Array.isArray(v.decisions)) return null;
  return v as SavedOwn;
}

export async function saveOwn(saved: SavedOwn): Promise<boolean> {
  try {
    await set(STORE_KEY, saved);
    note(true);
    return true;
  } catch {
    return false;
  }
}

export async function loadOwn(): Promise<SavedOwn | null> {
  try {
    return checkSaved(await get(STORE_KEY));
  } catch {
    return null;
  }
}

export async function clearOwn(): Promise<void> {
  note(false);
  try {
    await del(STORE_KEY);
  } catch {
    // Nothing kept, nothing to clear.
  }
}
