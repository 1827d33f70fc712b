import { describe, expect, it } from 'vitest';
import { boundsOf, otherEnds, selectMove } from './select-camera.ts';

const desk = { width: 800, height: 600, cover: 0 };

describe('the camera on a selection (issue 14, item 8)', () => {
  it('keeps still when the place and the other ends of its arcs are in view', () => {
    expect(selectMove({ ...desk, place: { x: 400, y: 300 }, ends: [{ x: 100, y: 100 }], fromMap: false })).toBe('stay');
  });

  it('fits the place and its ends when one of them is off the map, or centres a place with no arc', () => {
    expect(selectMove({ ...desk, place: { x: 400, y: 300 }, ends: [{ x: 900, y: 100 }], fromMap: false })).toBe('fit');
    expect(selectMove({ ...desk, place: { x: -50, y: 300 }, ends: [{ x: 100, y: 100 }], fromMap: false })).toBe('fit');
    expect(selectMove({ ...desk, place: { x: -50, y: 300 }, ends: [], fromMap: false })).toBe('center');
  });

  it('a place picked on the map moves nothing unless the open sheet then hides it', () => {
    expect(selectMove({ ...desk, place: { x: 400, y: 300 }, ends: [{ x: 2000, y: 100 }], fromMap: true })).toBe('stay');
    expect(selectMove({ ...desk, cover: 400, place: { x: 400, y: 300 }, ends: [], fromMap: true })).toBe('center');
  });

  it('counts what the sheet hides as not seen', () => {
    expect(selectMove({ ...desk, cover: 300, place: { x: 400, y: 200 }, ends: [{ x: 400, y: 450 }], fromMap: false })).toBe('fit');
  });
});

describe('the ends of a selected place', () => {
  const arc = (euEnd: string, cnEnd: string, cnProvince: string, from: [number, number], to: [number, number]) => ({ euEnd, cnEnd, from, to, partnership: { cnProvince } });
  const arcs = [arc('PL71', 'cn.chengdu', 'CN-SC', [19, 51], [104, 30]), arc('DE', 'CN-SC', 'CN-SC', [10, 51], [103, 30]), arc('FRK', 'cn.jinan', 'CN-SD', [3, 45], [117, 36])];
  it("are the Chinese ends of a European place, the European ends of a Chinese one (a province's cities included)", () => {
    expect(otherEnds(arcs, 'PL71')).toEqual([[104, 30]]);
    expect(otherEnds(arcs, 'CN-SC')).toEqual([
      [19, 51],
      [10, 51],
    ]);
    expect(otherEnds(arcs, 'pl.lodz')).toEqual([]);
  });
  it('bound a box', () => {
    expect(boundsOf([[19, 51], [104, 30], [10, 45]])).toEqual([
      [10, 30],
      [104, 51],
    ]);
  });
});
