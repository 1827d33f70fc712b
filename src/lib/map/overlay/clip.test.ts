import { describe, expect, it } from 'vitest';
import { clippedPathData, clipSegment } from './clip.ts';
import { pathData } from '../../arcs/geometry.ts';

const box = { x0: 0, y0: 0, x1: 100, y1: 100 };

describe('clipping what the overlay draws to the drawn area', () => {
  it('keeps a polyline inside the box exactly as pathData writes it', () => {
    const xy = new Float64Array([10, 10, 50, 20.04, 90, 90]);
    expect(clippedPathData(xy, box)).toBe(pathData(xy));
  });
  it('cuts a segment at the edges it crosses', () => {
    expect(clipSegment(-50, 50, 150, 50, box)).toEqual([0.25, 0.75]);
    expect(clippedPathData([-50, 50, 150, 50], box)).toBe('M0,50L100,50');
  });
  it('leaves out what lies wholly outside, and starts a new subpath where the line comes back', () => {
    expect(clipSegment(-50, -50, -10, 200, box)).toBeNull();
    // In, out above the box, in again.
    expect(clippedPathData([10, 50, 50, -50, 90, 50], box)).toBe('M10,50L30,0M70,0L90,50');
    expect(clippedPathData([-10, -10, -20, -20], box)).toBe('');
  });
  it('writes a thousand-pixel arc seen through a small window as only its visible stretch', () => {
    const xy: number[] = [];
    for (let x = -5000; x <= 5000; x += 100) xy.push(x, 50 + x / 1000);
    const d = clippedPathData(xy, box);
    expect(d.startsWith('M0,')).toBe(true);
    expect(d.match(/[ML]/g)!.length).toBeLessThan(5);
    expect(pathData(new Float64Array(xy)).length).toBeGreaterThan(20 * d.length);
  });
});
