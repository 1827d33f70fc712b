/**
 * When the overlay can reuse its last drawing, without a DOM: the map moves,
 * and the drawing made for one camera is moved whole by one transform (the
 * compositor moves it; nothing is re-rasterised) while it still covers the map;
 * at rest it is drawn exactly, or, after a pure pan, kept moved by whole pixels.
 */
import { relativeTransform, sameAffine, type Affine } from '../../arcs/screen.ts';

/** Pixels drawn beyond each edge of the map, so a pan can move the drawing whole for a while before it is redrawn. */
export const MARGIN = 192;

/** Strokes and anchor rings reach a few pixels beyond the lines. */
export const STROKE_PAD = 8;

/** The transform moving a drawing to the present camera: p ↦ p·s + t. */
export interface Moved {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
}

/** The last exact drawing: its camera (null: not drawn yet, or a projection that is not affine), whether everything drawn lies within the drawn area, and the map's size in CSS pixels. */
export interface Drawing {
  base: Affine | null;
  complete: boolean;
  width: number;
  height: number;
}

/** The CSS transform of a moved drawing ('' when in place). */
export const transformOf = (m: Moved | null): string => (m ? `matrix(${m.sx},0,0,${m.sy},${m.tx},${m.ty})` : '');

/** The SVG viewBox of the drawn area: the map and the margin around it. */
export const viewBoxOf = (width: number, height: number, margin = MARGIN): string => `${-margin} ${-margin} ${width + 2 * margin} ${height + 2 * margin}`;

/** A bounding box grown by flat polylines ([x0, y0, x1, y1 …]). */
export class Bounds {
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  add(xy: Float64Array): void {
    for (let i = 0; i < xy.length; i += 2) {
      if (xy[i] < this.x0) this.x0 = xy[i];
      if (xy[i] > this.x1) this.x1 = xy[i];
      if (xy[i + 1] < this.y0) this.y0 = xy[i + 1];
      if (xy[i + 1] > this.y1) this.y1 = xy[i + 1];
    }
  }
  /** Everything (padded by `pad`) lies within the map and its margin: a move can then never uncover undrawn arcs. */
  within(width: number, height: number, margin = MARGIN, pad = STROKE_PAD): boolean {
    return this.x0 - pad >= -margin && this.y0 - pad >= -margin && this.x1 + pad <= width + margin && this.y1 + pad <= height + margin;
  }
}

/**
 * Where the last exact drawing can serve for camera `a`: moved by one
 * transform, if it is scaled little (strokes and bends scale with it) and either
 * everything was drawn or the map's corners, in the drawing's coordinates, lie
 * inside what was drawn. Null: draw afresh.
 */
export function reuse({ base, complete, width, height }: Drawing, a: Affine, margin = MARGIN): Moved | null {
  if (!base) return null;
  const r = relativeTransform(base, a);
  const covered =
    complete ||
    (-r.tx / r.sx >= -margin && (width - r.tx) / r.sx <= width + margin && -r.ty / r.sy >= -margin && (height - r.ty) / r.sy <= height + margin);
  return r.sx > 2 / 3 && r.sx < 1.5 && r.sy > 0 && covered ? r : null;
}

/** What to do on a frame of the map. */
export type Step =
  /** Project everything afresh with the present camera, the drawing back in place. */
  | { kind: 'draw' }
  /** The camera is the drawing's: put the drawing back in place if it was moved (nothing else to do). */
  | { kind: 'home' }
  /** Move the drawing whole; `settle`: the map is moving, check again once it stops. */
  | { kind: 'move'; moved: Moved; settle: boolean };

/**
 * The camera at rest. After a pure pan the moved drawing, put on whole pixels, is
 * the exact drawing to within half a pixel: kept, nothing is re-rasterised (the
 * paths' coordinates are then those of the drawing, offset by the layer's
 * transform). After a zoom, or when it would not cover the map: drawn exactly.
 */
export function atRest(drawing: Drawing, a: Affine | null, margin = MARGIN): Step {
  const r = a && reuse(drawing, a, margin);
  if (r && Math.abs(r.sx - 1) < 1e-9 && Math.abs(r.sy - 1) < 1e-9) return { kind: 'move', moved: { sx: 1, sy: 1, tx: Math.round(r.tx), ty: Math.round(r.ty) }, settle: false };
  return { kind: 'draw' };
}

/**
 * On every frame of the map, with camera `a` (null: not affine). The camera
 * unchanged (tiles arriving, hover): home. The camera moving: the drawing moved
 * whole while it still covers the map. At rest: see `atRest`.
 */
export function onFrame(drawing: Drawing, a: Affine | null, moving: boolean, margin = MARGIN): Step {
  if (!a || !drawing.base) return { kind: 'draw' };
  if (sameAffine(a, drawing.base)) return { kind: 'home' };
  if (moving) {
    const r = reuse(drawing, a, margin);
    return r ? { kind: 'move', moved: r, settle: true } : { kind: 'draw' };
  }
  return atRest(drawing, a, margin);
}
