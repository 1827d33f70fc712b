/**
 * PNG of the live view: the map canvas as MapLibre drew it, the arcs drawn
 * again with the live overlay's painter (projected with the map's own projector), a
 * title above, a legend and the attribution below, at 1×, 2× or 3×.
 */
import { arcStroke, type LineDatum } from '../arcs/arcs.ts';
import { projectArc, type LngLat, type Project } from '../arcs/geometry.ts';
import { groupByLook } from '../map/overlay/join.ts';
import { paintArcs, paintCasings, paintRings } from '../map/overlay/painter.ts';
import { casingFor } from '../map/casing.ts';
import type { Shading } from '../map/choropleth.ts';
import { classRange, LOW_KEY_LABEL, SHADING_HEAD } from '../words/index.ts';

export const HEADER = 58;
export const FOOTER = 50;
/** The footer with the shading key's row as well. */
export const FOOTER_SHADED = 70;

export interface PngLayout {
  /** Image size in CSS pixels (multiply by the scale for device pixels). */
  width: number;
  height: number;
  /** Where the map sits, CSS pixels. */
  map: { x: number; y: number; width: number; height: number };
}

/** The image is as wide as the map; a header strip above and a footer strip below (taller when it holds the shading key). */
export function pngLayout(mapWidth: number, mapHeight: number, shaded = false): PngLayout {
  const width = Math.max(1, Math.round(mapWidth));
  const height = Math.max(1, Math.round(mapHeight));
  return { width, height: HEADER + height + (shaded ? FOOTER_SHADED : FOOTER), map: { x: 0, y: HEADER, width, height } };
}

export interface PngView {
  /** The map's canvas, drawn at `scale` (read inside a render event, or with a preserved buffer). */
  mapCanvas: CanvasImageSource;
  mapWidth: number;
  mapHeight: number;
  /** The lines the view draws: single arcs and flows (arcs/flows.ts viewLines). */
  arcs: readonly LineDatum[];
  /** Map projection in CSS pixels. */
  project: Project;
  /** Country anchors in use (ring markers). */
  anchors: readonly LngLat[];
  title: string;
  subtitle: string;
  legend: readonly { name: string; colour: string; count: number }[];
  attribution: string;
  theme: { background: string; text: string; muted: string };
  /** The map's shading key (the live legend's swatches, in the map's theme): a row of its own under the countries. */
  shading?: Shading;
}

/** Draws the composite onto a new canvas `scale` times the layout size. */
export function composePng(view: PngView, scale: number, doc: Document = document): HTMLCanvasElement {
  const layout = pngLayout(view.mapWidth, view.mapHeight, !!view.shading);
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw to a 2D canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = view.theme.background;
  ctx.fillRect(0, 0, layout.width, layout.height);

  const font = (size: number, weight = 400) => `${weight} ${size}px 'Noto Sans', 'WenQuanYi Micro Hei', sans-serif`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = view.theme.text;
  ctx.font = font(20, 700);
  ctx.fillText(view.title, 14, 26, layout.width - 28);
  ctx.fillStyle = view.theme.muted;
  ctx.font = font(13);
  ctx.fillText(view.subtitle, 14, 46, layout.width - 28);

  const { x: mx, y: my, width: mw, height: mh } = layout.map;
  ctx.drawImage(view.mapCanvas, mx, my, mw, mh);

  // Arcs, clipped to the map.
  ctx.save();
  ctx.beginPath();
  ctx.rect(mx, my, mw, mh);
  ctx.clip();
  ctx.translate(mx, my);
  // The live overlay's painter: the same strokes (arcStroke, flow widths), dashes and caps, one stroke per look.
  const groups = groupByLook(view.arcs.map((arc) => ({ arc, xy: projectArc(arc.points, view.project, arc.bend) })));
  paintCasings(ctx, groups, casingFor(view.theme.background));
  paintArcs(ctx, groups, 1, view.theme.background);
  paintRings(ctx, view.anchors.map((a) => view.project(a)), view.theme.background, view.theme.text);
  ctx.restore();

  // Legend row, then the attribution.
  let x = 14;
  const ly = my + mh + 20;
  ctx.font = font(12);
  for (const item of view.legend) {
    const label = `${item.name} ${item.count}`;
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(x, ly - 4);
    ctx.lineTo(x + 16, ly - 4);
    ctx.stroke();
    ctx.fillStyle = view.theme.text;
    ctx.fillText(label, x + 21, ly);
    x += 21 + ctx.measureText(label).width + 14;
  }
  // The hollow line's key, drawn as the map draws a reconstruction (arcStroke's hollow look), when the view has one.
  if (view.arcs.some((a) => a.low)) {
    const st = arcStroke(false, null, false, true);
    ctx.strokeStyle = view.theme.text;
    ctx.beginPath();
    ctx.moveTo(x, ly - 4);
    ctx.lineTo(x + 16, ly - 4);
    ctx.lineWidth = st.width;
    ctx.stroke();
    ctx.strokeStyle = view.theme.background;
    ctx.lineWidth = st.rail ?? 0;
    ctx.stroke();
    ctx.fillStyle = view.theme.text;
    ctx.fillText(LOW_KEY_LABEL, x + 21, ly);
  }
  if (view.shading) paintShading(ctx, view.shading, 14, my + mh + 42, view.theme.text);
  ctx.fillStyle = view.theme.muted;
  ctx.font = font(11);
  ctx.fillText(view.attribution, 14, my + mh + (view.shading ? 62 : 40), layout.width - 28);
  return canvas;
}

/** The shading key on one row, baseline `y`: its heading, a swatch for none, then each class and its range (as the live legend). */
export function paintShading(
  ctx: Pick<CanvasRenderingContext2D, 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'fillText' | 'fillRect' | 'strokeRect' | 'measureText'>,
  shading: Shading,
  x: number,
  y: number,
  text: string,
): void {
  const head = `${SHADING_HEAD}:`;
  ctx.fillStyle = text;
  ctx.fillText(head, x, y);
  x += ctx.measureText(head).width + 10;
  for (const c of [{ lo: 0, hi: 0, colour: shading.none }, ...shading.classes]) {
    ctx.fillStyle = c.colour;
    ctx.fillRect(x, y - 10, 18, 11);
    if (c.hi === 0) {
      // None is the land's tint: outlined, as in the live legend.
      ctx.strokeStyle = text;
      ctx.lineWidth = 0.6;
      ctx.strokeRect(x, y - 10, 18, 11);
    }
    const label = c.hi === 0 ? '0' : classRange(c.lo, c.hi);
    ctx.fillStyle = text;
    ctx.fillText(label, x + 22, y);
    x += 22 + ctx.measureText(label).width + 10;
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser returned no image'))), 'image/png'),
  );
}
