import { describe, expect, it } from 'vitest';
import { arcBounds, bendRoom, freeBox, freePadding, mercatorAspect, onScreen, paddingIn, placeArcs, type Box } from './frame.ts';
import { buildArcs } from '../arcs/arcs.ts';
import { greatCircle, type LngLat } from '../arcs/geometry.ts';
import { AtlasState } from '../state/atlas.svelte.ts';
import { parseBundle } from '../data/load.ts';
import raw from '../../../public/data/bundle.json';
import { paddingFor } from './framing.ts';

const arc = (id: string, from: LngLat, to: LngLat, euEnd = 'eu', cnEnd = 'cn', cnProvince: string | null = cnEnd) => ({
  id,
  from,
  to,
  euEnd,
  cnEnd,
  points: greatCircle(from, to, 32),
  partnership: { cnProvince },
});

const MAP: Box = { x: 0, y: 0, width: 1280, height: 775 };
const inside = (b: Box, x: number, y: number) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;

describe('what a step frames', () => {
  it('holds the whole great circle: its northern bulge, not only the ends', () => {
    const london: LngLat = [-0.1, 51.5];
    const beijing: LngLat = [116.4, 39.9];
    const [[w, s], [e, n]] = arcBounds([arc('a', london, beijing)])!;
    expect([w, s, e]).toEqual([-0.1, 39.9, 116.4]);
    // The great circle London–Beijing tops out near 65° N (over Siberia), far north of either end.
    expect(n).toBeGreaterThan(60);
    expect(arcBounds([])).toBeNull();
  });

  it('a place’s arcs: a province’s include its cities’', () => {
    const a = arc('a', [0, 50], [117, 36], 'UKM', 'CN-SD');
    const b = arc('b', [2, 48], [117, 36.7], 'FRK', 'cn.jinan', 'CN-SD');
    const c = arc('c', [13, 52], [121, 31], 'DE3', 'CN-SH');
    expect(placeArcs([a, b, c], 'CN-SD').map((x) => x.id)).toEqual(['a', 'b']);
    expect(placeArcs([a, b, c], 'DE3').map((x) => x.id)).toEqual(['c']);
    expect(placeArcs([a, b, c], 'PL71')).toEqual([]);
  });

  it('keeps room for arcs spread apart and fanned around the selected place, as the overlay draws them', () => {
    const atlas = new AtlasState(parseBundle(raw));
    const arcs = buildArcs(atlas.shown, atlas);
    const spread = Math.max(...arcs.map((a) => Math.abs(a.bend)));
    expect(bendRoom(arcs, null)).toBe(spread);
    const shandong = placeArcs(arcs, 'CN-SD').length;
    expect(shandong).toBeGreaterThan(5);
    // fanOut spreads n arcs 6 px apart around the place: the outermost is (n − 1) / 2 × 6 px off.
    expect(bendRoom(arcs, 'CN-SD')).toBe(Math.max(spread, ((shandong - 1) / 2) * 6));
    expect(bendRoom(arcs, 'CN-SD')).toBeGreaterThan(spread);
  });

  it('measures the bounds as the Mercator map draws them', () => {
    // Near the equator a square stays nearly square (Mercator stretches it a little north–south).
    expect(mercatorAspect([[-10, -10], [10, 10]])).toBeCloseTo(0.995, 3);
    // Wider than tall: 135° of longitude between 20° N and 70° N.
    const a = mercatorAspect([[-10, 20], [125, 70]]);
    // 135 / 360 of the world's width over the Mercator height between 20° and 70° N (ln tan(45° + φ/2) / 2π).
    const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
    expect(a).toBeCloseTo(135 / 360 / (y(70) - y(20)), 6);
    expect(a).toBeGreaterThan(1.6);
    expect(mercatorAspect([[5, 5], [5, 5]])).toBe(1);
  });
});

describe('the free area the card and the legend leave', () => {
  const card: Box = { x: 15, y: 546, width: 818, height: 215 };
  const legend: Box = { x: 854, y: 553, width: 415, height: 213 };

  it('clears a band along the bottom from below: the map above it is free', () => {
    const p = freePadding(MAP, [card, legend], 1.6, 0);
    expect(p).toEqual({ top: 0, right: 0, bottom: 775 - 546, left: 0 });
    expect(freeBox(MAP, p)).toEqual({ x: 0, y: 0, width: 1280, height: 546 });
  });

  it('clears a tall box on the side from that side, when that leaves the subject more room', () => {
    const column: Box = { x: 0, y: 0, width: 300, height: 775 };
    expect(freePadding(MAP, [column], 1.6, 10)).toEqual({ top: 10, right: 10, bottom: 10, left: 310 });
  });

  it('a corner box goes whichever way costs the subject least: a wide subject keeps the width', () => {
    const corner: Box = { x: 900, y: 0, width: 380, height: 150 };
    expect(freePadding(MAP, [corner], 2.5, 0)).toMatchObject({ top: 150, right: 0 });
    // A tall subject keeps the height.
    expect(freePadding(MAP, [corner], 0.5, 0)).toMatchObject({ top: 0, right: 380 });
  });

  it('ignores what misses the map, and gives only the margin when nothing is left', () => {
    const under: Box = { x: 0, y: 800, width: 1280, height: 300 };
    expect(freePadding(MAP, [under], 1.6, 16)).toEqual({ top: 16, right: 16, bottom: 16, left: 16 });
    const all: Box = { x: -5, y: -5, width: 2000, height: 2000 };
    expect(freePadding(MAP, [all], 1.6, 16)).toEqual({ top: 16, right: 16, bottom: 16, left: 16 });
  });

  it('works on what shows of the map, and gives the padding in the map’s own box', () => {
    const tall: Box = { x: 0, y: 40, width: 1280, height: 1000 };
    const seen = onScreen(tall, { width: 1280, height: 800 });
    expect(seen).toEqual({ x: 0, y: 40, width: 1280, height: 760 });
    const p = paddingIn(tall, seen, { top: 0, right: 0, bottom: 200, left: 0 });
    expect(p).toEqual({ top: 0, right: 0, bottom: 440, left: 0 });
    expect(paddingFor(tall, [{ x: 0, y: 600, width: 1280, height: 200 }], { width: 1280, height: 800 }, [[-10, 20], [125, 70]], 0)).toEqual(p);
  });

  it('frames every point of the subject outside the card: a fitted Mercator camera puts the arcs’ ends in the free area', () => {
    // The same sum fitBounds does: the bounds' Mercator box scaled into the free box, centred.
    const subject: [[number, number], [number, number]] = [[-9, 22], [126, 66]];
    const margin = 24;
    const p = freePadding(MAP, [card, legend], mercatorAspect(subject), margin);
    const free = freeBox(MAP, p);
    const m = (ll: LngLat) => {
      const s = Math.sin((ll[1] * Math.PI) / 180);
      return [(ll[0] + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
    };
    const [x0, y0] = m([subject[0][0], subject[1][1]]);
    const [x1, y1] = m([subject[1][0], subject[0][1]]);
    const k = Math.min(free.width / (x1 - x0), free.height / (y1 - y0));
    const cx = free.x + free.width / 2 - (k * (x0 + x1)) / 2;
    const cy = free.y + free.height / 2 - (k * (y0 + y1)) / 2;
    for (const end of [[-9, 38.7], [126, 45.8], [113.3, 22.2], [-3.2, 55.9]] as LngLat[]) {
      const [x, y] = m(end);
      const px = cx + k * x;
      const py = cy + k * y;
      expect(inside(free, px, py)).toBe(true);
      expect(inside(card, px, py)).toBe(false);
      expect(inside(legend, px, py)).toBe(false);
    }
  });
});
