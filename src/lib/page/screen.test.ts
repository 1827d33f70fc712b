import { describe, expect, it } from 'vitest';
import { layoutFor, legendFolded, NARROW_BELOW, SHEET_BELOW, SHORT_BELOW } from './screen.ts';

describe('layout for a screen width', () => {
  it('phones get the compact toolbar and the bottom sheet', () => {
    for (const w of [320, 360, 390, 599]) expect(layoutFor(w)).toEqual({ narrow: true, sheet: true, short: false });
  });
  it('tablets in portrait keep the full toolbar and get the bottom sheet', () => {
    for (const w of [600, 768, 820, 899]) expect(layoutFor(w)).toEqual({ narrow: false, sheet: true, short: false });
  });
  it('wide screens get the side panel back', () => {
    for (const w of [900, 1280, 1920, 3840]) expect(layoutFor(w)).toEqual({ narrow: false, sheet: false, short: false });
  });
  it('a short window (a phone held sideways) gets the compact toolbar, and the panel beside the map from NARROW_BELOW wide', () => {
    for (const [w, h] of [[844, 390], [720, 480], [667, 375], [899, SHORT_BELOW - 1]]) expect(layoutFor(w, h)).toEqual({ narrow: true, sheet: false, short: true });
    for (const [w, h] of [[1280, 480], [1920, 400]]) expect(layoutFor(w, h)).toEqual({ narrow: true, sheet: false, short: true });
    expect(layoutFor(568, 320)).toEqual({ narrow: true, sheet: true, short: true });
    // Tall enough: as by width alone.
    for (const [w, h] of [[768, SHORT_BELOW], [390, 844], [1280, 800]]) expect(layoutFor(w, h)).toEqual(layoutFor(w));
  });
  it('the breakpoints are ordered', () => expect(NARROW_BELOW).toBeLessThan(SHEET_BELOW));
});

describe('the legend folds when it would cover more than a quarter of the map', () => {
  it('before it is measured: folds on a small map, opens on a desktop one', () => {
    expect(legendFolded({ width: 390, height: 500 })).toBe(true);
    expect(legendFolded({ width: 700, height: 400 })).toBe(true);
    expect(legendFolded({ width: 794, height: 616 })).toBe(false);
    expect(legendFolded({ width: 3000, height: 1900 })).toBe(false);
    expect(legendFolded({ width: 0, height: 0 })).toBe(true);
  });
  it('once measured open: by the share of the map it covers', () => {
    const legend = { width: 430, height: 235 };
    expect(legendFolded({ width: 794, height: 616 }, legend)).toBe(false); // 21 %
    expect(legendFolded({ width: 700, height: 434 }, legend)).toBe(true); // 33 %
    expect(legendFolded({ width: 1000, height: 405 }, legend)).toBe(false); // 24.95 %
    expect(legendFolded({ width: 1000, height: 404 }, legend)).toBe(true); // 25.01 %
  });
});
