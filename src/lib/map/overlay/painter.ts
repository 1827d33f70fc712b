/**
 * Arcs on a 2D canvas (the live overlay above `CANVAS_THRESHOLD` arcs, the PNG
 * export), and the same strokes as CSS custom properties for the SVG paths: the
 * widths and opacities are `arcStroke`'s, and nowhere else.
 */
import { arcStroke, hollow } from '../../arcs/arcs.ts';
import { flowStroke } from '../../arcs/flows.ts';
import type { ArcGroup, Emphasis } from './join.ts';
import { casingAlpha, casingDash, casingWidth } from '../casing.ts';

/** The part of a CanvasRenderingContext2D the painter uses. */
export type Ctx2D = Pick<
  CanvasRenderingContext2D,
  'globalAlpha' | 'lineDashOffset' | 'lineWidth' | 'strokeStyle' | 'fillStyle' | 'lineCap' | 'lineJoin' | 'setLineDash' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'arc' | 'fill'
>;

/** The colours a cluster is drawn in (the map's palette: style.ts `hover`, `label`, `labelHalo`). */
export interface ClusterColours {
  hover: string;
  label: string;
  labelHalo: string;
}

/**
 * A cluster's look (what MapLibre's `city-clusters` layers drew): a translucent circle in the hover colour with
 * a firmer stroke, and its count in the label colour with a halo; sizes times `scale` (a 4K screen).
 * The places' own small dots stay visible through the circle, so every arc still ends on a mark.
 */
export function clusterLook(c: ClusterColours, scale = 1) {
  return {
    fill: c.hover,
    fillAlpha: 0.14,
    stroke: c.hover,
    strokeAlpha: 0.7,
    strokeWidth: 1.2 * scale,
    text: c.label,
    halo: c.labelHalo,
    haloWidth: 2 * scale,
    fontSize: 12 * scale,
    font: `${12 * scale}px 'Noto Sans', sans-serif`,
  };
}

/** The part of a 2D context the clusters' counts need. */
export type TextCtx2D = Ctx2D & Pick<CanvasRenderingContext2D, 'font' | 'textAlign' | 'textBaseline' | 'fillText' | 'strokeText' | 'lineJoin'>;

/** Clusters at screen points (x, y, radius r in px, `count`): circle, stroke, and the count with its halo (the PNG export). */
export function paintClusters(ctx: TextCtx2D, marks: readonly { x: number; y: number; r: number; count: number }[], colours: ClusterColours, scale = 1): void {
  const look = clusterLook(colours, scale);
  for (const m of marks) {
    ctx.beginPath();
    ctx.arc(m.x, m.y, m.r, 0, 2 * Math.PI);
    ctx.globalAlpha = look.fillAlpha;
    ctx.fillStyle = look.fill;
    ctx.fill();
    ctx.globalAlpha = look.strokeAlpha;
    ctx.lineWidth = look.strokeWidth;
    ctx.strokeStyle = look.stroke;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.font = look.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const m of marks) {
    ctx.lineWidth = 2 * look.haloWidth;
    ctx.strokeStyle = look.halo;
    ctx.strokeText(String(m.count), m.x, m.y);
    ctx.fillStyle = look.text;
    ctx.fillText(String(m.count), m.x, m.y);
  }
}

/** A country anchor's ring: radius and stroke width in pixels. */
export const ANCHOR_RING = { radius: 4.5, width: 1.5 } as const;

/** Dashes end square: a round cap on every dash costs far more to rasterise (and looks the same at this width). */
export const capOf = (dash: readonly number[] | string | null): CanvasLineCap => (dash && dash.length ? 'butt' : 'round');

/** A group's stroke: `arcStroke`'s (a flow: its own width, `flowStroke`'s opacity), hollow for reconstructions (`rail` > 0). */
export function groupStroke(g: ArcGroup): { width: number; alpha: number; rail: number } {
  if (g.width === null) return { rail: 0, ...arcStroke(g.countryAnchored, g.emphasis, g.quiet, g.low) };
  const alpha = flowStroke(g.countryAnchored, g.emphasis).alpha;
  return g.low ? { alpha, ...hollow(g.width) } : { width: g.width, alpha, rail: 0 };
}

/**
 * Strokes each group once: its colour, dash, cap, and `groupStroke`'s width and opacity;
 * a hollow group (reconstructions) a second time down the middle in `railColour`, the map's
 * own colour, as opaque as the line; widths and dashes times `scale` (a 4K screen: map/scale.ts).
 */
/** A new path of every line of a group (x0, y0, x1, y1, …; a line of fewer than two points is skipped). */
function tracePath(ctx: Ctx2D, lines: ArcGroup['lines']): void {
  ctx.beginPath();
  for (const xy of lines) {
    if (xy.length < 4) continue;
    ctx.moveTo(xy[0], xy[1]);
    for (let i = 2; i < xy.length; i += 2) ctx.lineTo(xy[i], xy[i + 1]);
  }
}

export function paintArcs(ctx: Ctx2D, groups: readonly ArcGroup[], scale = 1, railColour = '#ffffff'): void {
  ctx.lineJoin = 'round';
  for (const g of groups) {
    const st = groupStroke(g);
    ctx.globalAlpha = st.alpha;
    ctx.lineWidth = st.width * scale;
    ctx.strokeStyle = g.colour;
    ctx.setLineDash(scale === 1 ? g.dash : g.dash.map((d) => d * scale));
    ctx.lineCap = capOf(g.dash);
    tracePath(ctx, g.lines);
    ctx.stroke();
    if (st.rail > 0) {
      ctx.lineWidth = st.rail * scale;
      ctx.strokeStyle = railColour;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/**
 * The casings under `paintArcs`'s lines, painted just before it: one stroke per group, in
 * `colour` (map/casing.ts `CASING`, or `casingFor` the map's colour), as opaque as `casingAlpha` of the
 * group's line, and `casingWidth` of its outer width (times `scale`), dashed as the line (`casingDash`: each
 * dash with its edge all round). Every group's casing goes under every line: where lines cross, no
 * casing cuts them.
 */
export function paintCasings(ctx: Ctx2D, groups: readonly ArcGroup[], colour: string, scale = 1): void {
  ctx.lineJoin = 'round';
  ctx.strokeStyle = colour;
  for (const g of groups) {
    const st = groupStroke(g);
    if (casingAlpha(st.alpha) === 0) continue;
    ctx.globalAlpha = casingAlpha(st.alpha);
    ctx.lineWidth = casingWidth(st.width) * scale;
    const cd = casingDash(g.dash);
    ctx.setLineDash(cd.dash.map((d) => d * scale));
    ctx.lineDashOffset = cd.offset * scale;
    ctx.lineCap = capOf(g.dash);
    tracePath(ctx, g.lines);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.lineDashOffset = 0;
  ctx.setLineDash([]);
}

/** Rings on the country anchors, at screen points. */
export function paintRings(ctx: Ctx2D, points: readonly (readonly [number, number])[], fill: string, stroke: string): void {
  for (const [x, y] of points) {
    ctx.beginPath();
    ctx.arc(x, y, ANCHOR_RING.radius, 0, 2 * Math.PI);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.lineWidth = ANCHOR_RING.width;
    ctx.strokeStyle = stroke;
    ctx.stroke();
  }
}

/** The canvas-like object `fitCanvas` sizes. */
export interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d', options?: CanvasRenderingContext2DSettings): CanvasRenderingContext2D | null;
}

/**
 * A software canvas covering the map and `margin` around it, at `dpr` device
 * pixels per CSS pixel, cleared, its origin on the map's corner; null when the
 * browser gives no 2D context. Software: it is redrawn only when the view
 * changes (pans move it whole), and rasterising thousands of thin lines on the
 * CPU costs a fifth of what GPU raster costs where the GPU is emulated.
 */
export function fitCanvas(canvas: CanvasLike, width: number, height: number, margin: number, dpr: number): CanvasRenderingContext2D | null {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  const w = width + 2 * margin;
  const h = height + 2 * margin;
  if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
  }
  ctx.setTransform(dpr, 0, 0, dpr, margin * dpr, margin * dpr);
  ctx.clearRect(-margin, -margin, w, h);
  return ctx;
}

/** Every look of a line: country-anchored or not, emphasis, and (arcs) quiet or not. */
export const LOOKS: [boolean, Emphasis, boolean][] = [false, true].flatMap((quiet) =>
  [false, true].flatMap((anchored) => ([null, 'hl', 'dim'] as Emphasis[]).map((e): [boolean, Emphasis, boolean] => [anchored, e, quiet])),
);

/**
 * The name of the CSS custom property holding a look's stroke width or opacity: `--arc-width`,
 * `--arc-anchored-hl-opacity`, `--arc-quiet-dim-width` (quiet: a status not stated)…
 */
export const strokeVar = (countryAnchored: boolean, emphasis: Emphasis, of: 'width' | 'opacity', quiet = false) =>
  `--arc${countryAnchored ? '-anchored' : ''}${quiet ? '-quiet' : ''}${emphasis ? `-${emphasis}` : ''}-${of}`;

/** The CSS custom property holding a flow's opacity (its width is its own): `--flow-opacity`, `--flow-anchored-dim-opacity`… */
export const flowVar = (countryAnchored: boolean, emphasis: Emphasis) => `--flow${countryAnchored ? '-anchored' : ''}${emphasis ? `-${emphasis}` : ''}-opacity`;

/**
 * `arcStroke` of every look, and `flowStroke`'s opacities, as CSS custom properties (widths times `scale`),
 * set once on the overlay's SVG, which its paths' CSS reads.
 */
export function strokeProperties(scale = 1): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [anchored, emphasis, quiet] of LOOKS) {
    const st = arcStroke(anchored, emphasis, quiet);
    out[strokeVar(anchored, emphasis, 'width', quiet)] = String(st.width * scale);
    out[strokeVar(anchored, emphasis, 'opacity', quiet)] = String(st.alpha);
    if (!quiet) out[flowVar(anchored, emphasis)] = String(flowStroke(anchored, emphasis).alpha);
  }
  out['--anchor-width'] = String(ANCHOR_RING.width * scale);
  return out;
}

/** The two themes' casing colours as CSS custom properties for the overlay's SVG (the page's theme picks one). */
export const casingProperties = (casing: Record<'light' | 'dark', string>): Record<string, string> => ({ '--casing-light': casing.light, '--casing-dark': casing.dark });

/**
 * The casing of an SVG line whose path has the class `cls` (join.ts `arcClass`): `casingWidth`
 * of the line's width (a hollow line's outer width or a flow's own, when given as `width`),
 * times `scale`, and `casingAlpha` of the line's opacity. The same look `groupStroke` gives the canvas.
 */
export function casingLook(cls: string, scale = 1, width: number | null = null): { width: number; alpha: number } {
  const has = (c: string) => cls.split(' ').includes(c);
  const anchored = has('country-anchored');
  const emphasis: Emphasis = has('hl') ? 'hl' : has('dim') ? 'dim' : null;
  const st = has('flow') ? { width: width ?? 0, alpha: flowStroke(anchored, emphasis).alpha } : arcStroke(anchored, emphasis, has('quiet'), has('low'));
  return { width: casingWidth(width ?? st.width) * scale, alpha: casingAlpha(st.alpha) };
}
