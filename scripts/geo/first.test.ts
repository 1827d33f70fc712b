import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import { compactTopology, dropSpecks } from './first.ts';

const square = (x: number, y: number, d: number) => [
  [
    [x, y],
    [x, y + d],
    [x + d, y + d],
    [x + d, y],
    [x, y],
  ],
];
const fc = (coordinates: number[][][][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { id: 'A' }, geometry: { type: 'MultiPolygon', coordinates } }],
});

describe('dropSpecks', () => {
  it('leaves out islands under the area and keeps the mainland', () => {
    const out = dropSpecks(fc([square(0, 0, 10), square(20, 0, 0.01)]), 1e-5);
    expect(out.features[0].geometry).toEqual({ type: 'MultiPolygon', coordinates: [square(0, 0, 10)] });
  });
  it('never drops a feature’s largest part, however small', () => {
    const out = dropSpecks(fc([square(20, 0, 0.01), square(30, 0, 0.001)]), 1e-5);
    expect(out.features[0].geometry).toEqual({ type: 'MultiPolygon', coordinates: [square(20, 0, 0.01)] });
  });
});

describe('compactTopology', () => {
  it('keeps a small ring as a polygon of a few points instead of dropping or keeping every point', () => {
    // A finely drawn small circle: every vertex below the weight.
    const ring = Array.from({ length: 200 }, (_, i) => [Math.cos((i / 200) * 2 * Math.PI) * 0.5, Math.sin((i / 200) * 2 * Math.PI) * 0.5]);
    ring.push(ring[0]);
    const topo = compactTopology({ shapes: fc([[ring]]) }, { minWeight: 1, quantization: 1e4, ringPoints: 4, minArea: 0 });
    const out = feature(topo, topo.objects.shapes as never) as unknown as FeatureCollection;
    const geom = out.features[0].geometry as { coordinates: number[][][][] };
    const points = geom.coordinates[0][0].length;
    expect(points).toBeGreaterThanOrEqual(4);
    expect(points).toBeLessThanOrEqual(6);
  });
});
