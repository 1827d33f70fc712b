import { describe, expect, it } from 'vitest';
import { sheetCamera } from './sheet-camera.ts';

const phoneMap = { width: 390, height: 500 };

describe('the map under an open bottom sheet', () => {
  it('pads the camera by what the sheet hides', () => {
    expect(sheetCamera(phoneMap, 338, null)).toEqual({ padding: { top: 0, right: 0, bottom: 338, left: 0 }, recenter: false });
    expect(sheetCamera(phoneMap, 0, null).padding.bottom).toBe(0);
  });
  it('never pads away the whole map', () => {
    expect(sheetCamera(phoneMap, 704, null).padding.bottom).toBe(452);
  });
  it('brings a chosen place hidden under the sheet into view, and leaves one already seen where it is', () => {
    expect(sheetCamera(phoneMap, 338, { x: 200, y: 300 }).recenter).toBe(true); // under the sheet
    expect(sheetCamera(phoneMap, 338, { x: 200, y: 100 }).recenter).toBe(false); // above it
    expect(sheetCamera(phoneMap, 338, { x: 380, y: 100 }).recenter).toBe(true); // at the very edge
    expect(sheetCamera(phoneMap, 338, { x: -40, y: 100 }).recenter).toBe(true); // off the map
  });
  it('a folded sheet moves nothing', () => {
    expect(sheetCamera(phoneMap, 0, { x: 200, y: 480 }).recenter).toBe(false);
  });
});
