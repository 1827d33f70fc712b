/**
 * The view's clusters as marks (clusters.ts computes them): where each is drawn and how large, and who
 * can read them off a live map (the PNG export). Free of the clustering code, so the export loads none of it.
 */
import { clusterRadius } from './dots.ts';

/** A cluster of dots: its index id, how many dots it holds, and where it is drawn (the mean of its dots, as MapLibre's). */
export interface ClusterMark {
  id: number;
  count: number;
  coord: [number, number];
}

/** A cluster mark on screen: its circle's centre and radius (px). */
export interface ScreenCluster extends ClusterMark {
  x: number;
  y: number;
  r: number;
}

/** Clusters placed on screen by `project`, each with its circle's radius (`clusterRadius`, times `scale`). */
export function onScreen(marks: readonly ClusterMark[], project: (c: [number, number]) => { x: number; y: number }, scale = 1): ScreenCluster[] {
  return marks.map((m) => {
    const p = project(m.coord);
    return { ...m, x: p.x, y: p.y, r: clusterRadius(m.count) * scale };
  });
}

/** The clusters of a live map, for the PNG export: whoever draws them registers a reader under the map. */
const readers = new WeakMap<object, () => ScreenCluster[]>();
export const registerClusters = (map: object, read: () => ScreenCluster[]): void => void readers.set(map, read);
export const clustersOf = (map: object): ScreenCluster[] => readers.get(map)?.() ?? [];
