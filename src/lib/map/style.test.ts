import { describe, expect, it } from 'vitest';
import { buildStyle, choroplethColour, DARK, CN_LABEL_FAR_WEIGHT, DOT_BLOCKER_MIN_ZOOM, EU_LABEL_ALL_ZOOM, EU_LABEL_MIN_ZOOM, INITIAL_BOUNDS, LABEL_MAX_WIDTH, LAYER, LIGHT, REGION_LABEL_ANCHORS, SOURCE, themePaint, withWeights } from './style.ts';
import type { GeoData } from '../geo/topo.ts';

const empty = { type: 'FeatureCollection', features: [] } as never;
const geo: GeoData = { countries: empty, regions: empty, labels: empty };

describe('buildStyle', () => {
  const style = buildStyle(geo);

  it('is a version 8 style whose every layer uses a declared source', () => {
    expect(style.version).toBe(8);
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    }
    expect(style.layers.map((l) => l.id)).toEqual(Object.values(LAYER));
  });

  it('points nowhere outside the page: no glyphs, sprite, tiles or any URL', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    const json = JSON.stringify(style);
    expect(json).not.toMatch(/https?:|\/\/|\{z\}|mapbox:/);
  });

  it('draws units from GeoJSON keyed by their id so hover state can address them', () => {
    expect(style.sources[SOURCE.regions]).toMatchObject({ type: 'geojson', promoteId: 'id' });
    const fill = style.layers.find((l) => l.id === LAYER.regionsFill);
    expect(JSON.stringify(fill)).toContain('feature-state');
  });

  it("keeps the shading's feature-state apart from the outlines' (a period step rewrites one layer)", () => {
    /** The feature-state keys each source's layers read. */
    const keysOf = (source: string) =>
      new Set(
        style.layers
          .filter((l) => 'source' in l && l.source === source)
          .flatMap((l) => [...JSON.stringify(l).matchAll(/\["feature-state","(\w+)"\]/g)].map((m) => m[1])),
      );
    expect([...keysOf(SOURCE.regions)]).toEqual(['step']);
    expect(style.layers.filter((l) => 'source' in l && l.source === SOURCE.regions && JSON.stringify(l).includes('feature-state')).map((l) => l.id)).toEqual([LAYER.regionsFill]);
    expect(keysOf(SOURCE.regionOutlines)).toEqual(new Set(['hover', 'selected']));
    expect(style.sources[SOURCE.regionOutlines]).toMatchObject({ type: 'geojson', promoteId: 'id' });
    // The same polygons, the same object: one geometry, given to both.
    expect((style.sources[SOURCE.regionOutlines] as { data: unknown }).data).toBe((style.sources[SOURCE.regions] as { data: unknown }).data);
  });

  it('labels with a local font stack', () => {
    const labels = style.layers.find((l) => l.id === LAYER.labels) as { layout: Record<string, unknown> };
    expect(labels.layout['text-font']).toEqual(['Noto Sans Regular', 'sans-serif']);
  });

  it('opens on a view spanning Europe and China', () => {
    const [[w, s], [e, n]] = INITIAL_BOUNDS;
    expect(w).toBeLessThan(-9); // west of Lisbon
    expect(e).toBeGreaterThan(122); // east of Shanghai
    expect(s).toBeLessThan(22); // Hainan
    expect(n).toBeGreaterThan(54); // Scotland, Pomerania
  });
});

describe('choroplethColour', () => {
  it('steps through the ramp by the feature-state step and keeps units without partnerships in the land tint', () => {
    for (const p of [LIGHT, DARK]) {
      const e = choroplethColour(p);
      // ['step', step ?? -1, land, 0, ramp[0], 1, ramp[1], …]: -1 (none) below every stop.
      expect(e.slice(0, 3)).toEqual(['step', ['coalesce', ['feature-state', 'step'], -1], p.land]);
      expect(e.slice(3)).toEqual(p.ramp.flatMap((c, i) => [i, c]));
      expect(p.ramp).toHaveLength(5);
    }
  });
});

describe('themes', () => {
  it('the paint a live theme switch applies is exactly what a fresh style of that theme holds', () => {
    for (const [palette, transparent] of [[LIGHT, false], [DARK, false], [DARK, true]] as const) {
      const style = buildStyle(geo, palette, transparent);
      for (const [layerId, prop, value] of themePaint(palette, transparent)) {
        const layer = style.layers.find((l) => l.id === layerId) as { paint?: Record<string, unknown> } | undefined;
        expect(layer, layerId).toBeDefined();
        expect(layer!.paint?.[prop], `${layerId} ${prop}`).toEqual(value);
      }
    }
  });

  it('a transparent style leaves the water unpainted', () => {
    const bg = buildStyle(geo, LIGHT, true).layers.find((l) => l.id === LAYER.background) as { paint: Record<string, unknown> };
    expect(bg.paint['background-opacity']).toBe(0);
  });

  it('the dark palette keeps labels readable: contrast of label on halo at least 4.5:1', () => {
    const lum = (hex: string) => {
      const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    for (const p of [LIGHT, DARK]) {
      const [a, b] = [lum(p.label), lum(p.labelHalo)].sort((x, y) => y - x);
      expect((a + 0.05) / (b + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });

  describe('the crowded east coast', () => {
    const points = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, properties: { id: 'cn.suzhou', name: 'Suzhou' }, geometry: { type: 'Point' as const, coordinates: [120.6, 31.3] } },
        { type: 'Feature' as const, properties: { id: 'cn.wuxi', name: 'Wuxi' }, geometry: { type: 'Point' as const, coordinates: [120.3, 31.6] } },
      ],
    };
    const crowded = buildStyle(geo, LIGHT, false, { points, weights: new Map([['cn.suzhou', 5]]) });
    const layer = (id: string) => crowded.layers.find((l) => l.id === id) as { layout?: Record<string, unknown>; filter?: unknown; source?: string; minzoom?: number };

    it('keeps every place as a dot of its own, and clusters nothing in MapLibre (the atlas does: clusters.ts, so no source re-tiles on a step)', () => {
      expect(crowded.sources[SOURCE.cities]).toMatchObject({ type: 'geojson', promoteId: 'id' });
      for (const [id, source] of Object.entries(crowded.sources)) expect(source, id).not.toHaveProperty('cluster');
      expect(JSON.stringify(crowded.layers)).not.toContain('point_count');
      expect(crowded.layers.map((l) => l.id)).not.toContain('city-clusters');
      // The dots have no filter: an arc's end always has its place's mark under it.
      expect(layer(LAYER.cities).filter).toBeUndefined();
      // The city names' source starts empty: it is written only where names can be seen (city-names.ts).
      expect(crowded.sources[SOURCE.cityNames]).toEqual({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    });

    it('lets labels collide (no overlap or ignored placement for place names) and places the most connected first', () => {
      for (const id of [LAYER.labels, LAYER.cityLabels]) {
        const l = layer(id).layout!;
        expect(l['text-allow-overlap'], id).toBeUndefined();
        expect(l['text-ignore-placement'], id).toBeUndefined();
        expect(JSON.stringify(l['symbol-sort-key']), id).toContain('"weight"');
      }
      // City names only for places standing alone (their own source holds only those), from a zoom with room for them.
      expect(layer(LAYER.cityLabels).source).toBe(SOURCE.cityNames);
      expect(layer(LAYER.cityLabels).filter).toBeUndefined();
      expect(layer(LAYER.cityLabels).minzoom).toBeGreaterThan(4);
    });

    it("carries each place's weight in its feature (0 where it has no partnership), leaving the input alone", () => {
      const data = (crowded.sources[SOURCE.cities] as unknown as { data: { features: { properties: { weight: number } }[] } }).data;
      expect(data.features.map((f) => f.properties.weight)).toEqual([5, 0]);
      expect(points.features[0].properties).toEqual({ id: 'cn.suzhou', name: 'Suzhou' });
      expect(withWeights(points, undefined).features.map((f) => f.properties.weight)).toEqual([0, 0]);
    });
  });
});

describe('labels (issue 14, item 7)', () => {
  const style = buildStyle(geo, DARK);
  const ids = style.layers.map((l) => l.id);
  const layer = (id: string) => style.layers.find((l) => l.id === id) as { layout: Record<string, unknown>; paint: Record<string, unknown>; filter?: unknown; minzoom?: number; source?: string };

  it('draws every name above the dots, and the marks names make way for above the names', () => {
    for (const name of [LAYER.labels, LAYER.cityLabels]) {
      expect(ids.indexOf(name), name).toBeGreaterThan(ids.indexOf(LAYER.cities));
      // MapLibre places the top layer first: the dots' marks are in the collision index before any name.
      expect(ids.indexOf(LAYER.dotBlockers)).toBeGreaterThan(ids.indexOf(name));
    }
  });

  it('marks every dot for the collision, invisibly, from the zoom where names have room beside them', () => {
    const b = layer(LAYER.dotBlockers);
    expect(b.source).toBe(SOURCE.cities);
    expect(b.layout['text-allow-overlap']).toBe(true);
    expect(b.layout['text-ignore-placement']).toBeUndefined();
    expect(b.paint['text-opacity']).toBe(0);
    expect(b.minzoom).toBe(DOT_BLOCKER_MIN_ZOOM);
  });

  it('gives names a halo in both themes and room beside their point; never wraps a name inside a word', () => {
    for (const p of [LIGHT, DARK]) {
      const l = buildStyle(geo, p).layers.find((x) => x.id === LAYER.labels) as unknown as { layout: Record<string, unknown>; paint: Record<string, unknown> };
      expect(l.paint['text-halo-color']).toBe(p.labelHalo);
      expect(l.paint['text-halo-width']).toBeGreaterThanOrEqual(1.5);
      expect(l.layout['text-variable-anchor-offset']).toBe(REGION_LABEL_ANCHORS);
      expect((REGION_LABEL_ANCHORS as unknown[])[0]).toBe('center');
      // No label name is longer than the wrapping width (CJK text would wrap at any character beyond it).
      expect(l.layout['text-max-width']).toBe(LABEL_MAX_WIDTH);
    }
    expect(LABEL_MAX_WIDTH).toBeGreaterThanOrEqual(10);
  });

  it('names European regions from zoom 2 when they hold partnerships, every region from zoom 4; Chinese provinces from zoom 1, the busiest always', () => {
    const f = JSON.stringify(layer(LAYER.labels).filter);
    expect(f).toContain(`[">=",["zoom"],${EU_LABEL_ALL_ZOOM}]`);
    expect(f).toContain(`[">=",["zoom"],${EU_LABEL_MIN_ZOOM}],[">",["coalesce",["get","weight"],0],0]`);
    expect(f).toContain(`["all",["==",["get","side"],"cn"],["any",[">=",["zoom"],1],[">=",["coalesce",["get","weight"],0],${CN_LABEL_FAR_WEIGHT}]]]`);
    expect(Number.isInteger(EU_LABEL_MIN_ZOOM)).toBe(true);
  });
});
