import { describe, expect, it } from 'vitest';
import { choosePick, pickKey, placeCard, TOUCH_RADIUS, MOUSE_RADIUS, type Marker, type PickInput } from './pick.ts';

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

describe('one rule for what the pointer is on (issue 14, item 1)', () => {
  const mouse = { arc: false, region: null, radius: MOUSE_RADIUS };

  it('a mouse reaches a dot by its drawn radius and a few px: a large dot farther than a small one', () => {
    const big = { id: 'cn.chengdu', x: 110, y: 100, r: 7 };
    const small = { id: 'cn.jinan', x: 110, y: 100, r: 2 };
    expect(choosePick({ ...mouse, x: 100, y: 100, markers: [big] })).toEqual({ kind: 'place', id: 'cn.chengdu' });
    expect(choosePick({ ...mouse, x: 100, y: 100, markers: [small], region: 'CN-SD' })).toEqual({ kind: 'region', id: 'CN-SD' });
  });

  it('where dots overlap the nearest wins, whatever the order or size', () => {
    const markers: Marker[] = [
      { id: 'cn.chengdu', x: 100, y: 100, r: 4 },
      { id: 'cn.mianyang', x: 104, y: 97, r: 6 },
    ];
    expect(choosePick({ ...mouse, x: 101, y: 100, markers })).toEqual({ kind: 'place', id: 'cn.chengdu' });
    expect(choosePick({ ...mouse, x: 101, y: 100, markers: [...markers].reverse() })).toEqual({ kind: 'place', id: 'cn.chengdu' });
    expect(choosePick({ ...mouse, x: 104, y: 98, markers })).toEqual({ kind: 'place', id: 'cn.mianyang' });
  });

  it("a region's or province's arc anchor is a mark: on Shandong's anchor, Shandong, not Jinan's dot 5 px off nor the arc through it", () => {
    const markers: Marker[] = [
      { id: 'CN-SD', x: 200, y: 150, r: 0 },
      { id: 'cn.jinan', x: 195, y: 151, r: 3 },
    ];
    expect(choosePick({ ...mouse, x: 200, y: 150, markers, arc: true, region: 'CN-SD' })).toEqual({ kind: 'place', id: 'CN-SD' });
    expect(choosePick({ ...mouse, x: 196, y: 151, markers, arc: true, region: 'CN-SD' })).toEqual({ kind: 'place', id: 'cn.jinan' });
    // Away from both marks, the arc over the province is what the pointer is on; off the arc, the province.
    expect(choosePick({ ...mouse, x: 230, y: 170, markers, arc: true, region: 'CN-SD' })).toEqual({ kind: 'arc' });
    expect(choosePick({ ...mouse, x: 230, y: 170, markers, region: 'CN-SD' })).toEqual({ kind: 'region', id: 'CN-SD' });
  });

  it("a country's anchor ring is a mark too; a place at the same distance comes first, then the anchor, then a cluster", () => {
    expect(choosePick({ ...mouse, x: 50, y: 50, markers: [{ anchor: 'PL', x: 52, y: 50, r: 4.5 }], arc: true })).toEqual({ kind: 'anchor', country: 'PL' });
    const same: Marker[] = [
      { cluster: 3, x: 53, y: 50, r: 9 },
      { anchor: 'PL', x: 47, y: 50, r: 4.5 },
      { id: 'PL71', x: 50, y: 53, r: 0 },
    ];
    expect(choosePick({ ...mouse, x: 50, y: 50, markers: same })).toEqual({ kind: 'place', id: 'PL71' });
    expect(choosePick({ ...mouse, x: 50, y: 50, markers: same.slice(0, 2) })).toEqual({ kind: 'anchor', country: 'PL' });
  });

  it('hover and click act on the same thing: the same input gives the same pick, for a grid of pointer positions', () => {
    // The hover and the click of a mouse call choosePick with the same marks and the same reach (MapView pickAt).
    const markers: Marker[] = [
      { id: 'CN-SC', x: 100, y: 100, r: 0 },
      { id: 'cn.chengdu', x: 106, y: 99, r: 3 },
      { cluster: 1, x: 108, y: 101, r: 9 },
      { anchor: 'PL', x: 140, y: 120, r: 4.5 },
    ];
    const keys = new Set<string>();
    for (let x = 80; x <= 150; x += 2) {
      for (let y = 80; y <= 130; y += 2) {
        const input: PickInput = { ...mouse, x, y, markers, arc: (x + y) % 7 === 0, region: x < 120 ? 'CN-SC' : null };
        const hover = pickKey(choosePick(input));
        const click = pickKey(choosePick({ ...input, markers: [...markers].reverse() }));
        expect(click, `${x},${y}`).toBe(hover);
        keys.add(hover);
      }
    }
    expect([...keys].sort()).toEqual(['anchor:PL', 'arc', 'cluster:1', 'none', 'place:CN-SC', 'place:cn.chengdu', 'region:CN-SC']);
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
