/**
 * The hand-over of the arc overlay from the first drawing to MapLibre. The overlay is made once, with the
 * first drawing's projector, and subscribes here for its redraws; when the map is ready it follows the
 * map's renders, and is redrawn at once with the map's projection (the same pixels: first/camera.ts).
 */
import { fitCamera, constrain, hashCamera, type Box, type Camera } from './camera.ts';

export type Redraw = (event?: unknown) => void;

/** What the takeover needs of the map. */
export interface RenderingMap {
  on(type: 'render', listener: Redraw): unknown;
  off(type: 'render', listener: Redraw): unknown;
}

export class Takeover {
  private readonly redraws = new Set<Redraw>();
  private readonly fire: Redraw = (event) => {
    for (const r of this.redraws) r(event);
  };
  private map: RenderingMap | null = null;

  /** For the overlay's `subscribe`: its redraw is called on each of the map's renders once there is a map. */
  readonly subscribe = (redraw: Redraw): (() => void) => {
    this.redraws.add(redraw);
    return () => this.redraws.delete(redraw);
  };

  /** The map is ready: the overlay follows it from now on, and is redrawn now with its projection. */
  attach(map: RenderingMap): () => void {
    this.map = map;
    map.on('render', this.fire);
    this.fire();
    return () => {
      map.off('render', this.fire);
      if (this.map === map) this.map = null;
    };
  }

  /** A redraw without the map (the first drawing's box changed size). */
  redraw(): void {
    if (!this.map) this.fire();
  }
}

/** MapLibre's fitBounds padding for the opening view (map/MapView.svelte made the map with it). */
export const OPENING_PADDING = 16;

/**
 * The camera the page opens with: the one in the address (#map=…) when the map keeps it there, else the
 * opening bounds fitted to the box as MapLibre would; MapLibre is then made with exactly this camera.
 */
export function openingCamera(bounds: [[number, number], [number, number]], box: Box, hash: string | null): Camera {
  const fromHash = hash === null ? null : hashCamera(hash);
  return fromHash ? constrain(fromHash, box) : fitCamera(bounds, box, OPENING_PADDING);
}
