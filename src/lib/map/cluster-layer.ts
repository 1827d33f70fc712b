/**
 * The clusters' drawing (ClusterLayer.svelte): one SVG group per cluster (circle and count), above the
 * map's canvas and below the arcs, redrawn on every frame the map renders, in that frame, when the camera
 * or the clusters changed. Nothing in MapLibre changes with the clusters: a period step re-tiles no source.
 */
import type { ScreenCluster } from './cluster-marks.ts';
import { clusterLook, type ClusterColours } from './overlay/painter.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** What a frame's drawing depends on: the camera, the map's size and the clusters' version. */
export const frameKey = (version: number, zoom: number, lng: number, lat: number, width: number, height: number): string => `${version}|${zoom}|${lng}|${lat}|${width}|${height}`;

/** Whether a cluster's circle reaches into a map of `width` × `height` px. */
export const visible = (c: ScreenCluster, width: number, height: number): boolean => c.x + c.r >= 0 && c.y + c.r >= 0 && c.x - c.r <= width && c.y - c.r <= height;

export class ClusterDrawing {
  private groups: SVGGElement[] = [];
  /** Clusters whose count is left out, standing on a name (count-room.ts). */
  private countless = new Set<number>();

  constructor(
    private readonly svg: SVGSVGElement,
    private scale = 1,
  ) {}

  /** The colours of the theme: set on the svg, read by every group. */
  colour(colours: ClusterColours): void {
    const look = clusterLook(colours, this.scale);
    const s = this.svg.style;
    s.setProperty('--cluster-fill', look.fill);
    s.setProperty('--cluster-fill-opacity', String(look.fillAlpha));
    s.setProperty('--cluster-stroke', look.stroke);
    s.setProperty('--cluster-stroke-opacity', String(look.strokeAlpha));
    s.setProperty('--cluster-stroke-width', String(look.strokeWidth));
    s.setProperty('--cluster-text', look.text);
    s.setProperty('--cluster-halo', look.halo);
    s.setProperty('--cluster-halo-width', String(2 * look.haloWidth));
    s.setProperty('--cluster-font-size', `${look.fontSize}px`);
  }

  /** Draws `marks` (those reaching into the map), reusing the groups in order. */
  draw(marks: readonly ScreenCluster[]): void {
    for (let i = 0; i < marks.length; i++) {
      const m = marks[i];
      const g = (this.groups[i] ??= this.newGroup());
      g.setAttribute('transform', `translate(${m.x},${m.y})`);
      if (g.dataset.id !== String(m.id)) g.dataset.id = String(m.id);
      if (g.dataset.count !== String(m.count)) {
        g.dataset.count = String(m.count);
        g.lastElementChild!.textContent = String(m.count);
      }
      g.classList.toggle('countless', this.countless.has(m.id));
      const r = String(m.r);
      const circle = g.firstElementChild as SVGCircleElement;
      if (circle.getAttribute('r') !== r) circle.setAttribute('r', r);
    }
    for (const g of this.groups.splice(marks.length)) g.remove();
  }

  /** Leaves out the counts of these clusters (they would cover a name), and draws the others'. */
  leaveOutCounts(ids: ReadonlySet<number>): void {
    this.countless = new Set(ids);
    for (const g of this.groups) g.classList.toggle('countless', this.countless.has(Number(g.dataset.id)));
  }

  private newGroup(): SVGGElement {
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('class', 'cluster');
    g.append(document.createElementNS(SVG, 'circle'), document.createElementNS(SVG, 'text'));
    this.svg.append(g);
    return g;
  }
}
