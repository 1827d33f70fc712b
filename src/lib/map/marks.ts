/**
 * The marks near a point of the live map, as `choosePick` (pick.ts) reads them:
 * the dots MapLibre drew there, the view's clusters (the atlas draws them: clusters.ts), the anchors where regions' and
 * provinces' arcs end, and the countries' anchor rings, each with its drawn radius.
 */
import type { Point } from 'geojson';
import type { MaplibreMapType } from './maplibre.ts';
import { dotRadius } from './dots.ts';
import type { ScreenCluster } from './cluster-marks.ts';
import { ANCHOR_RING } from './overlay/painter.ts';
import { LAYER } from './style.ts';
import type { Marker } from './pick.ts';

/** A point the arcs end at: a region's or province's anchor, or a country's. */
export interface EndPoint {
  id: string;
  coord: [number, number];
}

export interface MarksInput {
  /** Regions and provinces whose arcs are shown: where those arcs end. */
  ends: readonly EndPoint[];
  /** Countries' anchor rings (arcs whose European region the report does not name). */
  anchors: readonly EndPoint[];
  /** The view's clusters on screen (cluster-marks.ts onScreen), radii already times `scale`. */
  clusters: readonly ScreenCluster[];
  /** Sizes times this (a 4K screen). */
  scale: number;
  /** How far around the point to look (px). */
  reach: number;
}

/** Marks within `reach` px of (x, y), with names where the map has them. */
export function marksNear(m: MaplibreMapType, x: number, y: number, { ends, anchors, clusters, scale, reach }: MarksInput): { markers: Marker[]; names: Map<string, string>; clusterSizes: Map<number, number> } {
  const zoom = m.getZoom();
  const layers = [LAYER.programme, LAYER.cities].filter((l) => m.getLayer(l) && m.getLayoutProperty(l, 'visibility') !== 'none');
  const near = m.queryRenderedFeatures(
    [
      [x - reach, y - reach],
      [x + reach, y + reach],
    ],
    { layers },
  );
  const markers: Marker[] = [];
  const names = new Map<string, string>();
  const clusterSizes = new Map<number, number>();
  for (const f of near) {
    const p = m.project((f.geometry as Point).coordinates as [number, number]);
    const props = f.properties;
    // A city dot not in the view is in the source but not drawn (feature-state `shown`: dots.ts).
    if (f.layer.id === LAYER.cities && !f.state?.shown) continue;
    const id = String(props.id);
    const r = f.layer.id === LAYER.programme ? (props.pilot ? 5.5 : 3.5) : dotRadius(zoom, Number(f.state?.count ?? 1));
    markers.push({ x: p.x, y: p.y, r: r * scale, id });
    names.set(id, String(props.name));
  }
  const inBox = (p: { x: number; y: number }) => Math.abs(p.x - x) <= reach && Math.abs(p.y - y) <= reach;
  for (const c of clusters) {
    if (!inBox(c)) continue;
    markers.push({ x: c.x, y: c.y, r: c.r, cluster: c.id });
    clusterSizes.set(c.id, c.count);
  }
  for (const e of ends) {
    const p = m.project(e.coord);
    if (inBox(p)) markers.push({ x: p.x, y: p.y, r: 0, id: e.id });
  }
  for (const a of anchors) {
    const p = m.project(a.coord);
    if (inBox(p)) markers.push({ x: p.x, y: p.y, r: ANCHOR_RING.radius * scale, anchor: a.id });
  }
  return { markers, names, clusterSizes };
}
