/**
 * The map on paper. MapLibre's WebGL canvas may print blank (its buffer is not
 * kept), and printing cannot wait: the browser lays the page out for print as
 * soon as the `beforeprint` handlers return. So the frame is taken at once, in
 * the same task: the map is redrawn synchronously (`redraw`) and its frame
 * copied while the buffer is still there, with the camera's projection of that
 * moment. The arcs are then composed over it by the PNG export's compositor
 * (export/png.ts: the live overlay's painter), cropped to the map (the PNG's
 * title and legend strips are the printed sheet's HTML) — at once when the
 * compositor is loaded, as it is seconds after the page opens.
 */
import { mapProjector } from '../arcs/project.ts';
import type { Project } from '../arcs/geometry.ts';
import { copyWithClusters, type CaptureColours, type CaptureMap, type ExportView } from '../export/capture.ts';
import type { composePng as ComposePng, pngLayout as PngLayout } from '../export/png.ts';

/** A MapLibre map as the snapshot uses it. */
export interface SnapshotMap extends Pick<CaptureMap, 'project' | 'getCenter' | 'getPixelRatio' | 'getCanvas'> {
  /** Draws a frame now, synchronously. */
  redraw(): unknown;
}

/** The compositor (export/png.ts). */
export interface Compositor {
  composePng: typeof ComposePng;
  pngLayout: typeof PngLayout;
}

/** The map's frame as it was when taken. */
export interface Frame {
  image: CanvasImageSource;
  /** CSS pixels. */
  width: number;
  height: number;
  ratio: number;
  project: Project;
}

/**
 * The map's size in CSS pixels, from its canvas's drawing buffer: in the print
 * layout the live map is hidden and its element measures 0, but until MapLibre
 * is told of the resize its buffer still holds the screen's frame.
 */
export function mapCssSize(canvas: { width: number; height: number }, pixelRatio: number): { width: number; height: number } {
  const r = pixelRatio > 0 ? pixelRatio : 1;
  return { width: Math.round(canvas.width / r), height: Math.round(canvas.height / r) };
}

/** The map's frame now (redrawn, copied), or null when it has none to give (a 0 × 0 buffer). */
export function takeFrame(map: SnapshotMap, doc: Document = document): Frame | null {
  const source = map.getCanvas();
  const ratio = map.getPixelRatio();
  const { width, height } = mapCssSize(source, ratio);
  if (width < 1 || height < 1) return null;
  map.redraw();
  const copy = copyWithClusters(source, map, ratio > 0 ? ratio : 1, doc);
  if (!copy) return null;
  return { image: copy, width, height, ratio: ratio > 0 ? ratio : 1, project: mapProjector(map) };
}

/** Draws the frame with the view's arcs into `target`, at the frame's pixel ratio. */
export function composeFrame(
  frame: Frame,
  view: Pick<ExportView, 'arcs' | 'anchors'>,
  target: HTMLCanvasElement,
  compositor: Compositor,
  colours: CaptureColours,
): boolean {
  const { width, height, ratio } = frame;
  const composed = compositor.composePng(
    {
      mapCanvas: frame.image,
      mapWidth: width,
      mapHeight: height,
      arcs: view.arcs,
      project: frame.project,
      anchors: view.anchors,
      title: '',
      subtitle: '',
      legend: [],
      attribution: '',
      theme: colours,
    },
    ratio,
    target.ownerDocument,
  );
  const { map: m } = compositor.pngLayout(width, height);
  target.width = Math.round(m.width * ratio);
  target.height = Math.round(m.height * ratio);
  const ctx = target.getContext('2d');
  if (!ctx) return false;
  ctx.drawImage(composed, m.x * ratio, m.y * ratio, m.width * ratio, m.height * ratio, 0, 0, target.width, target.height);
  return true;
}
