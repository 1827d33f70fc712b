/**
 * The map on paper. MapLibre's WebGL canvas may print blank (its buffer is not
 * kept), and printing cannot wait: the browser lays the page out for print as
 * soon as the `beforeprint` handlers return. So the picture is made at once, in
 * the same task: the map is redrawn synchronously (`redraw`), its frame read
 * while the buffer is still there, and the arcs composed over it by the PNG
 * export's compositor (export/png.ts: the live overlay's painter), cropped to
 * the map (the PNG's title and legend strips are the printed sheet's HTML).
 */
import { mapProjector } from '../arcs/project.ts';
import type { CaptureColours, CaptureMap, ExportView } from '../export/capture.ts';
import type { composePng as ComposePng, pngLayout as PngLayout } from '../export/png.ts';

/** A MapLibre map as the snapshot uses it. */
export interface SnapshotMap extends Pick<CaptureMap, 'project' | 'getCenter' | 'getPixelRatio' | 'getCanvas'> {
  /** Draws a frame now, synchronously. */
  redraw(): unknown;
}

/** The compositor (export/png.ts), loaded before any print. */
export interface Compositor {
  composePng: typeof ComposePng;
  pngLayout: typeof PngLayout;
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

/**
 * Draws the map with its arcs into `target` (at the map's pixel ratio).
 * False, leaving `target` as it was, when the map has no frame to give (a 0 × 0 buffer).
 */
export function snapshotMap(
  map: SnapshotMap,
  view: Pick<ExportView, 'arcs' | 'anchors'>,
  target: HTMLCanvasElement,
  compositor: Compositor,
  colours: CaptureColours,
): boolean {
  const source = map.getCanvas();
  const ratio = map.getPixelRatio();
  const { width, height } = mapCssSize(source, ratio);
  if (width < 1 || height < 1) return false;
  map.redraw();
  const composed = compositor.composePng(
    {
      mapCanvas: source,
      mapWidth: width,
      mapHeight: height,
      arcs: view.arcs,
      project: mapProjector(map),
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
