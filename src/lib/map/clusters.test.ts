import { describe, expect, it, vi } from 'vitest';
import Supercluster from 'supercluster';
import { CLUSTER_OPTIONS, Clusters, KEPT_INDEXES, wholeZoom, WORLD, type Dots } from './clusters.ts';
import { clustersOf, onScreen, registerClusters } from './cluster-marks.ts';
import { clusterRadius } from './dots.ts';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS } from './style.ts';

const dot = (id: string, lng: number, lat: number, count = 1) => ({ type: 'Feature' as const, properties: { id, name: id, count }, geometry: { type: 'Point' as const, coordinates: [lng, lat] } });
const dots = (...features: ReturnType<typeof dot>[]): Dots => ({ type: 'FeatureCollection', features });

/** The crowded Yangtze delta, a Shandong pair, and a place far off on its own (Madrid). */
const COAST = dots(
  dot('cn.shanghai', 121.47, 31.23, 12),
  dot('cn.suzhou', 120.62, 31.3, 4),
  dot('cn.wuxi', 120.3, 31.57),
  dot('cn.nantong', 120.86, 32.0),
  dot('cn.hangzhou', 120.16, 30.27),
  dot('cn.qingdao', 120.38, 36.07),
  dot('cn.yantai', 121.45, 37.46),
  dot('es.madrid', -3.7, 40.42),
);

/** Groups as sorted lists of ids: a cluster's leaves, or a dot alone. */
function groups(features: { properties: Record<string, unknown> }[], leaves: (id: number) => { properties: Record<string, unknown> }[]): string[][] {
  return features
    .map((f) => (f.properties.cluster ? leaves(Number(f.properties.cluster_id)).map((l) => String(l.properties.id)).sort() : [String(f.properties.id)]))
    .sort((a, b) => a.join().localeCompare(b.join()));
}

describe('Clusters', () => {
  it("passes supercluster what MapLibre's GeoJSON source passes its clusterer (radius in tile units of an 8192 extent on 512 px tiles)", () => {
    expect(CLUSTER_OPTIONS).toEqual({ radius: CLUSTER_RADIUS * 16, extent: 8192, maxZoom: CLUSTER_MAX_ZOOM, minPoints: 2 });
  });

  it('groups the dots as supercluster does with those options, and every dot is in exactly one group at every zoom', () => {
    const ref = new Supercluster({ ...CLUSTER_OPTIONS }).load(COAST.features);
    const c = new Clusters();
    c.setDots(COAST);
    const seen = new Set<string>();
    for (let z = 0; z <= CLUSTER_MAX_ZOOM + 2; z++) {
      const expected = groups(ref.getClusters(WORLD, z), (id) => ref.getLeaves(id, Infinity));
      expect(c.at(z).map((m) => m.count).sort(), `zoom ${z}`).toEqual(expected.filter((g) => g.length > 1).map((g) => g.length).sort());
      expect(c.alone(z).features.map((f) => f.properties.id).sort(), `zoom ${z}`).toEqual(expected.filter((g) => g.length === 1).flat().sort());
      expect(c.at(z).reduce((s, m) => s + m.count, 0) + c.alone(z).features.length, `zoom ${z}`).toBe(COAST.features.length);
      seen.add(JSON.stringify(expected));
    }
    // The comparison means something: the groups change with the zoom (all merged far out, all apart close in).
    expect(seen.size).toBeGreaterThan(3);
  });

  it('gives the clusters at a zoom with their counts and positions (the mean of their dots), and leaves lone dots out', () => {
    const c = new Clusters();
    c.setDots(COAST);
    // At zoom 3 (a world of 4096 px) 26 px span about 2.3° of longitude: the delta's five merge, and Shandong's pair.
    expect(c.at(3).map((m) => m.count)).toEqual([5, 2]);
    expect(c.alone(3).features.map((f) => f.properties.id)).toEqual(['es.madrid']);
    // At zoom 4 (1.1°) Hangzhou and Shandong's pair stand apart: four around Shanghai, at their mean.
    const at4 = c.at(4);
    expect(at4.map((m) => m.count)).toEqual([4]);
    const four = COAST.features.slice(0, 4).map((f) => f.geometry.coordinates);
    expect(at4[0].coord[0]).toBeCloseTo(four.reduce((s, p) => s + p[0], 0) / 4, 1);
    expect(at4[0].coord[1]).toBeCloseTo(four.reduce((s, p) => s + p[1], 0) / 4, 1);
    expect(c.alone(4).features.map((f) => f.properties.id).sort()).toEqual(['cn.hangzhou', 'cn.qingdao', 'cn.yantai', 'es.madrid']);
    // Far out the coast is one cluster; the counts add up to every Chinese dot.
    expect(c.at(1).reduce((s, m) => s + m.count, 0)).toBe(7);
    // Above CLUSTER_MAX_ZOOM every dot stands alone.
    expect(c.at(CLUSTER_MAX_ZOOM + 1)).toEqual([]);
    expect(c.alone(CLUSTER_MAX_ZOOM + 1).features.length).toBe(8);
  });

  it('reads the whole zoom of a fractional map zoom', () => {
    const c = new Clusters();
    c.setDots(COAST);
    expect(wholeZoom(2.99)).toBe(2);
    expect(c.at(3.9)).toEqual(c.at(3));
    expect(c.at(2.5)).toEqual(c.at(2));
  });

  it('only clusters within the bounding box asked for', () => {
    const c = new Clusters();
    c.setDots(COAST);
    expect(c.at(3, [-20, 30, 40, 60])).toEqual([]);
    expect(c.at(3, [110, 20, 130, 34]).map((m) => m.count)).toEqual([5]);
  });

  it('breaks a cluster up at its expansion zoom (none without an index)', () => {
    const c = new Clusters();
    c.setDots(COAST);
    const [delta] = c.at(3);
    const z = c.expansionZoom(delta.id)!;
    expect(z).toBeGreaterThan(3);
    // At that zoom, none of the cluster's places is in a cluster of the same size any more.
    expect(c.at(z).some((m) => m.count === delta.count)).toBe(false);
    expect(c.at(z - 1).some((m) => m.count === delta.count)).toBe(true);
    expect(new Clusters().expansionZoom(delta.id)).toBeNull();
  });

  it('builds a new index only when the places change (a count alone changes no group)', () => {
    const c = new Clusters();
    expect(c.at(3)).toEqual([]);
    expect(c.setDots(COAST)).toBe(true);
    const v = c.version;
    expect(c.setDots(dots(...COAST.features.map((f) => dot(f.properties.id, f.geometry.coordinates[0], f.geometry.coordinates[1], 99))))).toBe(false);
    expect(c.version).toBe(v);
    expect(c.setDots(dots(...COAST.features.slice(1)))).toBe(true);
    expect(c.version).toBe(v + 1);
    expect(c.at(3).map((m) => m.count)).toEqual([4, 2]);
  });

  it('keeps the indexes of the sets of places seen last: stepping back to one indexes nothing again', () => {
    const load = vi.spyOn(Supercluster.prototype, 'load');
    try {
      const c = new Clusters();
      const sets = Array.from({ length: KEPT_INDEXES + 1 }, (_, i) => dots(...COAST.features.slice(0, 1 + (i % COAST.features.length)), dot(`x${i}`, 10 + i, 50)));
      c.setDots(sets[0]);
      c.setDots(sets[1]);
      const v = c.version;
      expect(c.setDots(sets[0])).toBe(true);
      expect(c.version).toBe(v + 1);
      expect(load).toHaveBeenCalledTimes(2);
      expect(c.at(3).map((m) => m.count)).toEqual([]);
      // Past KEPT_INDEXES sets, the one used longest ago is indexed afresh.
      for (const s of sets.slice(1)) c.setDots(s);
      expect(load).toHaveBeenCalledTimes(KEPT_INDEXES + 1);
      c.setDots(sets[1]);
      expect(load).toHaveBeenCalledTimes(KEPT_INDEXES + 1);
      expect(c.at(3).map((m) => m.count)).toEqual([2]);
      c.setDots(sets[0]);
      expect(load).toHaveBeenCalledTimes(KEPT_INDEXES + 2);
    } finally {
      load.mockRestore();
    }
  });

  it('has no cluster with no dots or one dot', () => {
    const c = new Clusters();
    c.setDots(dots());
    expect(c.at(0)).toEqual([]);
    expect(c.alone(0).features).toEqual([]);
    c.setDots(dots(dot('cn.shanghai', 121.47, 31.23)));
    expect(c.at(0)).toEqual([]);
    expect(c.alone(0).features.map((f) => f.properties.id)).toEqual(['cn.shanghai']);
  });
});

describe('onScreen and the clusters of a map', () => {
  it("projects each cluster and sizes its circle by its count (times the screen's scale)", () => {
    const marks = [{ id: 1, count: 10, coord: [120, 31] as [number, number] }];
    const s = onScreen(marks, ([lng, lat]) => ({ x: lng * 2, y: -lat }), 2);
    expect(s).toEqual([{ id: 1, count: 10, coord: [120, 31], x: 240, y: -31, r: clusterRadius(10) * 2 }]);
  });

  it('reads the clusters registered under a map, none for another', () => {
    const map = {};
    registerClusters(map, () => [{ id: 1, count: 3, coord: [0, 0], x: 1, y: 2, r: 9 }]);
    expect(clustersOf(map).map((c) => c.count)).toEqual([3]);
    expect(clustersOf({})).toEqual([]);
  });
});
