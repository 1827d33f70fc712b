/**
 * Geometry pipeline, pure part: dissolve source features into units, unwrap
 * the antimeridian, simplify and quantize into TopoJSON. No file access.
 */
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { assignFeatures, type CrosswalkRow, type SourceRow, type UnitRow } from './crosswalk.ts';
import { labelPoint } from './labels.ts';
import { unwrapGeometry } from './unwrap.ts';
import { SeedError } from '../lib/csv.ts';
import type { RegionProps } from '../../src/lib/geo/topo.ts';

export type AreaGeometry = Polygon | MultiPolygon;

/** A unit's properties, as the app reads them (src/lib/geo/topo.ts): written here, read there, declared once. */
export type UnitProperties = RegionProps;

export interface SimplifyOptions {
  /** Minimum planar triangle area (square degrees) a vertex must carry to be kept. */
  minWeight: number;
  /** Quantization grid (points per axis). */
  quantization: number;
}

/** Rounds every coordinate so the pipeline's output does not depend on float noise. */
function round(geometry: AreaGeometry, decimals = 6): AreaGeometry {
  const k = 10 ** decimals;
  const r = (ring: number[][]) => ring.map(([x, y]) => [Math.round(x * k) / k, Math.round(y * k) / k]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(r) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(r)) };
}

/**
 * Dissolves every source into the units of the crosswalk. `sources` maps a
 * source name (e.g. `fra`) to its TopoJSON (single object). Fails with file and
 * line on a crosswalk row that names an unknown unit, and when a unit ends up
 * with no geometry.
 */
export function dissolveUnits(
  sources: ReadonlyMap<string, Topology>,
  sourceRows: readonly SourceRow[],
  crosswalk: readonly CrosswalkRow[],
  units: readonly UnitRow[],
  files: { crosswalk: string; units: string; sources: string },
): Feature<AreaGeometry, UnitProperties>[] {
  const unitById = new Map(units.map((u) => [u.id, u]));
  for (const row of crosswalk) {
    if (row.unit !== '-' && !unitById.has(row.unit)) {
      throw new SeedError(files.crosswalk, row.line, `unknown unit "${row.unit}" (not in ${files.units})`);
    }
    if (!sourceRows.some((s) => s.source === row.source)) {
      throw new SeedError(files.crosswalk, row.line, `unknown source "${row.source}" (not in ${files.sources})`);
    }
  }
  const geometries = new Map<string, MultiPolygon[]>();
  for (const src of sourceRows) {
    const topo = sources.get(src.source);
    if (!topo) throw new SeedError(files.sources, src.line, `source "${src.source}" was not loaded`);
    const objectName = Object.keys(topo.objects)[0];
    const collection = topo.objects[objectName] as GeometryCollection<{ name?: string | null }>;
    const feats = collection.geometries.map((g, index) => ({
      index,
      id: g.id == null ? null : String(g.id),
      name: (g.properties as { name?: string | null } | undefined)?.name ?? null,
    }));
    const assigned = assignFeatures(src.source, feats, crosswalk, src.coverage, files.crosswalk);
    for (const [unit, indices] of assigned) {
      const parts = indices.map((i) => collection.geometries[i]);
      const dissolved = merge(topo, parts as never) as MultiPolygon;
      const list = geometries.get(unit) ?? [];
      list.push(dissolved);
      geometries.set(unit, list);
    }
  }
  const out: Feature<AreaGeometry, UnitProperties>[] = [];
  for (const unit of [...units].sort((a, b) => a.id.localeCompare(b.id))) {
    const parts = geometries.get(unit.id);
    if (!parts) throw new SeedError(files.units, unit.line, `unit ${unit.id} received no geometry from the crosswalk`);
    const polygons = parts.flatMap((g) => g.coordinates);
    const geometry: AreaGeometry =
      polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
    out.push({
      type: 'Feature',
      id: unit.id,
      properties: {
        id: unit.id,
        name: unit.name,
        country: unit.country,
        side: unit.country === 'CN' ? 'cn' : 'eu',
        level: unit.level,
        localName: unit.localName,
      },
      geometry: round(unwrapGeometry(geometry)),
    });
  }
  return out;
}

/** Label anchors (one point per unit) with the unit's id and name. */
export function labelFeatures(units: readonly Feature<AreaGeometry, UnitProperties>[]) {
  return units.map((u) => ({
    type: 'Feature' as const,
    id: u.properties.id,
    properties: { id: u.properties.id, name: u.properties.name, side: u.properties.side },
    geometry: { type: 'Point' as const, coordinates: labelPoint(u.geometry) },
  }));
}

/**
 * Builds a simplified, quantized TopoJSON from named feature collections.
 * Rings that simplification would collapse below 4 positions keep their
 * original vertices (small units such as Macao must not vanish).
 */
export function toTopology(
  objects: Record<string, FeatureCollection>,
  { minWeight, quantization }: SimplifyOptions,
): Topology {
  const topo = topology(objects as Record<string, FeatureCollection<Geometry, Record<string, unknown>>>);
  const pre = presimplify(topo as unknown as Parameters<typeof presimplify>[0]);
  // Protect tiny closed arcs: give every vertex of an arc that would collapse an infinite weight.
  for (const arc of pre.arcs as unknown as number[][][]) {
    const kept = arc.filter((p) => (p[2] ?? Infinity) >= minWeight).length;
    if (kept < 4) for (const p of arc) p[2] = Infinity;
  }
  const simple = simplify(pre, minWeight);
  // Drop the weights before quantizing.
  simple.arcs = (simple.arcs as unknown as number[][][]).map((arc) => arc.map((p) => [p[0], p[1]])) as never;
  return quantize(simple, quantization);
}

/** World-atlas countries: drop Antarctica, unwrap the antimeridian, keep id and name. */
export function worldCountries(world: Topology): FeatureCollection {
  const fc = feature(world, world.objects.countries) as FeatureCollection;
  const features = fc.features
    .filter((f) => f.id !== '010' && f.geometry)
    .map((f) => {
      const name = String(f.properties?.name ?? '');
      // A few entities (Kosovo, Somaliland, N. Cyprus…) have no ISO numeric code: key them by name.
      const id = f.id != null && f.id !== '' ? String(f.id) : `x-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      return { f, id, name };
    })
    .map(({ f, id, name }) => ({
      type: 'Feature' as const,
      id,
      properties: { id, name },
      geometry: round(unwrapGeometry(f.geometry as AreaGeometry), 5),
    }))
    .sort((a, b) => a.id.localeCompare(b.id) || a.properties.name.localeCompare(b.properties.name));
  return { type: 'FeatureCollection', features };
}
