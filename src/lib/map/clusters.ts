/**
 * The view's clusters, computed by the atlas (issue 16): where the shown dots crowd (the Chinese east coast)
 * they merge into one circle with a count. MapLibre used to do this in a clustered GeoJSON source, which it
 * re-tiled on every period step (≈ 15 ms of repainting over several frames); here one supercluster index
 * per set of dots (≤ 93 points: microseconds), read at the map's whole zoom. The options are the ones
 * MapLibre 6's GeoJSON source gives its clusterer (geojson_source.ts: extent 8192, the radius in tile units
 * `radius × 8192 / 512`, minPoints 2, maxZoom), so the groups are MapLibre's.
 */
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { FeatureCollection, Point } from 'geojson';
import { samePlaces } from './dots.ts';
import type { ClusterMark } from './cluster-marks.ts';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS } from './style.ts';

/** MapLibre's tile extent (data/extent.ts EXTENT) and a GeoJSON source's tile size. */
export const TILE_EXTENT = 8192;
export const TILE_SIZE = 512;

/** What MapLibre's GeoJSON source passes to its clusterer for `clusterRadius` and `clusterMaxZoom`. */
export const CLUSTER_OPTIONS = {
  radius: CLUSTER_RADIUS * (TILE_EXTENT / TILE_SIZE),
  extent: TILE_EXTENT,
  maxZoom: CLUSTER_MAX_ZOOM,
  minPoints: 2,
} as const;

/** The whole world, as supercluster reads a bounding box: [west, south, east, north]. */
export const WORLD: [number, number, number, number] = [-180, -85.06, 180, 85.06];

/** A shown dot: its id, name and partnerships in the view. */
export interface DotProps {
  id: string;
  name: string;
  count: number;
}
export type Dots = FeatureCollection<Point, DotProps>;

/** The zoom supercluster reads for a map zoom: the whole zoom below it. */
export const wholeZoom = (zoom: number): number => Math.floor(zoom);

/** Indexes kept, one per set of places: the five periods, each alone and added up, with room to spare. */
export const KEPT_INDEXES = 12;

/**
 * The clusters of one set of dots, indexed again only when the places change (a count alone changes no
 * group). The indexes of the sets seen last are kept: a period step back to one of them builds nothing.
 */
export class Clusters {
  /** Goes up with every change of index: what was drawn or written from an older one is stale. */
  version = 0;
  private dots: Dots | null = null;
  private index: Supercluster<DotProps> | null = null;
  /** Indexes by their places' ids, the most recently used last. */
  private readonly kept = new Map<string, Supercluster<DotProps>>();
  /** The present places' ids, one per line: the same string for the same places (whatever their counts). */
  places = '';

  /** Takes the view's dots; true when the places changed (a new index). */
  setDots(dots: Dots): boolean {
    if (samePlaces(this.dots, dots)) {
      this.dots = dots;
      return false;
    }
    this.dots = dots;
    const key = dots.features.map((f) => f.properties.id).join('\n');
    this.places = key;
    let index = this.kept.get(key);
    if (index) this.kept.delete(key);
    else index = new Supercluster<DotProps>({ ...CLUSTER_OPTIONS }).load(dots.features);
    this.kept.set(key, index);
    if (this.kept.size > KEPT_INDEXES) this.kept.delete(this.kept.keys().next().value!);
    this.index = index;
    this.version++;
    return true;
  }

  /** The clusters within `bbox` ([west, south, east, north]) at the map's `zoom`. */
  at(zoom: number, bbox: [number, number, number, number] = WORLD): ClusterMark[] {
    if (!this.index) return [];
    const out: ClusterMark[] = [];
    for (const f of this.index.getClusters(bbox, wholeZoom(zoom))) {
      const p = f.properties as Partial<ClusterProperties>;
      if (p.cluster) out.push({ id: Number(p.cluster_id), count: Number(p.point_count), coord: f.geometry.coordinates as [number, number] });
    }
    return out;
  }

  /** The dots standing alone (in no cluster) at the map's `zoom`: the ones whose names the map may write. */
  alone(zoom: number): Dots {
    const features = this.index ? this.index.getClusters(WORLD, wholeZoom(zoom)).filter((f) => !(f.properties as Partial<ClusterProperties>).cluster) : [];
    return { type: 'FeatureCollection', features: features as Dots['features'] };
  }

  /** The zoom at which cluster `id` breaks up (null: no such cluster in the present index). */
  expansionZoom(id: number): number | null {
    try {
      return this.index ? this.index.getClusterExpansionZoom(id) : null;
    } catch {
      return null;
    }
  }
}
