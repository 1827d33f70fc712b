/**
 * PNG of the live view: the map canvas as MapLibre drew it, the arcs drawn
 * again with the live overlay's painter (projected with the map's own projector), a
 * title above, a legend and the attribution below, at 1×, 2× or 3×.
 */
import type { LineDatum } from '../arcs/arcs.ts';
import { projectArc, type LngLat, type Project } from '../arcs/geometry.ts';
import { groupByLook } from '../map/overlay/join.ts';
import { paintArcs, paintRings } from '../map/overlay/painter.ts';

export const HEADER = 58;
export const FOOTER = 50;

export interface PngLayout {
  /** Image size in CSS pixels (multiply by the scale for device pixels). */
  width: number;
  height: number;
  /** Where the map sits, CSS pixels. */
  map: { x: number; y: number; width: number; height: number };
}

/** The image is as wide as the map; a header strip above and a footer strip below. */
export function pngLayout(mapWidth: number, mapHeight: number): PngLayout {
  const width = Math.max(1, Math.round(mapWidth));
  const height = Math.max(1, Math.round(mapHeight));
  return { width, height: HEADER + height + FOOTER, map: { x: 0, y: HEADER, width, height } };
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
}

/** Draws the composite onto a new canvas `scale` times the layout size. */
export function composePng(view: PngView, scale: number, doc: Document = document): HTMLCanvasElement {
  const layout = pngLayout(view.mapWidth, view.mapHeight);
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
  paintArcs(ctx, groupByLook(view.arcs.map((arc) => ({ arc, xy: projectArc(arc.points, view.project, arc.bend) }))));
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
  ctx.fillStyle = view.theme.muted;
  ctx.font = font(11);
  ctx.fillText(view.attribution, 14, my + mh + 40, layout.width - 28);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser returned no image'))), 'image/png'),
  );
}
