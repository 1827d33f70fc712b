/**
 * The opening camera, worked out before MapLibre arrives, so that the first drawing (a canvas) and the map
 * that takes over put every point on the same pixel. MapLibre's Web Mercator with 512 px tiles: at zoom z
 * the world is W = 512·2^z px wide, and a point's pixel is the box's middle plus (its Mercator units − the
 * centre's) × W (cameraProjector; the first drawing's picture is painted through it, first/paint.ts).
 * The fit follows MapLibre's cameraForBounds (flat, north-up: the box's Mercator rectangle into the map
 * less the padding, centred on the rectangle's middle), then its constraint of the centre (the world's
 * poles never leave the box's edges, so a tall phone may be zoomed in a little).
 */
import { mercator, type LngLat, type Project } from '../arcs/geometry.ts';

/** MapLibre's tile size: the world is this many pixels wide at zoom 0. */
export const TILE_SIZE = 512;

export interface Camera {
  center: LngLat;
  zoom: number;
}

/** The size of the map's box in CSS pixels. */
export interface Box {
  width: number;
  height: number;
}

/** Mercator units (0..1, y down) back to longitude and latitude. */
export function unmercator([x, y]: [number, number]): LngLat {
  const lng = x * 360 - 180;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((180 - y * 360) * (Math.PI / 180))) - 90;
  return [lng, lat];
}

/** The world's width in pixels at a zoom. */
export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/** MapLibre's constraint of a camera (no max bounds, world copies on): the world covers the box from top to bottom. */
export function constrain(camera: Camera, box: Box): Camera {
  const [cx, cy] = mercator(camera.center);
  let zoom = camera.zoom;
  const w = worldSize(zoom);
  if (w < box.height) {
    zoom += Math.log2(box.height / w);
    return { center: unmercator([cx, 0.5]), zoom };
  }
  const y = cy * w;
  const h2 = box.height / 2;
  const clamped = Math.min(Math.max(y, h2), w - h2);
  return clamped === y ? camera : { center: unmercator([cx, clamped / w]), zoom };
}

/** The camera MapLibre's fitBounds(bounds, { padding }) gives in a box of this size (no map padding, no bearing). */
export function fitCamera(bounds: [[number, number], [number, number]], box: Box, padding: number, maxZoom = 22): Camera {
  const [[west, south], [east, north]] = bounds;
  const [x0, y0] = mercator([west, north]);
  const [x1, y1] = mercator([east, south]);
  // A box no wider or taller than its padding (a short window under notices) keeps at least a pixel to fit in:
  // the camera stays a number, never NaN or -Infinity (MapLibre would refuse such a fit and keep its own camera).
  const pad = Math.max(0, Math.min(padding, (box.width - 1) / 2, (box.height - 1) / 2));
  const scale = Math.min((box.width - 2 * pad) / ((x1 - x0) * TILE_SIZE), (box.height - 2 * pad) / ((y1 - y0) * TILE_SIZE));
  const zoom = Math.min(Math.log2(scale), maxZoom);
  return constrain({ center: unmercator([(x0 + x1) / 2, (y0 + y1) / 2]), zoom }, box);
}

/** Where a point falls in the box under the camera (what MapLibre's map.project gives). */
export function cameraProjector(camera: Camera, box: Box): Project {
  const w = worldSize(camera.zoom);
  const [cx, cy] = mercator(camera.center);
  return (ll) => {
    const [x, y] = mercator(ll);
    return [box.width / 2 + (x - cx) * w, box.height / 2 + (y - cy) * w];
  };
}

/**
 * The camera a MapLibre hash (`#map=zoom/lat/lng[/bearing/pitch]`, among other `&` parts) gives, as
 * MapLibre reads it at start; null when there is none or it is not numbers.
 */
export function hashCamera(hash: string, name = 'map'): Camera | null {
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.split('=')[0] === name);
  if (!part) return null;
  const loc = part.slice(name.length + 1).split('/');
  if (loc.length < 3 || loc.some((v) => v === '' || isNaN(Number(v)))) return null;
  return { center: [Number(loc[2]), Number(loc[1])], zoom: Number(loc[0]) };
}
