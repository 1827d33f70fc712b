import { describe, expect, it, vi } from 'vitest';
import { giveBack, remember, type Camera, type CameraState } from './restore.ts';
import { DEFAULT_STATE, type ViewState } from '../state/url.ts';
import { INITIAL_BOUNDS } from '../map/style.ts';

function fakeCamera(at: CameraState) {
  let now = structuredClone(at);
  const cam = {
    getCenter: () => ({ lng: now.center[0], lat: now.center[1] }),
    getZoom: () => now.zoom,
    getBearing: () => now.bearing,
    getPitch: () => now.pitch,
    getPadding: () => now.padding,
    stop: vi.fn(),
    jumpTo: vi.fn((c: CameraState) => (now = structuredClone(c))),
    resize: vi.fn(),
    fitBounds: vi.fn(),
    move: (c: Partial<CameraState>) => (now = { ...now, ...c }),
  };
  return cam satisfies Camera;
}

const READER: ViewState = { period: '2010-2012', mode: 'cumulative', select: 'ES52', countries: ['ES'], statuses: ['active'], layers: ['programme'] };

describe('leaving a presentation gives the reader back what they had', () => {
  it('the view, lists and all, and the camera: centre, zoom, bearing, pitch and padding', () => {
    const at: CameraState = { center: [12.5, 41.9], zoom: 4.25, bearing: 0, pitch: 0, padding: { top: 0, right: 0, bottom: 120, left: 0 } };
    const cam = fakeCamera(at);
    const view = structuredClone(READER);
    const before = remember(view, cam);
    // The presentation moves everything, and the lists it got are not the reader's.
    view.countries.push('FR');
    cam.move({ center: [60, 40], zoom: 2.2 });
    const atlas = { set: vi.fn() };
    giveBack(before, atlas, cam);
    expect(atlas.set).toHaveBeenCalledWith(READER);
    expect(cam.stop).toHaveBeenCalled();
    expect(cam.jumpTo).toHaveBeenCalledWith(at);
    expect(cam.getZoom()).toBe(4.25);
    expect(cam.getCenter()).toEqual({ lng: 12.5, lat: 41.9 });
    expect(cam.fitBounds).not.toHaveBeenCalled();
  });

  it('back/forward to an address of its own: that view, with the reader’s camera', () => {
    const at: CameraState = { center: [1, 2], zoom: 3, bearing: 0, pitch: 0, padding: { top: 0, right: 0, bottom: 0, left: 0 } };
    const cam = fakeCamera(at);
    const atlas = { set: vi.fn() };
    const other: ViewState = { ...DEFAULT_STATE, period: '1982-1989' };
    giveBack(remember(READER, cam), atlas, cam, other);
    expect(atlas.set).toHaveBeenCalledWith(other);
    expect(cam.jumpTo).toHaveBeenCalledWith(at);
  });

  it('opened from a link there is no before: the atlas as a first visit opens it, framed once the page is laid out again', () => {
    const cam = fakeCamera({ center: [60, 40], zoom: 2, bearing: 0, pitch: 0, padding: { top: 0, right: 0, bottom: 0, left: 0 } });
    const atlas = { set: vi.fn() };
    const queued: (() => void)[] = [];
    giveBack(null, atlas, cam, undefined, (fn) => queued.push(fn));
    expect(atlas.set).toHaveBeenCalledWith(DEFAULT_STATE);
    expect(cam.fitBounds).not.toHaveBeenCalled();
    queued.forEach((fn) => fn());
    expect(cam.resize.mock.invocationCallOrder[0]).toBeLessThan(cam.fitBounds.mock.invocationCallOrder[0]);
    expect(cam.fitBounds).toHaveBeenCalledWith(INITIAL_BOUNDS, { padding: 16, animate: false });
  });

  it('without a live map (the SVG map) the view still comes back', () => {
    const atlas = { set: vi.fn() };
    giveBack(remember(READER, null), atlas, null);
    expect(atlas.set).toHaveBeenCalledWith(READER);
  });
});
