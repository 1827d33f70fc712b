import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { buildProgrammeArcs, programmePoints } from './programme.ts';

const bundle = parseBundle(raw);
const places = new Map(bundle.places.map((p) => [p.id, p]));

describe('programme layer', () => {
  it('draws every programme link between known places, spreading repeated pairs', () => {
    const arcs = buildProgrammeArcs(bundle, places);
    expect(arcs).toHaveLength(bundle.iurc.links.length);
    const visits = arcs.filter((a) => a.kind === 'visit');
    expect(visits).toHaveLength(14);
    // Imola–Yangzhou is named twice: the two arcs bow apart.
    const imola = arcs.filter((a) => bundle.iurc.links.find((l) => l.id === a.id)!.a === 'it.nuovo-circondario-imolese');
    expect(imola.map((a) => a.bend).sort()).toEqual([-4, 4]);
  });

  it('marks the 44 pilots among the programme points', () => {
    const pts = programmePoints(bundle, places);
    expect(pts.features.filter((f) => f.properties.pilot)).toHaveLength(44);
    expect(pts.features.every((f) => f.geometry.coordinates.every(Number.isFinite))).toBe(true);
  });
});
