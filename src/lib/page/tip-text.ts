/** The map's tooltip words for what the pointer is on (map/pick.ts): a place, a cluster, a country's anchor or an arc. */
import { arcLabel, type LineDatum } from '../arcs/arcs.ts';
import type { MapPoint } from '../map/hover.ts';
import type { AtlasState } from '../state/atlas.svelte.ts';
import { anchorTip, clusterLabel, countryName, kindOf, placeTip } from '../words/index.ts';

export interface TipContext {
  atlas: Pick<AtlasState, 'view' | 'places' | 'countries' | 'arcs'>;
  /** The view's partnerships per place. */
  viewCounts: ReadonlyMap<string, number>;
  /** The drawn arc or flow within `tolerance` px of a point (the arc overlay's). */
  arcAt: (x: number, y: number, tolerance?: number) => LineDatum | null;
}

export function tipText(at: MapPoint, { atlas, viewCounts, arcAt }: TipContext, tolerance?: number): string | null {
  const { pick } = at;
  const { period, mode } = atlas.view;
  switch (pick.kind) {
    case 'place':
    case 'region': {
      const p = atlas.places.get(pick.id);
      return p ? placeTip(p.name, kindOf(p), viewCounts.get(p.id) ?? 0, period, mode) : (at.name ?? pick.id);
    }
    case 'cluster':
      return clusterLabel(at.count ?? 0);
    case 'anchor':
      return anchorTip(
        countryName(atlas.countries, pick.country),
        atlas.arcs.filter((a) => a.countryAnchored && a.euEnd === pick.country).length,
        period,
        mode,
      );
    case 'arc': {
      const arc = arcAt(at.x, at.y, tolerance);
      return arc ? arcLabel(arc, atlas) : null;
    }
    default:
      return null;
  }
}
