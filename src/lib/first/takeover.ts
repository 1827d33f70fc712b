/**
 * The hand-over of the arc overlay from the first drawing to MapLibre. The overlay is made once, with the
 * first drawing's projector, and subscribes here for its redraws; when the map is ready it follows the
 * map's renders, and is redrawn at once with the map's projection (the same pixels: first/camera.ts).
 */
import { cameraProjector, constrain, fitCamera, hashCamera, type Box, type Camera } from './camera.ts';
import type { Project } from '../arcs/geometry.ts';

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

type Bounds = [[number, number], [number, number]];

/**
 * The first drawing's camera. The page's map: fixed at the box's first size (the address's camera, else the
 * bounds fitted), since MapLibre, made with it, keeps its camera when its box resizes. A static embed's
 * map, which nothing takes over: the bounds fitted to each size.
 */
export class Opening {
  private fixed: Camera | null = null;

  constructor(
    private readonly bounds: Bounds,
    /** False: a static embed. */
    private readonly takenOver: boolean,
    private readonly hash: () => string | null,
  ) {}

  /** The camera in a box of this size (null before the box has one). */
  camera(box: Box): Camera | null {
    if (box.width <= 0 || box.height <= 0) return this.fixed;
    if (!this.takenOver) return openingCamera(this.bounds, box, null);
    return (this.fixed ??= openingCamera(this.bounds, box, this.hash()));
  }

  /** Where the first drawing puts a point in the box as it is now (as MapLibre reads its container's size). */
  projector(box: Box): Project {
    const cam = this.camera(box) ?? openingCamera(this.bounds, box, null);
    return cameraProjector(cam, box);
  }
}
