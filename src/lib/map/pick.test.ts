import { describe, expect, it } from 'vitest';
import { choosePick, placeCard, TOUCH_RADIUS, MOUSE_RADIUS } from './pick.ts';

const at = { x: 100, y: 100, arc: false, region: null, radius: TOUCH_RADIUS };

describe('choosePick', () => {
  it('takes the nearest marker within reach of a finger, not the first listed', () => {
    const markers = [
      { id: 'far', x: 118, y: 100 },
      { id: 'near', x: 95, y: 104 },
    ];
    expect(choosePick({ ...at, markers })).toEqual({ kind: 'place', id: 'near' });
  });

  it('gives a 44 × 44 px target: a marker 15 px off the tap is picked, one beyond 22 px is not', () => {
    expect(choosePick({ ...at, markers: [{ id: 'dot', x: 110, y: 111 }] })).toEqual({ kind: 'place', id: 'dot' });
    expect(choosePick({ ...at, markers: [{ id: 'dot', x: 120, y: 110 }], region: 'CN-JS' })).toEqual({ kind: 'region', id: 'CN-JS' });
  });

  it('a mouse reaches only about a marker: beside it, the unit under the pointer', () => {
    const markers = [{ id: 'dot', x: 110, y: 100 }];
    expect(choosePick({ ...at, markers, region: 'CN-SD', radius: MOUSE_RADIUS })).toEqual({ kind: 'region', id: 'CN-SD' });
    expect(choosePick({ ...at, markers, region: 'CN-SD', radius: 12 })).toEqual({ kind: 'place', id: 'dot' });
  });

  it('picks a cluster with its screen position, a place before a cluster at the same distance', () => {
    expect(choosePick({ ...at, markers: [{ cluster: 7, x: 104, y: 100 }] })).toEqual({ kind: 'cluster', cluster: 7, x: 104, y: 100 });
    const tie = [
      { cluster: 7, x: 105, y: 100 },
      { id: 'city', x: 95, y: 100 },
    ];
    expect(choosePick({ ...at, markers: tie })).toEqual({ kind: 'place', id: 'city' });
    expect(choosePick({ ...at, markers: [...tie].reverse() })).toEqual({ kind: 'place', id: 'city' });
  });

  it('a marker beats an arc, an arc beats the region under it, and an empty spot is none', () => {
    expect(choosePick({ ...at, markers: [{ id: 'dot', x: 100, y: 90 }], arc: true, region: 'CN-SD' })).toEqual({ kind: 'place', id: 'dot' });
    expect(choosePick({ ...at, markers: [], arc: true, region: 'CN-SD' })).toEqual({ kind: 'arc' });
    expect(choosePick({ ...at, markers: [], region: 'CN-SD' })).toEqual({ kind: 'region', id: 'CN-SD' });
    expect(choosePick({ ...at, markers: [{ x: 100, y: 100 }] })).toEqual({ kind: 'none' });
  });
});

describe('placeCard', () => {
  it('sits below right of the point when there is room', () => {
    expect(placeCard(100, 100, 200, 40, 800, 600)).toEqual({ left: 112, top: 112 });
  });

  it('flips left at the right edge and up at the bottom edge, staying inside the box', () => {
    const { left, top } = placeCard(780, 590, 200, 40, 800, 600);
    expect(left).toBe(780 - 12 - 200);
    expect(top).toBe(590 - 12 - 40);
    expect(left + 200).toBeLessThanOrEqual(800);
  });

  it('never leaves the box, even when the card is nearly as wide as the box', () => {
    const { left, top } = placeCard(150, 10, 290, 40, 300, 600);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + 290).toBeLessThanOrEqual(300);
    expect(top).toBe(22);
    // Wider than the box: pinned at its left edge.
    expect(placeCard(150, 10, 400, 40, 300, 600).left).toBe(0);
  });
});
