import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { capturePng as capture, exportSvg, IDLE_CAP_MS, type CaptureMap, type CaptureColours, type ExportView } from './capture.ts';

const ONE_PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
/** A stand-in for png.ts, passed in (not vi.mock'ed: the unit tests share one module graph per worker). */
const png = { fail: false, seen: [] as { scale: number; attribution: string; legend: unknown }[] };
const fakePng = async () => ({
  composePng: ((view: { attribution: string; legend: unknown }, scale: number) => {
    if (png.fail) throw new Error('no 2D canvas');
    png.seen.push({ scale, attribution: view.attribution, legend: view.legend });
    return { fake: 'canvas' };
  }) as unknown as typeof import('./png.ts').composePng,
  // A real PNG (1 × 1 pixel): the capture writes its text chunks into it.
  canvasToPng: async () => new Blob([Uint8Array.from(atob(ONE_PIXEL), (c) => c.charCodeAt(0))], { type: 'image/png' }),
});
const capturePng = (map: CaptureMap, v: ExportView, scale: number, colours: CaptureColours) => capture(map, v, scale, colours, fakePng);
import { attributionText } from '../words/index.ts';

const colours = { background: '#fff', text: '#000', muted: '#444' };
const view: ExportView = {
  geo: { countries: { type: 'FeatureCollection', features: [] }, regions: { type: 'FeatureCollection', features: [] }, labels: { type: 'FeatureCollection', features: [] } },
  arcs: [],
  unitCounts: new Map(),
  anchors: [],
  title: 'EU–China partnerships: 1982–1989',
  subtitle: 'New in the period',
  legend: [{ country: 'DE', name: 'Germany', count: 14 }],
};

/** A map that answers `idle` only when told, and `render` at once on a repaint. */
function fakeMap(idles: boolean) {
  const handlers: Record<string, (() => void)[]> = { idle: [], render: [] };
  const ratios: number[] = [];
  let ratio = 1;
  const map: CaptureMap = {
    project: ([x, y]) => ({ x, y }),
    getCenter: () => ({ lng: 0, lat: 0 }),
    getBounds: () => ({ getWest: () => -10, getSouth: () => 20, getEast: () => 130, getNorth: () => 60 }),
    getPixelRatio: () => ratio,
    setPixelRatio: (r) => {
      ratio = r;
      ratios.push(r);
    },
    once: (type, fn) => handlers[type].push(fn),
    triggerRepaint: () => {
      if (idles) handlers.idle.splice(0).forEach((f) => f());
      handlers.render.splice(0).forEach((f) => f());
    },
    getCanvas: () => ({ clientWidth: 800, clientHeight: 500 }) as HTMLCanvasElement,
  };
  return { map, ratios, handlers };
}

beforeEach(() => {
  png.fail = false;
  png.seen = [];
});
afterEach(() => vi.useRealTimers());

describe('capturePng', () => {
  it('redraws at the scale, composes with the credit line and the legend colours, then restores the pixel ratio', async () => {
    const { map, ratios } = fakeMap(true);
    const blob = await capturePng(map, view, 3, colours);
    expect(blob.size).toBeGreaterThan(0);
    expect(ratios).toEqual([3, 1]);
    expect(png.seen).toEqual([{ scale: 3, attribution: attributionText(), legend: [{ name: 'Germany', colour: expect.any(String), count: 14 }] }]);
  });

  it('waits for idle at most the cap', async () => {
    vi.useFakeTimers();
    const { map, handlers } = fakeMap(false);
    const done = capturePng(map, view, 2, colours);
    await vi.advanceTimersByTimeAsync(IDLE_CAP_MS - 1);
    expect(png.seen).toEqual([]);
    expect(handlers.idle).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(png.seen).toHaveLength(1);
  });

  it('restores the pixel ratio when composing fails', async () => {
    png.fail = true;
    const { map, ratios } = fakeMap(true);
    await expect(capturePng(map, view, 2, colours)).rejects.toThrow('no 2D canvas');
    expect(ratios).toEqual([2, 1]);
  });
});

describe('exportSvg', () => {
  it('draws the map’s bounds with the title and the credit line', async () => {
    const svg = await exportSvg(view, fakeMap(true).map);
    expect(svg).toContain('EU–China partnerships: 1982–1989');
    expect(svg).toContain('Natural Earth');
    expect(svg.startsWith('<svg') || svg.startsWith('<?xml')).toBe(true);
  });
});
