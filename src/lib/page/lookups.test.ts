import { describe, expect, it } from 'vitest';
import { arcAnchors, choroplethCounts, exportView, legendRows } from './lookups.ts';
import { buildArcs, type ArcDatum } from '../arcs/arcs.ts';
import { partnership, testPlace } from '../data/testing.ts';
import type { Country } from '../data/types.ts';

describe('lookups', () => {
  it('counts only units with a polygon for the choropleth', () => {
    const counts = choroplethCounts(new Map([['CN-SD', 15], ['somewhere', 3]]), new Set(['CN-SD']));
    expect([...counts]).toEqual([['CN-SD', 15]]);
  });

  it('anchors each country whose arcs name no region, once, by its name', () => {
    const arc = (euCountry: string, countryAnchored: boolean) => ({ countryAnchored, partnership: { euCountry } }) as unknown as ArcDatum;
    const countries = new Map([['PL', { anchor: [19, 52] } as Country], ['DE', { anchor: [10, 51] } as Country]]);
    expect(arcAnchors([arc('PL', true), arc('PL', true), arc('DE', false)], { PL: 'Poland' }, countries)).toEqual([
      { id: 'PL', name: 'Poland', coord: [19, 52] },
    ]);
  });

  it('names the legend rows, falling back to the id', () => {
    expect(legendRows([{ country: 'FR', count: 4 }, { country: 'ES', count: 0 }], { FR: 'France' })).toEqual([
      { country: 'FR', count: 4, name: 'France' },
      { country: 'ES', count: 0, name: 'ES' },
    ]);
  });
});

describe('exportView', () => {
  it('gives the exports the view’s arcs, polygon counts, anchors, titles and named legend', () => {
    const geo = { countries: { type: 'FeatureCollection', features: [] }, regions: { type: 'FeatureCollection', features: [] }, labels: { type: 'FeatureCollection', features: [] } } as never;
    const arcs = [{ countryAnchored: true, partnership: { euCountry: 'PL' } }] as unknown as ArcDatum[];
    const v = exportView(
      geo,
      { arcs, byUnit: new Map([['CN-SD', 2], ['x', 1]]), byCountry: [{ country: 'PL', count: 1 }], countries: new Map([['PL', { anchor: [19, 52] } as Country]]) },
      { regionIds: new Set(['CN-SD']), countryNames: { PL: 'Poland' } },
      { title: 'T', subtitle: 'S' },
    );
    expect(v).toEqual({
      geo,
      arcs,
      unitCounts: new Map([['CN-SD', 2]]),
      anchors: [[19, 52]],
      title: 'T',
      subtitle: 'S',
      legend: [{ country: 'PL', count: 1, name: 'Poland' }],
    });
  });

  it('gives the exports the lines the map draws: flows, the chosen place’s opened into its single arcs', () => {
    const geo = { countries: { type: 'FeatureCollection', features: [] }, regions: { type: 'FeatureCollection', features: [] }, labels: { type: 'FeatureCollection', features: [] } } as never;
    const places = new Map([testPlace('DE2', [11, 49]), testPlace('CN-JS', [119, 33], 'CN'), testPlace('CN-SD', [118, 36], 'CN')].map((p) => [p.id, p]));
    const countries = new Map([['DE', { id: 'DE', name: 'Germany', anchor: [10, 51], surveyed: true } as Country]]);
    const arcs = buildArcs([partnership({ id: 'a', euUnit: 'DE2' }), partnership({ id: 'b', euUnit: 'DE2' }), partnership({ id: 'c', cnUnit: 'CN-SD', cnProvince: 'CN-SD' })], { places, countries });
    const atlas = { arcs, byUnit: new Map(), byCountry: [], countries };
    const ids = (select: string | null) =>
      exportView(geo, { ...atlas, lines: 'flows', view: { select } }, { regionIds: new Set(), countryNames: {} }, { title: 'T', subtitle: 'S' }).arcs.map((l) => l.id);
    expect(ids(null)).toEqual(['flow:DE2>CN-JS', 'flow:DE>CN-SD']);
    expect(ids('CN-SD')).toEqual(['flow:DE2>CN-JS', 'c']);
  });
});
