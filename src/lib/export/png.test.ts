import { describe, expect, it } from 'vitest';
import { FOOTER, HEADER, pngLayout } from './png.ts';

describe('pngLayout', () => {
  it('is as wide as the map, with the title strip above and the legend and attribution below', () => {
    expect(pngLayout(1000.4, 600)).toEqual({ width: 1000, height: HEADER + 600 + FOOTER, map: { x: 0, y: HEADER, width: 1000, height: 600 } });
  });
  it('never has an empty side', () => {
    expect(pngLayout(0, 0).width).toBe(1);
    expect(pngLayout(0, 0).map.height).toBe(1);
  });
});
