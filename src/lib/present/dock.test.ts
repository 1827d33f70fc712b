import { describe, expect, it, vi } from 'vitest';
import { bandMargin, DOCK_MEDIA, dockFor, frame } from './dock.ts';

describe('where the presenter card sits', () => {
  const only = (...queries: string[]) => (q: string) => queries.includes(q);

  it('docks below the map in portrait, beside it on a short landscape screen, and floats otherwise', () => {
    expect(dockFor(only(DOCK_MEDIA.bottom))).toBe('bottom');
    expect(dockFor(only(DOCK_MEDIA.left))).toBe('left');
    expect(dockFor(only())).toBeNull();
    // Portrait wins should both match (they cannot at once in a browser; the order is still defined).
    expect(dockFor(only(DOCK_MEDIA.left, DOCK_MEDIA.bottom))).toBe('bottom');
  });

  it('the media queries say what they mean', () => {
    expect(DOCK_MEDIA.bottom).toContain('portrait');
    expect(DOCK_MEDIA.left).toContain('landscape');
    expect(DOCK_MEDIA.left).toMatch(/max-height:\s*\d+px/);
  });

  it('reserves the card’s height below or its width on the left, whole pixels, and nothing when floating', () => {
    expect(bandMargin('bottom', { width: 390, height: 432.4 })).toEqual({ bottom: 433, left: 0 });
    expect(bandMargin('left', { width: 371.2, height: 350 })).toEqual({ bottom: 0, left: 372 });
    expect(bandMargin(null, { width: 500, height: 300 })).toEqual({ bottom: 0, left: 0 });
  });

  it('frames the bounds after measuring the map again, without animation', () => {
    const calls: string[] = [];
    const map = {
      resize: vi.fn(() => calls.push('resize')),
      fitBounds: vi.fn(() => calls.push('fit')),
    };
    frame(map, [[-18, 18], [135, 60]]);
    expect(calls).toEqual(['resize', 'fit']);
    expect(map.fitBounds).toHaveBeenCalledWith([[-18, 18], [135, 60]], { padding: 16, animate: false });
  });
});
