import { describe, expect, it } from 'vitest';
import { CITY_NAMES_FROM, CityNames, namesKey } from './city-names.ts';
import { Clusters, type Dots } from './clusters.ts';
import { CITY_LABEL_MIN_ZOOM, CLUSTER_MAX_ZOOM } from './style.ts';

const dots = (ids: string[]): Dots => ({
  type: 'FeatureCollection',
  features: ids.map((id, i) => ({ type: 'Feature', properties: { id, name: id, count: 1 }, geometry: { type: 'Point', coordinates: [120 + i * 0.1, 31] } })),
});

describe('namesKey', () => {
  it('is null while the names cannot be seen, from a little before they show', () => {
    expect(CITY_NAMES_FROM).toBeLessThan(CITY_LABEL_MIN_ZOOM);
    expect(CITY_NAMES_FROM).toBeGreaterThan(3.5);
    expect(namesKey(2, 1)).toBeNull();
    expect(namesKey(CITY_NAMES_FROM - 0.01, 1)).toBeNull();
    expect(namesKey(CITY_NAMES_FROM, 1)).not.toBeNull();
  });

  it('changes with the whole zoom and the clusters, and is one above the clusters’ last zoom', () => {
    expect(namesKey(4.2, 1)).toBe(namesKey(4.9, 1));
    expect(namesKey(4.9, 1)).not.toBe(namesKey(5.1, 1));
    expect(namesKey(5, 1)).not.toBe(namesKey(5, 2));
    expect(namesKey(CLUSTER_MAX_ZOOM + 1, 1)).toBe(namesKey(CLUSTER_MAX_ZOOM + 5.5, 1));
  });
});

describe('CityNames', () => {
  it('writes nothing far out, however the dots change; writes once on crossing in, and again only when needed', () => {
    const clusters = new Clusters();
    const writes: number[] = [];
    const names = new CityNames(clusters, (z) => writes.push(z));
    for (const ids of [['a', 'b'], ['a'], ['a', 'b', 'c'], ['c']]) {
      clusters.setDots(dots(ids));
      names.update(1.8);
    }
    expect(writes).toEqual([]);
    // The zoom crosses in: written once, then not again within the same whole zoom.
    expect(names.update(4.1)).toBe(true);
    expect(names.update(4.3)).toBe(false);
    expect(names.update(5.2)).toBe(true);
    // A step with the same places writes nothing; new places write.
    clusters.setDots(dots(['c']));
    expect(names.update(5.2)).toBe(false);
    clusters.setDots(dots(['a', 'c']));
    expect(names.update(5.2)).toBe(true);
    expect(writes).toEqual([4.1, 5.2, 5.2]);
  });
});
