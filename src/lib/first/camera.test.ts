import { describe, expect, it } from 'vitest';
import { cameraProjector, constrain, fitCamera, hashCamera, unmercator, worldSize } from './camera.ts';
import { mercator, type LngLat } from '../arcs/geometry.ts';

const EDGE = 85.0511287798066;
const OPENING: [[number, number], [number, number]] = [
  [-18, 18],
  [135, 60],
];

describe('the world at a zoom', () => {
  it('is 512 px wide at zoom 0 and doubles with each zoom', () => {
    expect(worldSize(0)).toBe(512);
    expect(worldSize(1.5)).toBeCloseTo(512 * 2 ** 1.5, 9);
  });
  it('unmercator undoes mercator', () => {
    for (const ll of [
      [0, 0],
      [-18, 18],
      [135, 60],
      [116.4, 39.9],
      [-179, -80],
    ] as LngLat[]) {
      const back = unmercator(mercator(ll));
      expect(back[0]).toBeCloseTo(ll[0], 9);
      expect(back[1]).toBeCloseTo(ll[1], 9);
    }
  });
});

describe('cameraProjector', () => {
  it('puts the whole world in a 1024 px box at zoom 1, its corners on the box’s corners', () => {
    const p = cameraProjector({ center: [0, 0], zoom: 1 }, { width: 1024, height: 1024 });
    expect(p([0, 0])).toEqual([512, 512]);
    const nw = p([-180, EDGE]);
    const se = p([180, -EDGE]);
    expect(nw[0]).toBeCloseTo(0, 6);
    expect(nw[1]).toBeCloseTo(0, 6);
    expect(se[0]).toBeCloseTo(1024, 6);
    expect(se[1]).toBeCloseTo(1024, 6);
  });
  it('puts the centre in the middle of the box and moves a degree of longitude by W/360 px', () => {
    const cam = { center: [60, 40] as LngLat, zoom: 2.3 };
    const p = cameraProjector(cam, { width: 800, height: 600 });
    expect(p(cam.center)[0]).toBeCloseTo(400, 9);
    expect(p(cam.center)[1]).toBeCloseTo(300, 9);
    expect(p([61, 40])[0] - 400).toBeCloseTo(worldSize(2.3) / 360, 9);
  });
});

describe('fitCamera (MapLibre’s fitBounds)', () => {
  it('gives a camera of numbers in a box no taller or wider than its padding (a short window under notices)', () => {
    const bounds: [[number, number], [number, number]] = [[-10, 18], [135, 58]];
    for (const box of [{ width: 720, height: 40 }, { width: 40, height: 480 }, { width: 1, height: 1 }, { width: 60, height: 60 }]) {
      const cam = fitCamera(bounds, box, 30);
      expect(Number.isFinite(cam.zoom)).toBe(true);
      expect(cam.center.every(Number.isFinite)).toBe(true);
      const [x, y] = cameraProjector(cam, box)([100, 30]);
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });
  it('fits the box’s longer side exactly within the padding and centres the other', () => {
    const box = { width: 1280, height: 743 };
    const cam = fitCamera(OPENING, box, 16);
    const p = cameraProjector(cam, box);
    const [x0, y0] = p([-18, 60]);
    const [x1, y1] = p([135, 18]);
    // Wide box: the height decides, the bounds' top and bottom on the padding.
    const tight = Math.abs(y0 - 16) < 1e-6 ? 'y' : 'x';
    if (tight === 'y') {
      expect(y1).toBeCloseTo(743 - 16, 6);
      expect(x0).toBeGreaterThanOrEqual(16);
      expect(x0 + x1).toBeCloseTo(1280, 6);
    } else {
      expect(x0).toBeCloseTo(16, 6);
      expect(x1).toBeCloseTo(1280 - 16, 6);
      expect(y0 + y1).toBeCloseTo(743, 6);
    }
  });
  it('in a narrow box the width decides', () => {
    const box = { width: 390, height: 600 };
    const cam = fitCamera(OPENING, box, 16);
    const p = cameraProjector(cam, box);
    expect(p([-18, 60])[0]).toBeCloseTo(16, 6);
    expect(p([135, 18])[0]).toBeCloseTo(390 - 16, 6);
    // The opening box spans 153° of longitude: (390 − 32) px for 153/360 of a 512 px world.
    expect(cam.zoom).toBeCloseTo(Math.log2(358 / ((153 / 360) * 512)), 9);
  });
  it('caps the zoom', () => {
    expect(fitCamera([[0, 0], [0.001, 0.001]], { width: 800, height: 600 }, 16, 6).zoom).toBe(6);
  });
});

describe('constrain', () => {
  it('zooms in when the world would be shorter than the box, centred on the equator', () => {
    const cam = constrain({ center: [58, 40], zoom: 0.5 }, { width: 390, height: 800 });
    expect(worldSize(cam.zoom)).toBeCloseTo(800, 6);
    expect(cam.center[0]).toBeCloseTo(58, 9);
    expect(cam.center[1]).toBeCloseTo(0, 9);
  });
  it('keeps the pole on the box’s top edge', () => {
    const cam = constrain({ center: [0, 80], zoom: 1 }, { width: 600, height: 600 });
    const p = cameraProjector(cam, { width: 600, height: 600 });
    expect(p([0, EDGE])[1]).toBeCloseTo(0, 6);
  });
  it('leaves a camera inside the world as it is', () => {
    const cam = { center: [60, 40] as LngLat, zoom: 2 };
    expect(constrain(cam, { width: 800, height: 600 })).toBe(cam);
  });
});

describe('hashCamera', () => {
  it('reads MapLibre’s #map=zoom/lat/lng among other parts', () => {
    expect(hashCamera('#map=3.5/45.2/12.75')).toEqual({ center: [12.75, 45.2], zoom: 3.5 });
    expect(hashCamera('#x=1&map=2/10/20/0/0')).toEqual({ center: [20, 10], zoom: 2 });
  });
  it('gives null without a camera or with one that is not numbers', () => {
    expect(hashCamera('')).toBeNull();
    expect(hashCamera('#other=1/2/3')).toBeNull();
    expect(hashCamera('#map=a/b/c')).toBeNull();
    expect(hashCamera('#map=2/10')).toBeNull();
  });
});
