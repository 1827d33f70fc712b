/**
 * PNG of the live view: the map canvas as MapLibre drew it, the arcs drawn
 * again with the live overlay's painter (projected with the map's own projector), a
 * title above, a legend and the attribution below, at 1×, 2× or 3×.
 */
import type { LineDatum } from '../arcs/arcs.ts';
import { projectArc, type LngLat, type Project } from '../arcs/geometry.ts';
import { groupByLook } from '../map/overlay/join.ts';
import { paintArcs, paintCasings, paintRings } from '../map/overlay/painter.ts';
import { casingFor } from '../map/casing.ts';
import type { Shading } from '../map/choropleth.ts';
import { GLYPH_WIDTH, layoutLegend, legendSections, shadingKeys, wrapText, type Glyph, type Placed } from './legend.ts';

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

/**
 * The image is as wide as the map; a header strip above and a footer strip below: `footer` pixels
 * tall (composePng measures its legend and credit line), or, given true or false, the fixed
 * height of a footer with or without the shading's row.
 */
export function pngLayout(mapWidth: number, mapHeight: number, footer: boolean | number = false): PngLayout {
  const width = Math.max(1, Math.round(mapWidth));
  const height = Math.max(1, Math.round(mapHeight));
  const below = typeof footer === 'number' ? Math.ceil(footer) : footer ? FOOTER_SHADED : FOOTER;
  return { width, height: HEADER + height + below, map: { x: 0, y: HEADER, width, height } };
}

/** The footer's legend: its font size and row height; the credit line's; the margins. */
export const FOOTER_TEXT = { size: 12, row: 18, creditSize: 11, creditRow: 14, margin: 14, pad: 8 } as const;

const font = (size: number, weight = 400) => `${weight} ${size}px 'Noto Sans', 'WenQuanYi Micro Hei', sans-serif`;

type Measure = Pick<CanvasRenderingContext2D, 'font' | 'measureText'>;

/** The footer laid out for an image `width` wide: the legend's rows (legend.ts) and the credit line's, both wrapped to fit. */
export function footerLayout(ctx: Measure, view: Pick<PngView, 'legend' | 'arcs' | 'shading' | 'attribution'>, width: number) {
  const inner = Math.max(1, width - 2 * FOOTER_TEXT.margin);
  ctx.font = font(FOOTER_TEXT.size);
  const measure = (t: string) => ctx.measureText(t).width;
  const sections = legendSections({
    countries: view.legend.map((l) => ({ id: l.country ?? l.name, name: l.name, colour: l.colour, count: l.count })),
    arcs: view.arcs,
    shading: view.shading,
  });
  const legend = layoutLegend(sections, measure, inner, FOOTER_TEXT.row);
  ctx.font = font(FOOTER_TEXT.creditSize);
  const credit = view.attribution ? wrapText(view.attribution, (t) => ctx.measureText(t).width, inner) : [];
  const height = FOOTER_TEXT.pad + legend.height + (credit.length ? 4 + credit.length * FOOTER_TEXT.creditRow : 0) + FOOTER_TEXT.pad;
  return { legend, credit, height };
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
  /** The countries' keys (`country`: its code, for the key's id). */
  legend: readonly { country?: string; name: string; colour: string; count: number }[];
  attribution: string;
  theme: { background: string; text: string; muted: string };
  /** The map's shading key (the live legend's swatches, in the map's theme): a row of its own under the countries. */
  shading?: Shading;
}

/** Draws the composite onto a new canvas `scale` times the layout size. */
export function composePng(view: PngView, scale: number, doc: Document = document): HTMLCanvasElement {
  const canvas = doc.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw to a 2D canvas');
  // The footer is as tall as its legend and credit line need at this width (measured before the canvas is sized).
  const footer = footerLayout(ctx, view, Math.max(1, Math.round(view.mapWidth)));
  const layout = pngLayout(view.mapWidth, view.mapHeight, footer.height);
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = view.theme.background;
  ctx.fillRect(0, 0, layout.width, layout.height);

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

  // The legend's rows (every key the drawing needs, wrapped to the width), then the credit line.
  const top = my + mh + FOOTER_TEXT.pad;
  ctx.font = font(FOOTER_TEXT.size);
  paintKeys(ctx, footer.legend.placed, FOOTER_TEXT.margin, top, view.theme);
  ctx.fillStyle = view.theme.muted;
  ctx.font = font(FOOTER_TEXT.creditSize);
  footer.credit.forEach((line, i) => ctx.fillText(line, FOOTER_TEXT.margin, top + footer.legend.height + 4 + (i + 1) * FOOTER_TEXT.creditRow - 3));
  return canvas;
}

type Paint = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'strokeStyle' | 'lineWidth' | 'globalAlpha' | 'fillText' | 'fillRect' | 'strokeRect' | 'measureText' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'arc' | 'fill' | 'setLineDash' | 'lineCap'
>;

/** Keys laid out by legend.ts, their origin at (x, y): each glyph drawn as the map draws what it keys, its text after it. */
export function paintKeys(ctx: Paint, placed: readonly Placed[], x: number, y: number, theme: { background: string; text: string }): void {
  for (const p of placed) {
    const mid = y + p.y + FOOTER_TEXT.row / 2 - 1;
    const base = y + p.y + FOOTER_TEXT.row - 5;
    p.key.parts.forEach((part, i) => {
      if (part.glyph) paintGlyph(ctx, part.glyph, x + p.parts[i].x, mid, theme);
      if (part.text) {
        ctx.fillStyle = theme.text;
        ctx.fillText(part.text, x + p.parts[i].text, base);
      }
    });
  }
}

function paintGlyph(ctx: Paint, g: Glyph, x: number, y: number, theme: { background: string; text: string }): void {
  const w = GLYPH_WIDTH[g.kind];
  const line = (width: number, colour: string, from = x, to = x + w) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(from, y);
    ctx.lineTo(to, y);
    ctx.stroke();
  };
  switch (g.kind) {
    case 'swatch':
      ctx.fillStyle = g.colour;
      ctx.fillRect(x, y - 5, 10, 10);
      break;
    case 'shade':
      ctx.fillStyle = g.colour;
      ctx.fillRect(x, y - 5.5, w, 11);
      if (g.outline) {
        // None is the land's tint: outlined, as in the live legend.
        ctx.strokeStyle = theme.text;
        ctx.lineWidth = 0.6;
        ctx.strokeRect(x, y - 5.5, w, 11);
      }
      break;
    case 'line':
      ctx.globalAlpha = g.alpha;
      ctx.setLineDash(g.dash ? g.dash.split(' ').map(Number) : []);
      ctx.lineCap = g.dash ? 'butt' : 'round';
      line(g.width, theme.text);
      ctx.setLineDash([]);
      ctx.globalAlpha = 1;
      break;
    case 'hollow':
      // As the map draws a reconstruction (arcStroke's hollow look): the line, then a rail of the background down its middle.
      ctx.lineCap = 'round';
      line(g.width, theme.text);
      line(g.rail, theme.background);
      break;
    case 'flow':
      ctx.lineCap = 'round';
      line(g.width, theme.text, x + 1, x + w - 1);
      break;
    case 'ring':
      ctx.beginPath();
      ctx.arc(x + w / 2, y, g.radius, 0, 2 * Math.PI);
      ctx.fillStyle = theme.background;
      ctx.fill();
      ctx.lineWidth = g.width;
      ctx.strokeStyle = theme.text;
      ctx.stroke();
      break;
  }
}

/** The shading key on one row, baseline `y`: its heading, a swatch for none, then each class and its range (as the live legend). */
export function paintShading(ctx: Paint, shading: Shading, x: number, y: number, text: string): void {
  const layout = layoutLegend([shadingKeys(shading)], (t) => ctx.measureText(t).width, Infinity, FOOTER_TEXT.row);
  paintKeys(ctx, layout.placed, x, y - FOOTER_TEXT.row + 5, { background: text, text });
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser returned no image'))), 'image/png'),
  );
}
