/**
 * The first drawing's geometry (public/geo/first.json): the regions, their labels and the countries in one
 * TopoJSON, coarse enough to arrive fast on a slow phone network. It is drawn at the opening view (the
 * whole of Eurasia, zoom 1–3) while MapLibre loads, and is the map of a static embed; never zoomed into.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import { geoArea } from 'd3-geo';

export interface CompactOptions {
  /** Smallest triangle area kept (square degrees, Visvalingam). */
  minWeight: number;
  quantization: number;
  /** A ring kept with at least this many points even when all are below the weight (an island stays a small polygon). */
  ringPoints: number;
  /** Islands smaller than this (steradians; 1e-5 ≈ 400 km², a pixel or two at the opening view) are left out, a feature's largest part never. */
  minArea: number;
}

export const FIRST_SIMPLIFY: CompactOptions = { minWeight: 2e-2, quantization: 4e3, ringPoints: 4, minArea: 4e-5 };

/** A feature's polygons without the specks: those under `minArea`, except its largest, which always stays. */
export function dropSpecks<F extends FeatureCollection>(fc: F, minArea: number): F {
  const features = fc.features.map((f) => {
    if (f.geometry?.type !== 'MultiPolygon') return f;
    const parts = f.geometry.coordinates.map((coordinates) => ({ coordinates, area: geoArea({ type: 'Polygon', coordinates }) }));
    const largest = Math.max(...parts.map((p) => p.area));
    const kept = parts.filter((p) => p.area >= minArea || p.area === largest).map((p) => p.coordinates);
    return { ...f, geometry: { type: 'MultiPolygon', coordinates: kept } };
  });
  return { ...fc, features };
}

/**
 * Like the pipeline's toTopology, but an arc that would collapse keeps only its `ringPoints` weightiest
 * points (its ends always) instead of every point: tiny islands become small polygons, not full detail.
 */
export function compactTopology(objects: Record<string, FeatureCollection>, { minWeight, quantization, ringPoints, minArea }: CompactOptions): Topology {
  const coarse = Object.fromEntries(Object.entries(objects).map(([name, fc]) => [name, dropSpecks(fc, minArea)]));
  const topo = topology(coarse as Record<string, FeatureCollection<Geometry, Record<string, unknown>>>);
  const pre = presimplify(topo as unknown as Parameters<typeof presimplify>[0]);
  for (const arc of pre.arcs as unknown as number[][][]) {
    const kept = arc.filter((p) => (p[2] ?? Infinity) >= minWeight).length;
    if (kept >= ringPoints) continue;
    // The ends are already infinite; raise the weightiest inner points until the arc keeps ringPoints.
    const inner = arc
      .map((p, i) => ({ i, w: p[2] ?? Infinity }))
      .filter(({ i, w }) => i > 0 && i < arc.length - 1 && w < minWeight)
      .sort((a, b) => b.w - a.w || a.i - b.i);
    for (const { i } of inner.slice(0, ringPoints - kept)) arc[i][2] = Infinity;
  }
  const simple = simplify(pre, minWeight);
  simple.arcs = (simple.arcs as unknown as number[][][]).map((arc) => arc.map((p) => [p[0], p[1]])) as never;
  return quantize(simple, quantization);
}
