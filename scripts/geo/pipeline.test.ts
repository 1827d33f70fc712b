import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { dissolveUnits, labelFeatures, toTopology, worldCountries } from './pipeline.ts';
import type { CrosswalkRow, SourceRow, UnitRow } from './crosswalk.ts';

const sq = (x: number, y: number, s = 1): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ],
  ],
});
const fc = (items: { id: string; name: string; g: Polygon }[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: items.map(({ id, name, g }) => ({ type: 'Feature', id, properties: { name }, geometry: g })),
});

// Three departments: two neighbours that form one region, one overseas dropped.
const src = topology({ fra: fc([{ id: 'A', name: 'West', g: sq(0, 0) }, { id: 'B', name: 'East', g: sq(1, 0) }, { id: 'M', name: 'Far', g: sq(50, 50) }]) }) as unknown as Topology;
const sources = new Map([['fra', src]]);
const sourceRows: SourceRow[] = [{ line: 2, source: 'fra', country: 'FR', coverage: 'full' }];
const units: UnitRow[] = [{ line: 2, id: 'FRX', name: 'Both', localName: 'Les deux', country: 'FR', level: 'NUTS1' }];
const cw = (unit = 'FRX'): CrosswalkRow[] => [
  { line: 2, source: 'fra', keyKind: 'id', key: 'A', unit, note: '' },
  { line: 3, source: 'fra', keyKind: 'name', key: 'East', unit: 'FRX', note: '' },
  { line: 4, source: 'fra', keyKind: 'id', key: 'M', unit: '-', note: 'overseas' },
];
const files = { crosswalk: 'cw.csv', units: 'u.csv', sources: 's.csv' };

describe('dissolveUnits', () => {
  it('merges neighbours into one polygon without the inner border', () => {
    const [unit] = dissolveUnits(sources, sourceRows, cw(), units, files);
    expect(unit.properties).toEqual({ id: 'FRX', name: 'Both', country: 'FR', side: 'eu', level: 'NUTS1', localName: 'Les deux' });
    expect(unit.geometry.type).toBe('Polygon');
    const ring = (unit.geometry as Polygon).coordinates[0];
    // A 2×1 rectangle: the shared edge x=1 is gone, so no vertex lies strictly inside it.
    expect(ring.every(([x, y]) => x === 0 || x === 2 || y === 0 || y === 1)).toBe(true);
    expect(Math.max(...ring.map((p) => p[0]))).toBe(2);
  });

  it('fails on a crosswalk row naming a unit missing from units.csv', () => {
    expect(() => dissolveUnits(sources, sourceRows, cw('FRQ'), units, files)).toThrow('cw.csv:2: unknown unit "FRQ"');
  });

  it('fails on a unit that received no geometry', () => {
    const more = [...units, { line: 3, id: 'FRY', name: 'Empty', localName: '', country: 'FR', level: 'NUTS1' }];
    expect(() => dissolveUnits(sources, sourceRows, cw(), more, files)).toThrow('u.csv:3: unit FRY received no geometry');
  });

  it('gives each unit a label point inside it', () => {
    const feats = dissolveUnits(sources, sourceRows, cw(), units, files);
    expect(labelFeatures(feats)[0].geometry.coordinates).toEqual([1, 0.5]);
  });
});

describe('toTopology', () => {
  it('simplifies wiggles away but keeps a tiny island whole', () => {
    const wiggly: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [5, 0.0001], [10, 0], [10, 10], [0, 10], [0, 0]]],
    };
    const tiny = sq(20, 20, 0.001);
    const topo = toTopology(
      { regions: { type: 'FeatureCollection' as const, features: [
        { type: 'Feature', properties: { id: 'w' }, geometry: wiggly },
        { type: 'Feature', properties: { id: 't' }, geometry: tiny },
      ] } },
      { minWeight: 0.01, quantization: 1e5 },
    );
    expect(topo.transform).toBeDefined();
    const out = feature(topo, topo.objects.regions as never) as unknown as FeatureCollection<Polygon>;
    expect(out.features[0].geometry.coordinates[0]).toHaveLength(5);
    expect(out.features[1].geometry.coordinates[0].length).toBeGreaterThanOrEqual(4);
  });
});

describe('worldCountries', () => {
  it('drops Antarctica, unwraps the antimeridian and names entities without a code', () => {
    const world = topology({
      countries: {
        type: 'FeatureCollection' as const,
        features: [
          { type: 'Feature', id: '010', properties: { name: 'Antarctica' }, geometry: sq(0, -80) },
          { type: 'Feature', id: '242', properties: { name: 'Fiji' }, geometry: { type: 'Polygon', coordinates: [[[179, -16], [-179, -16], [-179, -17], [179, -17], [179, -16]]] } },
          { type: 'Feature', properties: { name: 'Kosovo' }, geometry: sq(20, 42) },
        ],
      } as FeatureCollection,
    }) as unknown as Topology;
    const out = worldCountries(world);
    expect(out.features.map((f) => f.properties?.id)).toEqual(['242', 'x-kosovo']);
    const fiji = out.features[0].geometry as Polygon | MultiPolygon;
    const xs = (fiji.type === 'Polygon' ? fiji.coordinates[0] : fiji.coordinates[0][0]).map((p) => p[0]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(5);
  });
});
