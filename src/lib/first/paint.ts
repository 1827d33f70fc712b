/**
 * The first drawing painted as one picture (issue 16): water, land with its borders, the regions' shading
 * with their outlines, in the order and with the widths and opacity the map uses. Painted once per size,
 * camera, theme or shading on a canvas (FirstMap.svelte), not as hundreds of SVG paths: a browser that
 * rasterises SVG on a software GPU (SwiftShader) spent ~1 s of the two CPUs on them while MapLibre loaded.
 */
import type { Project } from '../arcs/geometry.ts';
import type { GeoData } from '../geo/topo.ts';
import type { Palette } from '../map/style.ts';
import { shadeOf, type Shading } from '../map/choropleth.ts';

/** The part of a 2D context the painting uses: paths, fills and strokes. */
export interface PaintContext {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  globalAlpha: number;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  fill(): void;
  stroke(): void;
}

/** The regions' fill opacity, as the map's (style.ts regions-fill). */
export const REGION_FILL_OPACITY = 0.85;
/** The countries' border width in CSS px, as the map's at the opening zoom. */
export const BORDER_WIDTH = 0.6;

/** As MapLibre's region lines: 0.3 px up to zoom 2, 1 px at zoom 6 (style.ts). */
export const regionLineWidth = (zoom: number): number => Math.min(1, Math.max(0.3, 0.3 + ((zoom - 2) * 0.7) / 4));

export interface FirstPicture {
  geo: GeoData;
  /** Longitude and latitude to the box's pixels (first/camera.ts cameraProjector: MapLibre's own arithmetic). */
  project: Project;
  /** CSS px. */
  width: number;
  height: number;
  /** Device pixels per CSS px. */
  ratio: number;
  palette: Palette;
  shading: Shading;
  unitCounts: ReadonlyMap<string, number>;
  zoom: number;
  /** No water (transparent embeds). */
  transparent: boolean;
}

/** A feature of the geometry: polygons (GeoData's countries and regions), or none. */
interface Shape {
  geometry: { type: string; coordinates?: unknown } | null;
}

/**
 * Traces a Polygon's or MultiPolygon's rings into the current path, each point projected as MapLibre projects
 * it and each edge straight in Mercator as MapLibre draws it (d3-geo's projections would resample edges along
 * great circles and cut them at the antimeridian: a third more time, and a drawing unlike the map's). Other
 * geometry types are not in the map's geometry and are skipped.
 */
export function tracePolygons(ctx: Pick<PaintContext, 'moveTo' | 'lineTo' | 'closePath'>, geometry: Shape['geometry'], project: Project): void {
  if (!geometry) return;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates as [number, number][][]]
      : geometry.type === 'MultiPolygon'
        ? (geometry.coordinates as [number, number][][][])
        : [];
  for (const rings of polygons)
    for (const ring of rings) {
      ring.forEach((ll, i) => {
        const [x, y] = project(ll);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
      ctx.closePath();
    }
}

/** Paints the picture: each shape filled then outlined in turn, as the SVG drawing it replaced did. */
export function paintFirst(ctx: PaintContext, p: FirstPicture): void {
  ctx.setTransform(p.ratio, 0, 0, p.ratio, 0, 0);
  ctx.globalAlpha = 1;
  ctx.clearRect(0, 0, p.width, p.height);
  if (!p.transparent) {
    ctx.fillStyle = p.palette.water;
    ctx.fillRect(0, 0, p.width, p.height);
  }
  const shape = (f: Shape, fill: string, alpha: number) => {
    ctx.beginPath();
    tracePolygons(ctx, f.geometry, p.project);
    ctx.globalAlpha = alpha;
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.stroke();
  };
  ctx.strokeStyle = p.palette.border;
  ctx.lineWidth = BORDER_WIDTH;
  for (const f of p.geo.countries.features) shape(f, p.palette.land, 1);
  ctx.strokeStyle = p.palette.regionLine;
  ctx.lineWidth = regionLineWidth(p.zoom);
  for (const f of p.geo.regions.features) shape(f, shadeOf(p.unitCounts.get(f.properties.id) ?? 0, p.shading), REGION_FILL_OPACITY);
}
