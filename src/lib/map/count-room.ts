/**
 * A cluster's count is drawn by the atlas above the map (ClusterLayer), outside MapLibre's label collision,
 * so it could run over a province's name ("14" over "Anhui"). Names come first: a count whose box meets a
 * name MapLibre placed is left out (its circle stays, translucent over the name; the pointer on it still
 * says how many places it holds), and drawn again where there is room.
 */
import type { ScreenCluster } from './cluster-marks.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A count's digits: about this wide for its font size (Noto Sans figures are 0.57 em), with its halo around. */
const DIGIT_EM = 0.6;

/** The box (px) a cluster's count covers on screen: its digits at `fontSize`, and its halo of `halo` px. */
export function countBox(c: Pick<ScreenCluster, 'x' | 'y' | 'count'>, fontSize: number, halo: number): Box {
  const w = String(c.count).length * DIGIT_EM * fontSize + 2 * halo;
  const h = fontSize + 2 * halo;
  return { left: c.x - w / 2, top: c.y - h / 2, right: c.x + w / 2, bottom: c.y + h / 2 };
}

/** The part of the map this needs: the names placed in a box. */
export interface NamesMap {
  queryRenderedFeatures(box: [[number, number], [number, number]], options: { layers: string[] }): unknown[];
  getLayer(id: string): unknown;
}

/** The clusters (ids) whose count would cover a name of the map's `layers`. */
export function countsOnNames(map: NamesMap, clusters: readonly Pick<ScreenCluster, 'id' | 'x' | 'y' | 'count'>[], layers: readonly string[], fontSize: number, halo: number): Set<number> {
  const present = layers.filter((l) => map.getLayer(l));
  const out = new Set<number>();
  if (!present.length) return out;
  for (const c of clusters) {
    const b = countBox(c, fontSize, halo);
    if (map.queryRenderedFeatures([[b.left, b.top], [b.right, b.bottom]], { layers: present }).length) out.add(c.id);
  }
  return out;
}

/** Answers kept: a reader going back and forth between periods asks the same questions again. */
export const KEPT_ANSWERS = 24;

/**
 * `countsOnNames` answers, kept by what they depend on (the places clustered, the camera, the map's size, the
 * counts' font): with the same places under the same camera MapLibre places the same names, and the answer
 * stands. The one asked longest ago goes first.
 */
export class CountRoom {
  private readonly kept = new Map<string, Set<number>>();

  answer(key: string, ask: () => Set<number>): Set<number> {
    let ids = this.kept.get(key);
    if (ids) this.kept.delete(key);
    else ids = ask();
    this.kept.set(key, ids);
    if (this.kept.size > KEPT_ANSWERS) this.kept.delete(this.kept.keys().next().value!);
    return ids;
  }
}
