import { describe, expect, it, vi } from 'vitest';
import { mapCssSize, snapshotMap, type Compositor, type SnapshotMap } from './snapshot.ts';

const colours = { background: '#fff', text: '#000', muted: '#555' };

function fakes(buffer: { width: number; height: number }, ratio = 2) {
  const calls: string[] = [];
  const source = { ...buffer };
  const map: SnapshotMap = {
    getCanvas: () => source as unknown as HTMLCanvasElement,
    getPixelRatio: () => ratio,
    getCenter: () => ({ lng: 60, lat: 40 }),
    project: ([lng, lat]) => ({ x: lng * 2, y: -lat * 2 }),
    redraw: () => calls.push('redraw'),
  };
  const composed = { tag: 'composed' } as unknown as HTMLCanvasElement;
  const compositor: Compositor = {
    composePng: vi.fn((view, scale) => {
      calls.push(`compose ${view.mapWidth}×${view.mapHeight} @${scale}`);
      return composed;
    }),
    pngLayout: (w, h) => ({ width: w, height: h + 108, map: { x: 0, y: 58, width: w, height: h } }),
  };
  const drawImage = vi.fn();
  const target = { width: 300, height: 150, ownerDocument: {}, getContext: () => ({ drawImage }) } as unknown as HTMLCanvasElement;
  return { map, compositor, target, drawImage, calls, composed };
}

describe('the printed map snapshot', () => {
  it('reads the map size from its drawing buffer, in CSS pixels', () => {
    expect(mapCssSize({ width: 1600, height: 1000 }, 2)).toEqual({ width: 800, height: 500 });
    expect(mapCssSize({ width: 0, height: 0 }, 1)).toEqual({ width: 0, height: 0 });
    expect(mapCssSize({ width: 90, height: 60 }, 0)).toEqual({ width: 90, height: 60 });
  });

  it('redraws the map, then composes its frame with the arcs and crops the strips off', () => {
    const f = fakes({ width: 1600, height: 1000 });
    expect(snapshotMap(f.map, { arcs: [], anchors: [] }, f.target, f.compositor, colours)).toBe(true);
    expect(f.calls).toEqual(['redraw', 'compose 800×500 @2']);
    expect([f.target.width, f.target.height]).toEqual([1600, 1000]);
    // Only the map's rectangle of the composite (below the 58 px title strip), at the pixel ratio.
    expect(f.drawImage).toHaveBeenCalledWith(f.composed, 0, 116, 1600, 1000, 0, 0, 1600, 1000);
  });

  it('leaves the picture as it was when the map has no frame (hidden and resized to nothing)', () => {
    const f = fakes({ width: 0, height: 0 });
    expect(snapshotMap(f.map, { arcs: [], anchors: [] }, f.target, f.compositor, colours)).toBe(false);
    expect(f.calls).toEqual([]);
    expect([f.target.width, f.target.height]).toEqual([300, 150]);
  });
});
