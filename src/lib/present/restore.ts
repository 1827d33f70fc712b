/**
 * Leaving a presentation gives the reader back exactly what they had: the view
 * (period, mode, selection, filters, layers; the address follows it) and the
 * camera (centre, zoom, bearing, pitch, padding). A presentation opened from a
 * link (`?present&step=…`) has no such "before": leaving it opens the atlas as
 * a first visit does (the default view, Europe and China framed).
 */
import { DEFAULT_STATE, type ViewState } from '../state/url.ts';
import { INITIAL_BOUNDS } from '../map/style.ts';
import type { Padding } from './frame.ts';
import { frame } from './dock.ts';

/** A camera as MapLibre's `jumpTo` takes it back. */
export interface CameraState {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  padding: Padding;
}

/** The parts of a MapLibre map a presentation remembers and moves. */
export interface Camera {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
  getPadding(): Partial<Padding>;
  stop(): unknown;
  jumpTo(options: CameraState): unknown;
  resize(): unknown;
  fitBounds(bounds: [[number, number], [number, number]], options: { padding: number; animate: boolean }): unknown;
}

export interface Before {
  view: ViewState;
  /** Null when there was no live map (the SVG map without WebGL). */
  camera: CameraState | null;
}

export function cameraOf(c: Camera): CameraState {
  const { lng, lat } = c.getCenter();
  const p = c.getPadding();
  return { center: [lng, lat], zoom: c.getZoom(), bearing: c.getBearing(), pitch: c.getPitch(), padding: { top: p.top ?? 0, right: p.right ?? 0, bottom: p.bottom ?? 0, left: p.left ?? 0 } };
}

/** What to give back later: a copy of the view (its lists too) and the camera as it is now. */
export function remember(view: ViewState, camera: Camera | null): Before {
  return {
    view: { ...view, countries: [...view.countries], statuses: [...view.statuses], layers: [...view.layers] },
    camera: camera ? cameraOf(camera) : null,
  };
}

/** Padding of the opening view (MapView's `fitBoundsOptions`). */
export const HOME_PADDING = 16;

/**
 * Gives the view and camera back (`before` null: the atlas's opening view;
 * `view`, when given, is shown instead of the remembered one).
 * The opening framing depends on the map's size, which changes as the page's
 * chrome comes back: it waits for `later` (the next frame) and measures the
 * map again first. A remembered camera does not: MapLibre keeps the centre and
 * zoom through a resize.
 */
export function giveBack(
  before: Before | null,
  atlas: { set(patch: Partial<ViewState>): void },
  camera: Camera | null,
  view?: ViewState,
  later: (fn: () => void) => void = (fn) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => fn()) : fn()),
): void {
  atlas.set(view ?? (before ? before.view : { ...DEFAULT_STATE }));
  if (!camera) return;
  camera.stop();
  if (before?.camera) {
    camera.jumpTo(before.camera);
    return;
  }
  if (before) return; // the map came after the start (the view is back; it had no camera to keep)
  later(() => frame(camera, INITIAL_BOUNDS, HOME_PADDING));
}
