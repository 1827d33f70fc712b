import { describe, expect, it } from 'vitest';
import type { GeoData } from '../geo/topo.ts';
import { PALETTES, shadingColours } from '../map/style.ts';
import { shadeOf, shadingKey } from '../map/choropleth.ts';
import { BORDER_WIDTH, paintFirst, REGION_FILL_OPACITY, regionLineWidth, tracePolygons, type PaintContext } from './paint.ts';

/** A context that records each fill and stroke with the style it was made with. */
function recorder() {
  const ops: { op: string; style?: string; alpha?: number; width?: number; rect?: number[] }[] = [];
  let points = 0;
  const ctx: PaintContext & { transform: number[] } = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    transform: [],
    setTransform: (...t: number[]) => void (ctx.transform = t),
    clearRect: (...r: number[]) => void ops.push({ op: 'clear', rect: r }),
    fillRect: (...r: number[]) => void ops.push({ op: 'fillRect', style: String(ctx.fillStyle), rect: r }),
    beginPath: () => void (points = 0),
    moveTo: () => void points++,
    lineTo: () => void points++,
    closePath: () => {},
    fill: () => void ops.push({ op: 'fill', style: String(ctx.fillStyle), alpha: ctx.globalAlpha, width: points }),
    stroke: () => void ops.push({ op: 'stroke', style: String(ctx.strokeStyle), alpha: ctx.globalAlpha, width: ctx.lineWidth }),
  };
  return { ctx, ops };
}

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, y], [x + 2, y], [x + 2, y + 2], [x, y + 2], [x, y]]],
});
const geo = {
  countries: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'DE' }, geometry: square(8, 48) }] },
  regions: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: 'DE2' }, geometry: square(9, 49) },
      { type: 'Feature', properties: { id: 'DE1' }, geometry: square(8, 48) },
    ],
  },
} as unknown as GeoData;

describe('paintFirst', () => {
  const palette = PALETTES.light;
  const counts = new Map([['DE2', 5]]);
  const shading = shadingKey(counts, shadingColours(palette));
  const picture = { geo, project: ([lng, lat]: [number, number]) => [(lng - 8) * 20, (52 - lat) * 20] as [number, number], width: 200, height: 100, ratio: 2, palette, shading, unitCounts: counts, zoom: 4, transparent: false };

  it('paints water, then each country (land, border) and each region (its class at the map opacity, its outline), at the device ratio', () => {
    const { ctx, ops } = recorder();
    paintFirst(ctx, picture);
    expect(ctx.transform).toEqual([2, 0, 0, 2, 0, 0]);
    expect(ops[0]).toEqual({ op: 'clear', rect: [0, 0, 200, 100] });
    expect(ops[1]).toEqual({ op: 'fillRect', style: palette.water, rect: [0, 0, 200, 100] });
    const shapes = ops.slice(2);
    expect(shapes.map((o) => o.op)).toEqual(['fill', 'stroke', 'fill', 'stroke', 'fill', 'stroke']);
    expect(shapes[0]).toMatchObject({ style: palette.land, alpha: 1 });
    expect(shapes[1]).toMatchObject({ style: palette.border, alpha: 1, width: BORDER_WIDTH });
    // DE2 holds the view's maximum: the strongest class; DE1 none: the land's tint.
    expect(shapes[2]).toMatchObject({ style: shadeOf(5, shading), alpha: REGION_FILL_OPACITY });
    expect(shapes[2].style).toBe(shading.classes.at(-1)!.colour);
    expect(shapes[3]).toMatchObject({ style: palette.regionLine, alpha: 1, width: regionLineWidth(4) });
    expect(shapes[4]).toMatchObject({ style: shading.none, alpha: REGION_FILL_OPACITY });
    // Each fill had a shape to fill.
    for (const s of shapes.filter((o) => o.op === 'fill')) expect(s.width).toBeGreaterThan(3);
  });

  it('leaves the water out for a transparent embed', () => {
    const { ctx, ops } = recorder();
    paintFirst(ctx, { ...picture, transparent: true });
    expect(ops.some((o) => o.op === 'fillRect')).toBe(false);
    expect(ops[0].op).toBe('clear');
  });

  it('draws region lines as the map does: 0.3 px up to zoom 2, 1 px from zoom 6', () => {
    expect(regionLineWidth(1)).toBe(0.3);
    expect(regionLineWidth(2)).toBe(0.3);
    expect(regionLineWidth(4)).toBeCloseTo(0.65);
    expect(regionLineWidth(6)).toBe(1);
    expect(regionLineWidth(9)).toBe(1);
  });
});

describe('tracePolygons', () => {
  const calls = () => {
    const log: string[] = [];
    return { log, ctx: { moveTo: (x: number, y: number) => void log.push(`M${x},${y}`), lineTo: (x: number, y: number) => void log.push(`L${x},${y}`), closePath: () => void log.push('Z') } };
  };
  const project = ([lng, lat]: [number, number]) => [lng * 10, -lat * 10] as [number, number];

  it('traces every ring of a polygon (holes included) and of each part of a multipolygon, projected, each closed', () => {
    const { log, ctx } = calls();
    tracePolygons(ctx, { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]], [[0.2, 0.2], [0.4, 0.2], [0.2, 0.4], [0.2, 0.2]]] }, project);
    expect(log).toEqual(['M0,0', 'L10,0', 'L10,-10', 'L0,0', 'Z', 'M2,-2', 'L4,-2', 'L2,-4', 'L2,-2', 'Z']);
    const multi = calls();
    tracePolygons(multi.ctx, { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [0, 1], [0, 0]]], [[[5, 5], [6, 5], [5, 6], [5, 5]]]] }, project);
    expect(multi.log.filter((c) => c.startsWith('M'))).toEqual(['M0,0', 'M50,-50']);
    expect(multi.log.filter((c) => c === 'Z')).toHaveLength(2);
  });

  it('draws an edge across the antimeridian straight, as MapLibre does (no cut)', () => {
    const { log, ctx } = calls();
    tracePolygons(ctx, { type: 'Polygon', coordinates: [[[179, 0], [-179, 0], [-179, 1], [179, 0]]] }, project);
    expect(log).toEqual(['M1790,0', 'L-1790,0', 'L-1790,-10', 'L1790,0', 'Z']);
  });

  it('skips what is not a polygon', () => {
    const { log, ctx } = calls();
    tracePolygons(ctx, null, project);
    tracePolygons(ctx, { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, project);
    tracePolygons(ctx, { type: 'Point', coordinates: [0, 0] }, project);
    expect(log).toEqual([]);
  });
});
