import { describe, expect, it } from 'vitest';
import { settle, sheetCover, sheetHeights, step, toggled } from './sheet.ts';

const h = sheetHeights(844, 84, 56); // a 390 × 844 phone

describe('the bottom sheet', () => {
  it('has a peek, half and full height that fit the window', () => {
    expect(h).toEqual({ peek: 84, half: 422, full: 788 });
    // A window shorter than the peek: every height is the peek.
    expect(sheetHeights(60, 84, 56)).toEqual({ peek: 84, half: 84, full: 84 });
  });
  it('steps up and down and stays at the ends', () => {
    expect(step('peek', 1)).toBe('half');
    expect(step('half', 1)).toBe('full');
    expect(step('full', 1)).toBe('full');
    expect(step('full', -1)).toBe('half');
    expect(step('peek', -1)).toBe('peek');
  });
  it('a slow release settles at the nearest height', () => {
    expect(settle(200, 0, h)).toBe('peek');
    expect(settle(300, 0, h)).toBe('half');
    expect(settle(650, 0.2, h)).toBe('full');
    expect(settle(560, -0.3, h)).toBe('half');
  });
  it('a flick goes on to the next height in its direction', () => {
    expect(settle(120, 1, h)).toBe('half');
    expect(settle(430, 1, h)).toBe('full');
    expect(settle(700, -1, h)).toBe('half');
    expect(settle(400, -1, h)).toBe('peek');
    expect(settle(800, 2, h)).toBe('full');
    expect(settle(80, -2, h)).toBe('peek');
  });
  it('a tap opens a folded sheet and folds an open one', () => {
    expect(toggled('peek')).toBe('half');
    expect(toggled('half')).toBe('peek');
    expect(toggled('full')).toBe('peek');
  });
  it('hides none of the map folded, and the rest of its height open', () => {
    expect(sheetCover('peek', 844, 84, 56)).toBe(0);
    expect(sheetCover('half', 844, 84, 56)).toBe(338);
    expect(sheetCover('full', 844, 84, 56)).toBe(704);
  });
});
