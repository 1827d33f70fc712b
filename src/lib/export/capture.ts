/**
 * The two pictures of the live view: an SVG drawn again from the data (at the
 * map's current bounds) and a PNG of the map as MapLibre draws it, redrawn at a
 * chosen pixel ratio, with arcs, title, legend and the credit line composited
 * around it. The drawing code (d3-geo, canvas compositing) loads on first use.
 */
import { countryColour, type LineDatum } from '../arcs/arcs.ts';
import type { LngLat } from '../arcs/geometry.ts';
import { mapProjector, type ProjectingMap } from '../arcs/project.ts';
import type { EuCountry } from '../data/types.ts';
import type { GeoData } from '../geo/topo.ts';
import { INITIAL_BOUNDS, PALETTES, pageTheme, shadingColours } from '../map/style.ts';
import { shadingKey } from '../map/choropleth.ts';
import { clustersOf } from '../map/cluster-marks.ts';
import { paintClusters, type TextCtx2D } from '../map/overlay/painter.ts';
import { attributionText } from '../words/index.ts';
import { pngTextEntries } from './metadata.ts';
import { withPngText } from './png-text.ts';

/** What both pictures show. */
export interface ExportView {
  geo: GeoData;
  /** The lines the view draws, as the map draws them: single arcs and flows (arcs/flows.ts viewLines). */
  arcs: readonly LineDatum[];
  /** Partnerships per polygon unit (choropleth). */
  unitCounts: ReadonlyMap<string, number>;
  /** Country anchors in use (ring markers). */
  anchors: readonly LngLat[];
  title: string;
  subtitle: string;
  legend: { country: EuCountry; name: string; count: number }[];
  /** How to cite the atlas (metadata.ts exportCitation): in the SVG's metadata and the PNG's text chunks. */
  citation?: string | null;
  /** The credit line (words/core.ts attributionText): the report's, or a reader's file's. */
  attribution?: string;
}

interface LngLatBoundsLike {
  getWest(): number;
  getSouth(): number;
  getEast(): number;
  getNorth(): number;
}

/** The part of the map a capture needs (a MapLibre map). */
export interface CaptureMap extends ProjectingMap {
  getBounds(): LngLatBoundsLike;
  getPixelRatio(): number;
  setPixelRatio(ratio: number): void;
  once(type: 'idle' | 'render', listener: () => void): unknown;
  triggerRepaint(): void;
  getCanvas(): HTMLCanvasElement;
}

/** The page's colours for the PNG's strips. */
export interface CaptureColours {
  background: string;
  text: string;
  muted: string;
}

/** How long a capture waits for the map to settle at the new pixel ratio. */
export const IDLE_CAP_MS = 4000;

/** An SVG of the view at the map's bounds (the initial bounds when there is no live map), 1600 × 1000. */
export async function exportSvg(view: ExportView, map: Pick<CaptureMap, 'getBounds'> | null): Promise<string> {
  const { renderSvg } = await import('./svg.ts');
  const b = map?.getBounds();
  return renderSvg({
    geo: view.geo,
    arcs: view.arcs,
    unitCounts: view.unitCounts,
    bounds: b ? [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]] : INITIAL_BOUNDS,
    width: 1600,
    height: 1000,
    title: view.title,
    subtitle: view.subtitle,
    legend: view.legend,
    attribution: view.attribution ?? attributionText(),
    citation: view.citation,
  });
}

/** The page's colours, read from its CSS custom properties. */
export function pageColours(root: Element = document.documentElement): CaptureColours {
  const css = getComputedStyle(root);
  const colour = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { background: colour('--surface', '#ffffff'), text: colour('--text', '#1d1c1a'), muted: colour('--text-muted', '#4a4f57') };
}

/**
 * The view's clusters, drawn over a copy of the map's frame (`ctx`, `k` device pixels per CSS pixel): the atlas
 * draws them above MapLibre's canvas (map/ClusterLayer.svelte), so a grab of that canvas alone has none.
 * Used by the PNG export and the printed map.
 */
export function paintClustersOf(ctx: CanvasRenderingContext2D, map: object, k: number): void {
  const clusters = clustersOf(map);
  if (!clusters.length) return;
  ctx.save();
  ctx.setTransform(k, 0, 0, k, 0, 0);
  paintClusters(ctx as TextCtx2D, clusters, PALETTES[pageTheme()]);
  ctx.restore();
}

/** A copy of the map's frame with the view's clusters painted on it at `ratio` (device px per CSS px); null without a 2D context. */
export function copyWithClusters(frame: HTMLCanvasElement, map: object, ratio: number, doc: Document = document): HTMLCanvasElement | null {
  const out = doc.createElement('canvas');
  out.width = frame.width;
  out.height = frame.height;
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(frame, 0, 0);
  paintClustersOf(ctx, map, ratio);
  return out;
}

/** The map's frame with the view's clusters on it, as the reader sees them; the frame itself when there are none. */
function withClusters(frame: HTMLCanvasElement, map: object): HTMLCanvasElement {
  if (!clustersOf(map).length) return frame;
  return copyWithClusters(frame, map, frame.width / Math.max(1, frame.clientWidth)) ?? frame;
}

/**
 * Redraws the map at `scale` × its CSS size (waiting for it to settle, at most
 * IDLE_CAP_MS), grabs the frame and composites arcs, title, legend and credit
 * line; the map's pixel ratio is restored whatever happens.
 */
export async function capturePng(
  map: CaptureMap,
  view: ExportView,
  scale: number,
  colours: CaptureColours = pageColours(),
  /** The compositing code, loaded on first use (tests pass their own). */
  compositor: () => Promise<Pick<typeof import('./png.ts'), 'composePng' | 'canvasToPng'>> = () => import('./png.ts'),
): Promise<Blob> {
  const { composePng, canvasToPng } = await compositor();
  const before = map.getPixelRatio();
  map.setPixelRatio(scale);
  try {
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, IDLE_CAP_MS);
      map.once('idle', () => {
        clearTimeout(t);
        resolve();
      });
      map.triggerRepaint();
    });
    const canvas = await new Promise<HTMLCanvasElement>((resolve, reject) => {
      // The WebGL frame is read in the render event, while its buffer is still there.
      map.once('render', () => {
        try {
          const c = map.getCanvas();
          resolve(
            composePng(
              {
                mapCanvas: withClusters(c, map),
                mapWidth: c.clientWidth,
                mapHeight: c.clientHeight,
                arcs: view.arcs,
                project: mapProjector(map),
                anchors: view.anchors,
                title: view.title,
                subtitle: view.subtitle,
                legend: view.legend.map((c) => ({ name: c.name, colour: countryColour(c.country), count: c.count })),
                attribution: view.attribution ?? attributionText(),
                theme: colours,
                // The map's own shading key, in the theme the map is drawn in.
                shading: shadingKey(view.unitCounts, shadingColours(PALETTES[pageTheme()])),
              },
              scale,
            ),
          );
        } catch (e) {
          reject(e as Error);
        }
      });
      map.triggerRepaint();
    });
    const png = await canvasToPng(canvas);
    // The picture says what it is and how to cite it in its own metadata (text chunks after its header).
    const entries = pngTextEntries({ title: view.title, citation: view.citation, attribution: view.attribution ?? attributionText() });
    return new Blob([withPngText(new Uint8Array(await png.arrayBuffer()), entries) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    map.setPixelRatio(before);
  }
}
