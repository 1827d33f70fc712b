/**
 * The map grows with the interface on very wide screens (a 4K projector at 1:1):
 * app.css sets the root font from 16 px up to 32 px at 3840 px, and the map's
 * labels, markers and line widths follow by the same factor.
 */
import type { StyleSpecification } from 'maplibre-gl';

/** The factor for a root font size in px: 1 up to 16 px, then in proportion, at most 2. */
export function displayScale(rootFontPx: number): number {
  if (!Number.isFinite(rootFontPx)) return 1;
  return Math.min(2, Math.max(1, rootFontPx / 16));
}

/** Paint and layout properties measured in pixels, which grow by the factor. */
export const SCALED = ['text-size', 'text-halo-width', 'circle-radius', 'circle-stroke-width', 'line-width'] as const;

type Value = unknown;

/** A pixel value times k: numbers at once; in a zoom or data curve each output; any other expression wrapped in a product. */
export function scaleValue(v: Value, k: number): Value {
  if (typeof v === 'number') return v * k;
  if (!Array.isArray(v)) return v;
  const [op] = v;
  // ['interpolate', curve, input, stop, out, stop, out…]: MapLibre allows ['zoom'] only as such a curve's input, so scale the outputs.
  if (op === 'interpolate') return [...v.slice(0, 3), ...v.slice(3).map((x, i) => (i % 2 === 1 ? scaleValue(x, k) : x))];
  // ['step', input, out0, stop, out…]
  if (op === 'step') return [...v.slice(0, 2), scaleValue(v[2], k), ...v.slice(3).map((x, i) => (i % 2 === 1 ? scaleValue(x, k) : x))];
  return ['*', k, v];
}

/** The style with every pixel size times k (k = 1: the style itself). */
export function scaleStyle(style: StyleSpecification, k: number): StyleSpecification {
  if (k === 1) return style;
  const scaleProps = (props: Record<string, Value> | undefined) => {
    if (!props) return props;
    const out: Record<string, Value> = { ...props };
    for (const key of SCALED) if (key in out) out[key] = scaleValue(out[key], k);
    return out;
  };
  return {
    ...style,
    layers: style.layers.map((l) => {
      const layer = { ...l } as typeof l & { paint?: Record<string, Value>; layout?: Record<string, Value> };
      if (layer.paint) layer.paint = scaleProps(layer.paint);
      if (layer.layout) layer.layout = scaleProps(layer.layout);
      return layer;
    }),
  };
}
