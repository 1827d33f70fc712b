import { describe, expect, it } from 'vitest';
import { paintClustersOf } from './capture.ts';
import { registerClusters } from '../map/cluster-marks.ts';
import { recordingContext } from '../map/overlay/testing.ts';
import { LIGHT } from '../map/style.ts';

describe('paintClustersOf (the PNG export and the printed map)', () => {
  it("draws the map's clusters over its frame, at the frame's pixels per CSS pixel, in the page's theme", () => {
    const map = {};
    registerClusters(map, () => [{ id: 7, count: 14, coord: [120, 31], x: 300, y: 200, r: 15 }]);
    const { ctx, calls } = recordingContext();
    paintClustersOf(ctx as unknown as CanvasRenderingContext2D, map, 2);
    expect(calls.find(([n]) => n === 'setTransform')).toEqual(['setTransform', 2, 0, 0, 2, 0, 0]);
    expect(calls.filter(([n]) => n === 'arc').map((c) => c.slice(1, 4))).toEqual([[300, 200, 15]]);
    expect(calls.filter(([n]) => n === 'fillText').map((c) => c.slice(1, 4))).toEqual([['14', 300, 200]]);
    expect(calls.filter(([n]) => n === '=fillStyle').map(([, v]) => v)).toContain(LIGHT.hover);
  });

  it('draws nothing for a map without clusters', () => {
    const { ctx, calls } = recordingContext();
    paintClustersOf(ctx as unknown as CanvasRenderingContext2D, {}, 2);
    expect(calls).toEqual([]);
  });
});
