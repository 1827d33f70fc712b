/**
 * The city names' own source (style.ts SOURCE.cityNames): the shown dots standing alone (in no cluster) at
 * the map's whole zoom. Written only while names can be seen (from a little before CITY_LABEL_MIN_ZOOM):
 * further out a period step writes nothing, and the source is written when the zoom crosses in. A write
 * re-tiles a MapLibre source (several frames of repainting), which a period step at the opening view must not cost.
 */
import type { Clusters } from './clusters.ts';
import { CITY_LABEL_MIN_ZOOM, CLUSTER_MAX_ZOOM } from './style.ts';

/** Names are written from this zoom (half a level before they show, so they are there when the map gets in). */
export const CITY_NAMES_FROM = CITY_LABEL_MIN_ZOOM - 0.5;

/**
 * What the source must hold at `zoom` for clusters of `version`, as a key: null while the names cannot be seen
 * (nothing to write). Above CLUSTER_MAX_ZOOM every dot stands alone: one key for all those zooms.
 */
export function namesKey(zoom: number, version: number): string | null {
  if (zoom < CITY_NAMES_FROM) return null;
  return `${version}|${Math.min(Math.floor(zoom), CLUSTER_MAX_ZOOM + 1)}`;
}

/** Writes the names' source when what it must hold changed and the names can be seen. */
export class CityNames {
  private written: string | null = null;

  constructor(
    private readonly clusters: Clusters,
    private readonly write: (zoom: number) => void,
  ) {}

  /** Called on zoom changes and new dots; true when it wrote. */
  update(zoom: number): boolean {
    const key = namesKey(zoom, this.clusters.version);
    if (key === null || key === this.written) return false;
    this.written = key;
    this.write(zoom);
    return true;
  }
}
