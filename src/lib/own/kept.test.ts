import { describe, expect, it } from 'vitest';
import { KEPT_NOTE, ownKept, ownWanted } from './kept.ts';

const storage = (v: string | null) => ({ getItem: (k: string) => (k === KEPT_NOTE ? v : null) });

describe('whether the page looks for a reader’s own data', () => {
  it('looks when the fragment carries a list, the address names a hosted file, or this browser noted one kept', () => {
    expect(ownWanted('', '#own=abc', 'data', storage(null))).toBe(true);
    expect(ownWanted('', '#map=3/40/60&own=abc', 'data', storage(null))).toBe(true);
    expect(ownWanted('?data=mine.csv', '', 'data', storage(null))).toBe(true);
    expect(ownWanted('', '', 'data', storage('1'))).toBe(true);
  });

  it('does not otherwise: a plain page opens IndexedDB for nothing, nor loads the own-data code', () => {
    expect(ownWanted('?period=all', '#map=3/40/60', 'data', storage(null))).toBe(false);
    expect(ownWanted('', '#owner=x', 'data', storage(null))).toBe(false);
    expect(ownKept({ getItem: () => { throw new Error('denied'); } })).toBe(false);
    expect(ownKept(null)).toBe(false);
  });
});
