import { describe, expect, it } from 'vitest';
import { buildStyle, choroplethColour, DARK, INITIAL_BOUNDS, LAYER, LIGHT, RAMP, SOURCE, themePaint } from './style.ts';
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
  it('ramps on the feature-state share and keeps units without partnerships in their base tint', () => {
    const e = JSON.stringify(choroplethColour(LIGHT));
    expect(e).toContain(`0,"${RAMP[0]}",0.5,"${RAMP[1]}",1,"${RAMP[2]}"`);
    expect(e).toContain('"feature-state","count"');
    expect(e).toContain('"feature-state","share"');
    expect(e).toContain(LIGHT.cn);
    expect(JSON.stringify(choroplethColour(DARK))).toContain(DARK.eu);
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
});
