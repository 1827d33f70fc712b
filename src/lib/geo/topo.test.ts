import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { FeatureCollection } from 'geojson';
import { GeoDataError, loadGeo, topologyToGeo } from './topo.ts';

const coll = (features: object[]) => ({ type: 'FeatureCollection', features }) as unknown as FeatureCollection;

const sq = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
const regions = topology({
  regions: coll([{ type: 'Feature', properties: { id: 'DE2', name: 'Bavaria', side: 'eu' }, geometry: sq }]),
  labels: coll([{ type: 'Feature', properties: { id: 'DE2', name: 'Bavaria', side: 'eu' }, geometry: { type: 'Point', coordinates: [0.5, 0.5] } }]),
});
const countries = topology({
  countries: coll([{ type: 'Feature', properties: { id: '276', name: 'Germany' }, geometry: sq }]),
});

const fakeFetch = (table: Record<string, unknown | number>): typeof fetch =>
  (async (url: string) => {
    const v = table[url];
    if (typeof v === 'number') return new Response('nope', { status: v });
    if (v === undefined) throw new TypeError('Failed to fetch');
    return new Response(typeof v === 'string' ? v : JSON.stringify(v), { status: 200 });
  }) as unknown as typeof fetch;

describe('topologyToGeo', () => {
  it('returns the three collections', () => {
    const geo = topologyToGeo(regions, countries);
    expect(geo.regions.features[0].properties.name).toBe('Bavaria');
    expect(geo.labels.features[0].geometry.coordinates).toEqual([0.5, 0.5]);
    expect(geo.countries.features).toHaveLength(1);
  });

  it('rejects what is not a topology, a missing object, a feature without id', () => {
    expect(() => topologyToGeo({ hello: 1 }, countries)).toThrow('geo/regions.json is not a TopoJSON topology');
    expect(() => topologyToGeo(countries, countries)).toThrow('geo/regions.json has no "regions" collection');
    const noId = topology({ countries: coll([{ type: 'Feature', properties: {}, geometry: sq }]) });
    expect(() => topologyToGeo(regions, noId)).toThrow('a feature of "countries" has no id');
  });
});

describe('loadGeo', () => {
  it('loads both files relative to the base URL', async () => {
    const geo = await loadGeo(fakeFetch({ './geo/regions.json': regions, './geo/countries.json': countries }));
    expect(geo.regions.features).toHaveLength(1);
  });

  it('reports HTTP errors, network errors and bad JSON by file', async () => {
    await expect(loadGeo(fakeFetch({ './geo/regions.json': 404, './geo/countries.json': countries }))).rejects.toThrow(
      'Could not load ./geo/regions.json: HTTP 404',
    );
    await expect(loadGeo(fakeFetch({ './geo/regions.json': regions }))).rejects.toThrow(
      'Could not reach ./geo/countries.json',
    );
    await expect(loadGeo(fakeFetch({ './geo/regions.json': '{oops', './geo/countries.json': countries }))).rejects.toBeInstanceOf(
      GeoDataError,
    );
  });
});
