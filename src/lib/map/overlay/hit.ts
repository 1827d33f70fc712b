/** Hit-testing the overlay's arcs, without a DOM. */
import { distanceToFlat } from '../../arcs/screen.ts';
import type { Moved } from './camera.ts';

/**
 * The item whose line (`xy`, screen pixels of the drawing) passes within
 * `tolerance` px of the point (x, y) on the map, the nearest, ignoring the
 * `endClear` px at either end where arcs meet; null if none. While the drawing
 * is `moved` whole, the point is taken into the drawing's own coordinates.
 * `reach`: how far an item's stroke reaches beyond its line (half a wide flow's
 * width), added to the tolerance and taken off its distance.
 */
export function nearestLine<T extends { xy: Float64Array }>(
  items: Iterable<T>,
  x: number,
  y: number,
  moved: Moved | null = null,
  tolerance = 4,
  endClear = 14,
  reach?: (item: T) => number,
): T | null {
  const s = moved ? moved.sx : 1;
  const px = moved ? (x - moved.tx) / moved.sx : x;
  const py = moved ? (y - moved.ty) / moved.sy : y;
  let best: T | null = null;
  let bestD = tolerance / s;
  for (const item of items) {
    const r = reach ? reach(item) : 0;
    const dist = distanceToFlat(px, py, item.xy, endClear / s, bestD + r) - r;
    if (dist <= bestD) {
      bestD = dist;
      best = item;
    }
  }
  return best;
}
