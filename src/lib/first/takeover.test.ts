import { describe, expect, it } from 'vitest';
import { Opening, openingCamera, Takeover, type Redraw } from './takeover.ts';
import { fitCamera } from './camera.ts';

class FakeMap {
  listeners = new Set<Redraw>();
  on(_: 'render', l: Redraw) {
    this.listeners.add(l);
  }
  off(_: 'render', l: Redraw) {
    this.listeners.delete(l);
  }
  render(e: unknown) {
    for (const l of this.listeners) l(e);
  }
}

describe('Takeover', () => {
  it('redraws the overlay at once when the map is attached, then on each of its renders', () => {
    const t = new Takeover();
    const calls: unknown[] = [];
    t.subscribe((e) => calls.push(e ?? 'now'));
    t.redraw();
    expect(calls).toEqual(['now']);
    const m = new FakeMap();
    const detach = t.attach(m);
    expect(calls).toEqual(['now', 'now']);
    m.render('frame');
    expect(calls).toEqual(['now', 'now', 'frame']);
    // With the map attached, its renders drive the overlay; the first drawing's redraws stop.
    t.redraw();
    expect(calls).toHaveLength(3);
    detach();
    m.render('late');
    expect(calls).toHaveLength(3);
  });
  it('stops calling an unsubscribed overlay', () => {
    const t = new Takeover();
    let n = 0;
    const off = t.subscribe(() => n++);
    off();
    t.redraw();
    expect(n).toBe(0);
  });
});

describe('openingCamera', () => {
  const bounds: [[number, number], [number, number]] = [
    [-18, 18],
    [135, 60],
  ];
  const box = { width: 1280, height: 700 };
  it('fits the opening bounds with MapLibre’s padding of 16 px', () => {
    expect(openingCamera(bounds, box, null)).toEqual(fitCamera(bounds, box, 16));
    expect(openingCamera(bounds, box, '#other=1')).toEqual(fitCamera(bounds, box, 16));
  });
  it('takes the address’s camera when it has one', () => {
    expect(openingCamera(bounds, box, '#map=3/45/10')).toEqual({ center: [10, 45], zoom: 3 });
  });
});

describe('Opening', () => {
  const bounds: [[number, number], [number, number]] = [
    [-18, 18],
    [135, 60],
  ];
  it('has no camera before the box has a size', () => {
    expect(new Opening(bounds, true, () => null).camera({ width: 0, height: 0 })).toBeNull();
  });
  it('keeps the camera of the box’s first size for the map that takes over, as MapLibre keeps its own', () => {
    let hashReads = 0;
    const o = new Opening(bounds, true, () => (hashReads++, ''));
    const first = o.camera({ width: 1280, height: 700 });
    expect(first).toEqual(fitCamera(bounds, { width: 1280, height: 700 }, 16));
    expect(o.camera({ width: 900, height: 500 })).toBe(first);
    expect(hashReads).toBe(1);
    // The centre stays in the middle of the resized box.
    const [x, y] = o.projector({ width: 900, height: 500 })(first!.center);
    expect(x).toBeCloseTo(450, 9);
    expect(y).toBeCloseTo(250, 9);
  });
  it('fits each size in a static embed, whatever the address says', () => {
    const o = new Opening(bounds, false, () => '#map=5/0/0');
    expect(o.camera({ width: 1280, height: 700 })).toEqual(fitCamera(bounds, { width: 1280, height: 700 }, 16));
    expect(o.camera({ width: 600, height: 400 })).toEqual(fitCamera(bounds, { width: 600, height: 400 }, 16));
  });
});
