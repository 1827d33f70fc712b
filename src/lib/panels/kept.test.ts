import { describe, expect, it } from 'vitest';
import { Kept } from './kept.ts';

describe('Kept', () => {
  it('adds each key once, in the order first shown, and returns the same list when nothing is new', () => {
    const kept = new Kept<string, object>();
    const data = {};
    expect(kept.show(data, 'a')).toEqual(['a']);
    const two = kept.show(data, 'b');
    expect(two).toEqual(['a', 'b']);
    expect(kept.show(data, 'a')).toBe(two);
    expect(kept.show(data, 'b')).toBe(two);
  });

  it('starts afresh for other data', () => {
    const kept = new Kept<string, object>();
    const report = {};
    kept.show(report, 'a');
    kept.show(report, 'b');
    expect(kept.show({}, 'c')).toEqual(['c']);
    expect(kept.show(report, 'a')).toEqual(['a']);
  });

  it('adds a key before it is shown, once, and only for the data kept now', () => {
    const kept = new Kept<string, object>();
    const report = {};
    kept.show(report, 'a');
    expect(kept.add(report, 'b')).toBe(true);
    expect(kept.add(report, 'b')).toBe(false);
    expect(kept.add(report, 'a')).toBe(false);
    expect(kept.add({}, 'c')).toBe(false);
    const list = kept.show(report, 'b');
    expect(list).toEqual(['a', 'b']);
    expect(kept.show(report, 'a')).toBe(list);
  });
});
