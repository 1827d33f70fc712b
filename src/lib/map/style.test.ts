import { describe, expect, it } from 'vitest';
import { buildStyle, choroplethColour, INITIAL_BOUNDS, LAYER, RAMP, SOURCE } from './style.ts';
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
  it('ramps from 1 to the maximum and keeps units without partnerships in their base tint', () => {
    const e = JSON.stringify(choroplethColour(16));
    expect(e).toContain(`1,"${RAMP[0]}",8.5,"${RAMP[1]}",16,"${RAMP[2]}"`);
    expect(e).toContain('"feature-state","count"');
    // A maximum of 0 or 1 still gives a valid ascending ramp.
    expect(JSON.stringify(choroplethColour(0))).toContain(`2,"${RAMP[2]}"`);
  });
});
