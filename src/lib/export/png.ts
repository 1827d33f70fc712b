/**
 * PNG of the live view: the map canvas as MapLibre drew it, the arcs drawn
 * again with the same arc module (projected with the map's own projector), a
 * title above, a legend and the attribution below, at 1×, 2× or 3×.
 */
import { arcStroke, type ArcDatum } from '../arcs/arcs.ts';
import { projectArc, type LngLat, type Project } from '../arcs/geometry.ts';

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
  arcs: readonly ArcDatum[];
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
  ctx.lineCap = 'round';
  for (const arc of view.arcs) {
    const xy = projectArc(arc.points, view.project, arc.bend);
    if (xy.length < 4) continue;
    ctx.beginPath();
    ctx.moveTo(xy[0], xy[1]);
    for (let i = 2; i < xy.length; i += 2) ctx.lineTo(xy[i], xy[i + 1]);
    ctx.strokeStyle = arc.colour;
    const stroke = arcStroke(arc.countryAnchored);
    ctx.globalAlpha = stroke.alpha;
    ctx.lineWidth = stroke.width;
    ctx.setLineDash(arc.dash ? arc.dash.split(/\s+/).map(Number) : []);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  for (const a of view.anchors) {
    const [x, y] = view.project(a);
    ctx.beginPath();
    ctx.arc(x, y, 4.5, 0, 2 * Math.PI);
    ctx.fillStyle = view.theme.background;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = view.theme.text;
    ctx.stroke();
  }
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
