/** How connected each place is over the whole report: the map's placement priority for labels and markers. */
import type { Partnership } from '../data/types.ts';

/**
 * Partnerships per place id, all periods together (a Chinese city counts for its province too), so
 * the priority never changes with the view and the map's sources are never re-tiled for it.
 */
export function placeWeights(partnerships: readonly Pick<Partnership, 'euUnit' | 'cnUnit' | 'cnProvince'>[]): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (id: string | null) => {
    if (id) weights.set(id, (weights.get(id) ?? 0) + 1);
  };
  for (const p of partnerships) {
    add(p.euUnit);
    add(p.cnUnit);
    if (p.cnProvince !== p.cnUnit) add(p.cnProvince);
  }
  return weights;
}
