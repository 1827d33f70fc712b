import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { firstGeoOf, isFirstGeo, loadFirstGeo } from './geo.ts';
import { topologyToGeo } from '../geo/topo.ts';

const read = (name: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../public/geo', name), 'utf8'));

describe('the first drawing’s geometry', () => {
  const first = firstGeoOf(read('first.json'));
  const full = topologyToGeo(read('regions.json'), read('countries.json'));

  it('has every region, label and country of the map’s geometry, with the same properties', () => {
    expect(first.regions.features.map((f) => f.properties)).toEqual(full.regions.features.map((f) => f.properties));
    expect(first.labels.features.map((f) => f.properties)).toEqual(full.labels.features.map((f) => f.properties));
    expect(first.countries.features.map((f) => f.properties)).toEqual(full.countries.features.map((f) => f.properties));
  });

  it('gives every region a shape', () => {
    for (const f of first.regions.features) expect(f.geometry?.coordinates.length ?? 0, f.properties.id).toBeGreaterThan(0);
  });

  it('is marked coarse; the map’s is not', () => {
    expect(isFirstGeo(first)).toBe(true);
    expect(isFirstGeo(full)).toBe(false);
  });

  it('is fetched from geo/first.json under the base', async () => {
    const urls: string[] = [];
    const fetchFn = (async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify(read('first.json')));
    }) as unknown as typeof fetch;
    const geo = await loadFirstGeo(fetchFn, '/atlas/');
    expect(urls).toEqual(['/atlas/geo/first.json']);
    expect(isFirstGeo(geo)).toBe(true);
  });
});
