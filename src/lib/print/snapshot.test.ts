import { describe, expect, it, vi } from 'vitest';
import { composeFrame, mapCssSize, takeFrame, type Compositor, type Frame, type SnapshotMap } from './snapshot.ts';

const colours = { background: '#fff', text: '#000', muted: '#555' };

/** A document whose canvases record what is drawn on them. */
function fakeDoc(calls: string[]) {
  return {
    createElement: () => {
      const c = {
        width: 0,
        height: 0,
        getContext: () => ({ drawImage: (src: { tag?: string }) => calls.push(`copy ${src.tag} into ${c.width}×${c.height}`) }),
      };
      return c;
    },
  } as unknown as Document;
}

function fakeMap(buffer: { width: number; height: number }, calls: string[], ratio = 2): SnapshotMap {
  const source = { ...buffer, tag: 'webgl' };
  return {
    getCanvas: () => source as unknown as HTMLCanvasElement,
    getPixelRatio: () => ratio,
    getCenter: () => ({ lng: 60, lat: 40 }),
    project: ([lng, lat]) => ({ x: lng * 2, y: -lat * 2 }),
    redraw: () => calls.push('redraw'),
  };
}

describe('the printed map: its frame', () => {
  it('reads the map size from its drawing buffer, in CSS pixels', () => {
    expect(mapCssSize({ width: 1600, height: 1000 }, 2)).toEqual({ width: 800, height: 500 });
    expect(mapCssSize({ width: 0, height: 0 }, 1)).toEqual({ width: 0, height: 0 });
    expect(mapCssSize({ width: 90, height: 60 }, 0)).toEqual({ width: 90, height: 60 });
  });

  it('redraws the map, then copies its frame while the buffer is there, with the projection of that moment', () => {
    const calls: string[] = [];
    const frame = takeFrame(fakeMap({ width: 1600, height: 1000 }, calls), fakeDoc(calls))!;
    expect(calls).toEqual(['redraw', 'copy webgl into 1600×1000']);
    expect([frame.width, frame.height, frame.ratio]).toEqual([800, 500, 2]);
    const [x, y] = frame.project([60, 40]);
    expect([Math.round(x), Math.round(y)]).toEqual([120, -80]);
  });

  it('gives nothing when the map has no frame (hidden and resized to nothing)', () => {
    const calls: string[] = [];
    expect(takeFrame(fakeMap({ width: 0, height: 0 }, calls), fakeDoc(calls))).toBeNull();
    expect(calls).toEqual([]);
  });
});

describe('the printed map: arcs composed over the frame', () => {
  it('composes at the frame’s ratio and crops the strips off', () => {
    const composed = { tag: 'composed' } as unknown as HTMLCanvasElement;
    const compositor: Compositor = {
      composePng: vi.fn(() => composed),
      pngLayout: (w, h) => ({ width: w, height: h + 108, map: { x: 0, y: 58, width: w, height: h } }),
    };
    const drawImage = vi.fn();
    const target = { width: 300, height: 150, ownerDocument: {}, getContext: () => ({ drawImage }) } as unknown as HTMLCanvasElement;
    const frame: Frame = { image: { tag: 'frame' } as unknown as HTMLCanvasElement, width: 800, height: 500, ratio: 2, project: (ll) => ll };
    expect(composeFrame(frame, { arcs: [], anchors: [] }, target, compositor, colours)).toBe(true);
    expect(compositor.composePng).toHaveBeenCalledWith(expect.objectContaining({ mapCanvas: frame.image, mapWidth: 800, mapHeight: 500, project: frame.project, title: '' }), 2, target.ownerDocument);
    expect([target.width, target.height]).toEqual([1600, 1000]);
    // Only the map's rectangle of the composite (below the 58 px title strip), at the pixel ratio.
    expect(drawImage).toHaveBeenCalledWith(composed, 0, 116, 1600, 1000, 0, 0, 1600, 1000);
  });
});
