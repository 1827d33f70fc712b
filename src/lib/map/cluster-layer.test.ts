// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ClusterDrawing, frameKey, visible } from './cluster-layer.ts';
import { LIGHT } from './style.ts';

const mark = (id: number, count: number, x: number, y: number, r = 9) => ({ id, count, coord: [0, 0] as [number, number], x, y, r });

describe('ClusterDrawing', () => {
  it('draws one group per cluster where it is, with its count, and reuses or removes groups on the next frame', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const d = new ClusterDrawing(svg);
    d.colour(LIGHT);
    d.draw([mark(1, 5, 10, 20), mark(2, 12, 30.5, 40, 13)]);
    const gs = () => [...svg.querySelectorAll('g.cluster')] as SVGGElement[];
    expect(gs().map((g) => [g.getAttribute('transform'), g.dataset.count, g.textContent, g.querySelector('circle')!.getAttribute('r')])).toEqual([
      ['translate(10,20)', '5', '5', '9'],
      ['translate(30.5,40)', '12', '12', '13'],
    ]);
    const first = gs()[0];
    d.draw([mark(3, 2, 1, 2)]);
    expect(gs()).toEqual([first]);
    expect(first.dataset.count).toBe('2');
    expect(first.textContent).toBe('2');
    expect(svg.style.getPropertyValue('--cluster-fill')).toBe(LIGHT.hover);
  });
});

describe('frameKey and visible', () => {
  it('keys a frame by the clusters and the camera', () => {
    expect(frameKey(1, 2, 3, 4, 5, 6)).toBe(frameKey(1, 2, 3, 4, 5, 6));
    expect(frameKey(1, 2, 3, 4, 5, 6)).not.toBe(frameKey(2, 2, 3, 4, 5, 6));
    expect(frameKey(1, 2, 3, 4, 5, 6)).not.toBe(frameKey(1, 2.01, 3, 4, 5, 6));
  });
  it('keeps a cluster whose circle reaches into the map', () => {
    expect(visible(mark(1, 2, -5, 10, 9), 100, 100)).toBe(true);
    expect(visible(mark(1, 2, -10, 10, 9), 100, 100)).toBe(false);
    expect(visible(mark(1, 2, 50, 108, 9), 100, 100)).toBe(true);
    expect(visible(mark(1, 2, 50, 110, 9), 100, 100)).toBe(false);
  });
});
