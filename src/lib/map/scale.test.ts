import { describe, expect, it } from 'vitest';
import { displayScale, SCALED, scaleStyle, scaleValue } from './scale.ts';
import { buildStyle } from './style.ts';
import type { GeoData } from '../geo/topo.ts';

describe('the map grows with a 4K screen', () => {
  it('by the root font size over 16 px, between 1 and 2', () => {
    expect(displayScale(16)).toBe(1);
    expect(displayScale(12)).toBe(1);
    expect(displayScale(24)).toBe(1.5);
    expect(displayScale(32)).toBe(2);
    expect(displayScale(40)).toBe(2);
    expect(displayScale(NaN)).toBe(1);
  });
  it('scales numbers, the outputs of zoom curves and wraps other expressions', () => {
    expect(scaleValue(11, 2)).toBe(22);
    expect(scaleValue(['interpolate', ['linear'], ['zoom'], 2, 9, 6, 13], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 2, 18, 6, 26]);
    expect(scaleValue(['step', ['zoom'], 1, 4, 2], 2)).toEqual(['step', ['zoom'], 2, 4, 4]);
    expect(scaleValue(['case', ['get', 'pilot'], 5.5, 3.5], 2)).toEqual(['*', 2, ['case', ['get', 'pilot'], 5.5, 3.5]]);
    expect(scaleValue('x', 2)).toBe('x');
  });
  it('doubles every pixel size of the atlas style at 2, and leaves colours, ids and sources alone', () => {
    const empty = { type: 'FeatureCollection', features: [] } as never;
    const geo: GeoData = { countries: empty, regions: empty, labels: empty };
    const style = buildStyle(geo);
    const big = scaleStyle(style, 2);
    expect(scaleStyle(style, 1)).toBe(style);
    expect(big.sources).toEqual(style.sources);
    expect(big.layers.map((l) => l.id)).toEqual(style.layers.map((l) => l.id));
    let scaled = 0;
    big.layers.forEach((layer, i) => {
      const before = style.layers[i] as { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
      const after = layer as typeof before;
      for (const part of ['paint', 'layout'] as const) {
        for (const [key, value] of Object.entries(before[part] ?? {})) {
          const px = (SCALED as readonly string[]).includes(key);
          if (px && typeof value === 'number') {
            expect(after[part]![key], `${layer.id} ${key}`).toBe(value * 2);
            scaled++;
          } else if (px) expect(after[part]![key], `${layer.id} ${key}`).not.toEqual(value);
          // Everything else (colours, ems such as text-max-width, filters) as it was.
          else expect(after[part]![key], `${layer.id} ${key}`).toEqual(value);
        }
      }
    });
    expect(scaled).toBeGreaterThan(3);
    // The cities' label size, a plain number in the style, grows.
    expect(JSON.stringify(big)).not.toEqual(JSON.stringify(style));
  });
});
