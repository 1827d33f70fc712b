import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { FINE_ZOOM, firstGeoOf, isFirstGeo, loadFirstGeo, needsFineGeo } from './geo.ts';
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

describe('needsFineGeo: when the map asks for its fine geometry', () => {
  it('not at the opening view of a desk or a phone, even on a 2× screen; from FINE_ZOOM in device pixels', () => {
    expect(needsFineGeo(1.8, 1)).toBe(false);
    expect(needsFineGeo(1.8, 2)).toBe(false);
    expect(needsFineGeo(FINE_ZOOM - 0.01, 1)).toBe(false);
    expect(needsFineGeo(FINE_ZOOM, 1)).toBe(true);
    // A 3× phone at zoom 1.7 is at 3.28 in device pixels.
    expect(needsFineGeo(1.7, 3)).toBe(true);
    expect(needsFineGeo(5, 1)).toBe(true);
  });
  it('never counts a pixel ratio under 1 as less detail', () => {
    expect(needsFineGeo(FINE_ZOOM, 0.5)).toBe(true);
    expect(needsFineGeo(2, 0.5)).toBe(false);
  });
});
