/**
 * Whether the page should look for a reader's own data at all (issue 18), answered at once and without loading
 * anything: a list in the fragment (`#own=`), a hosted file (`?data=`), or a note in localStorage that this browser
 * keeps one in IndexedDB (own/store.ts writes it beside the list and removes it with it). Without any of them, the
 * page opens on the report's data without opening IndexedDB or loading the own-data code.
 */
/** The fragment's key of a list in a link (own/share.ts). */
export const SHARE_KEY = 'own';
/** The localStorage key of the note that a list is kept. */
export const KEPT_NOTE = 'atlas-own-data-kept';

export function ownKept(storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): boolean {
  try {
    return storage?.getItem(KEPT_NOTE) === '1';
  } catch {
    return false;
  }
}

/** Whether an address (its query and fragment) or this browser holds a reader's own data. */
export function ownWanted(search: string, hash: string, dataKey: string, storage?: Pick<Storage, 'getItem'> | null): boolean {
  return new RegExp(`(^#|&)${SHARE_KEY}=`).test(hash) || new URLSearchParams(search).has(dataKey) || ownKept(storage);
}
