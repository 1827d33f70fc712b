import { describe, expect, it } from 'vitest';
import { nearestLine } from './hit.ts';

// Two horizontal lines, 100 px long, 10 px apart.
const lines = [
  { id: 'top', xy: new Float64Array([0, 0, 50, 0, 100, 0]) },
  { id: 'low', xy: new Float64Array([0, 10, 50, 10, 100, 10]) },
];

describe('nearestLine', () => {
  it('finds the nearest line within the tolerance, or none', () => {
    expect(nearestLine(lines, 50, 3)?.id).toBe('top');
    expect(nearestLine(lines, 50, 7)?.id).toBe('low');
    expect(nearestLine(lines, 50, 4.5)).toBeNull();
    expect(nearestLine(lines, 50, 30)).toBeNull();
    expect(nearestLine(lines, 50, 20, null, 12)?.id).toBe('low');
  });
  it('ignores the ends, where arcs meet', () => {
    expect(nearestLine(lines, 5, 1)).toBeNull();
    expect(nearestLine(lines, 98, 0)).toBeNull();
    expect(nearestLine(lines, 5, 1, null, 4, 0)?.id).toBe('top');
  });
  it('looks in the drawing’s own coordinates while it is moved, the tolerance scaled with it', () => {
    const moved = { sx: 2, sy: 2, tx: 30, ty: 40 };
    // (50, 10) in the drawing is at (130, 60) on the map.
    expect(nearestLine(lines, 130, 60, moved)?.id).toBe('low');
    expect(nearestLine(lines, 130, 40 + 3, moved)?.id).toBe('top');
    expect(nearestLine(lines, 50, 10, moved)).toBeNull();
    // The 4 px tolerance on the map: 3 px away is found, 7 px is not (3.5 px in the drawing, whose tolerance is 2 px).
    expect(nearestLine(lines, 130, 40 - 3, moved)?.id).toBe('top');
    expect(nearestLine(lines, 130, 40 - 7, moved)).toBeNull();
  });
  it('counts a wide stroke’s reach: a point on a wide flow’s edge hits it, and it wins over a thin line at the same distance from their middles', () => {
    const wide = (item: { id: string }) => (item.id === 'low' ? 3 : 0);
    // 6.5 px from 'low' (over the 4 px tolerance), but within its 3 px half-width plus the tolerance.
    expect(nearestLine(lines, 50, 16.5)).toBeNull();
    expect(nearestLine(lines, 50, 16.5, null, 4, 14, wide)?.id).toBe('low');
    // Halfway between the lines: the wide one is nearer to its edge.
    expect(nearestLine(lines, 50, 5, null, 6, 14, wide)?.id).toBe('low');
    expect(nearestLine(lines, 50, 4.9, null, 6)?.id).toBe('top');
  });
});
