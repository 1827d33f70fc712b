/**
 * The IUC/IURC programme layer: pilot cities and regions as points, and the
 * pairings, cooperations, visits and workshop trips between them as links.
 * Kept apart from the partnership arcs: these are programme ties, not the
 * report's partnerships, and are never counted with them.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Bundle, LinkKind, Place } from '../data/types.ts';
import { fanBends, greatCircle, type LngLat } from './geometry.ts';

export const PROGRAMME_COLOUR = '#6a3d9a';

export interface ProgrammeArc {
  id: string;
  kind: LinkKind;
  from: LngLat;
  to: LngLat;
  points: LngLat[];
  bend: number;
}

/** One arc per programme link whose two places are known; links joining the same two places are spread apart. */
export function buildProgrammeArcs(bundle: Pick<Bundle, 'iurc'>, places: ReadonlyMap<string, Place>, segments = 24): ProgrammeArc[] {
  const out: Omit<ProgrammeArc, 'bend'>[] = [];
  for (const l of bundle.iurc.links) {
    const a = places.get(l.a);
    const b = places.get(l.b);
    if (!a || !b) continue;
    out.push({ id: l.id, kind: l.kind, from: a.coord, to: b.coord, points: greatCircle(a.coord, b.coord, segments) });
  }
  const groups = new Map<string, number[]>();
  out.forEach((x, i) => {
    const key = [x.from.join(), x.to.join()].sort().join('|');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const bends = new Array<number>(out.length).fill(0);
  for (const idx of groups.values()) fanBends(idx.length, 8).forEach((b, k) => (bends[idx[k]] = b));
  return out.map((x, i) => ({ ...x, bend: bends[i] }));
}

/** The pilot cities and regions (those with an IURC profile, and any place a programme link names), as points. */
export function programmePoints(bundle: Pick<Bundle, 'iurc'>, places: ReadonlyMap<string, Place>): FeatureCollection<Point, { id: string; name: string; pilot: boolean }> {
  const pilots = new Set(bundle.iurc.profiles.map((p) => p.placeId));
  const ids = new Set([...pilots, ...bundle.iurc.links.flatMap((l) => [l.a, l.b])]);
  return {
    type: 'FeatureCollection',
    features: [...ids]
      .map((id) => places.get(id))
      .filter((p): p is Place => p !== undefined)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => ({ type: 'Feature', properties: { id: p.id, name: p.name, pilot: pilots.has(p.id) }, geometry: { type: 'Point', coordinates: p.coord } })),
  };
}
