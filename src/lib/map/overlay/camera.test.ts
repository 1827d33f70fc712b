import { describe, expect, it } from 'vitest';
import type { Affine } from '../../arcs/screen.ts';
import { atRest, Bounds, MARGIN, onFrame, reuse, transformOf, viewBoxOf, type Drawing } from './camera.ts';

const base: Affine = { kx: 1000, ky: 1000, tx: -200, ty: -100 };
const drawing = (over: Partial<Drawing> = {}): Drawing => ({ base, complete: false, width: 800, height: 600, ...over });
const panned = (dx: number, dy: number): Affine => ({ ...base, tx: base.tx + dx, ty: base.ty + dy });
const zoomed = (k: number): Affine => ({ kx: base.kx * k, ky: base.ky * k, tx: base.tx * k, ty: base.ty * k });

describe('reuse', () => {
  it('moves the drawing by the relative transform while it covers the map', () => {
    const r = reuse(drawing(), panned(50.4, -20))!;
    expect([r.sx, r.sy]).toEqual([1, 1]);
    expect(r.tx).toBeCloseTo(50.4, 9);
    expect(r.ty).toBeCloseTo(-20, 9);
    expect(reuse(drawing(), zoomed(1.2))?.sx).toBeCloseTo(1.2);
  });
  it('draws afresh when nothing was drawn, when the pan uncovers undrawn area, or the scale changes much', () => {
    expect(reuse(drawing({ base: null }), panned(1, 0))).toBeNull();
    expect(reuse(drawing(), panned(MARGIN + 1, 0))).toBeNull();
    expect(reuse(drawing(), panned(0, -(MARGIN + 1)))).toBeNull();
    expect(reuse(drawing(), zoomed(1.6))).toBeNull();
    expect(reuse(drawing(), zoomed(0.6))).toBeNull();
  });
  it('moves a complete drawing however far it is panned', () => {
    expect(reuse(drawing({ complete: true }), panned(5000, 0))).toEqual({ sx: 1, sy: 1, tx: 5000, ty: 0 });
  });
});

describe('onFrame', () => {
  it('draws when there is no drawing or no affine camera; goes home when the camera is the drawing’s', () => {
    expect(onFrame(drawing({ base: null }), base, false)).toEqual({ kind: 'draw' });
    expect(onFrame(drawing(), null, true)).toEqual({ kind: 'draw' });
    expect(onFrame(drawing(), { ...base }, true)).toEqual({ kind: 'home' });
  });
  it('while moving, moves the drawing and asks to settle later; draws when it cannot', () => {
    const step = onFrame(drawing(), panned(10.3, 4), true);
    expect(step).toMatchObject({ kind: 'move', moved: { sx: 1, sy: 1 }, settle: true });
    if (step.kind === 'move') expect(step.moved.tx).toBeCloseTo(10.3, 9);
    expect(onFrame(drawing(), panned(900, 0), true)).toEqual({ kind: 'draw' });
  });
  it('at rest keeps a pure pan on whole pixels and draws a zoom afresh', () => {
    expect(onFrame(drawing(), panned(10.3, 4.6), false)).toEqual({ kind: 'move', moved: { sx: 1, sy: 1, tx: 10, ty: 5 }, settle: false });
    expect(onFrame(drawing(), zoomed(1.1), false)).toEqual({ kind: 'draw' });
    expect(atRest(drawing(), null)).toEqual({ kind: 'draw' });
    expect(atRest(drawing(), panned(MARGIN + 40, 0))).toEqual({ kind: 'draw' });
  });
});

describe('Bounds', () => {
  it('grows by polylines and says whether they lie, padded, inside the map and margin', () => {
    const box = new Bounds();
    expect(box.within(800, 600)).toBe(true);
    box.add(new Float64Array([0, 0, 100, 50]));
    box.add(new Float64Array([-20, 700]));
    expect([box.x0, box.y0, box.x1, box.y1]).toEqual([-20, 0, 100, 700]);
    expect(box.within(800, 600)).toBe(true);
    box.add(new Float64Array([800 + MARGIN - 7, 0]));
    expect(box.within(800, 600)).toBe(false);
    expect(box.within(800, 600, MARGIN, 0)).toBe(true);
  });
});

describe('transformOf and viewBoxOf', () => {
  it('write the CSS transform and the drawn area', () => {
    expect(transformOf(null)).toBe('');
    expect(transformOf({ sx: 1, sy: 1, tx: 3, ty: -4 })).toBe('matrix(1,0,0,1,3,-4)');
    expect(viewBoxOf(800, 600)).toBe(`${-MARGIN} ${-MARGIN} ${800 + 2 * MARGIN} ${600 + 2 * MARGIN}`);
  });
});
