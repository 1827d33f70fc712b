/**
 * The overlay's drawing, wired to its elements: the arc join on SVG paths or the
 * canvas, the anchor rings and programme links, and the camera steps (`camera.ts`)
 * done on every frame of the map. The pure parts live in join.ts, camera.ts,
 * hit.ts and painter.ts; this keeps the state between frames and touches the DOM.
 * User Timing names and the svg's `data-drawn` are read by `npm run bench`.
 */
import { isFlow, type LineDatum } from '../../arcs/arcs.ts';
import { projectArc, type LngLat, type Project } from '../../arcs/geometry.ts';
import { clippedPathData, type Rect } from './clip.ts';
import type { ProgrammeArc } from '../../arcs/programme.ts';
import { affineOf, projectInto, type Affine } from '../../arcs/screen.ts';
import { anchorRingTitle } from '../../words/index.ts';
import { atRest, Bounds, MARGIN, STROKE_PAD, onFrame, transformOf, viewBoxOf, type Drawing, type Moved, type Step } from './camera.ts';
import { nearestLine } from './hit.ts';
import { ArcJoin, groupByLook, mercOf, rejoin } from './join.ts';
import { casingProperties, fitCanvas, paintArcs, paintCasings, strokeProperties } from './painter.ts';
import { casingOf, newLinkPath, newRing, railOf, svgArcPaths } from './paths.ts';
import { CASING } from '../casing.ts';
import { pageTheme } from '../style.ts';

/** The overlay's elements. */
export interface StageElements {
  /** The map's box: its size is the map's, read when none was given yet. */
  clip: HTMLElement;
  /** Moved whole (a CSS transform) while the map moves. */
  layer: HTMLElement;
  canvas: HTMLCanvasElement;
  svg: SVGSVGElement;
  gArcs: SVGGElement;
  /** Under `gArcs`: each line's casing (map/casing.ts), so its edge stands out from any fill; none without it. */
  gCasings?: SVGGElement;
  gLinks: SVGGElement;
  gAnchors: SVGGElement;
}

export interface Anchor {
  id: string;
  name: string;
  coord: LngLat;
}

type Moving = { isMoving: () => boolean };
/** MapLibre's event names its map, which says whether the camera is moving. */
const mapOf = (event: unknown): Moving | null => {
  const map = (event as { target?: Partial<Moving> } | undefined)?.target;
  return typeof map?.isMoving === 'function' ? (map as Moving) : null;
};

/** Projects a line with the camera `a` (affine) or, failing that, with `project`. */
const place = (merc: Float64Array, points: readonly LngLat[], bend: number, xy: Float64Array, a: Affine | null, project: Project) =>
  a ? projectInto(merc, a, bend, xy) : projectArc(points, project, bend, xy);

/** The camera and map size a drawing was made with, as a key ('' when not affine: always drawn afresh). */
export const cameraKey = (a: Affine | null, width: number, height: number): string => (a ? `${a.kx}|${a.ky}|${a.tx}|${a.ty}|${width}|${height}` : '');

export class ArcStage {
  private readonly paths: ReturnType<typeof svgArcPaths>;
  private readonly join: ArcJoin<SVGPathElement>;
  private links = new Map<string, { link: ProgrammeArc; el: SVGPathElement; merc: Float64Array; xy: Float64Array }>();
  private anchors = new Map<string, { el: SVGCircleElement; coord: LngLat }>();
  private drawnCount = -1;
  /** The last exact drawing: its camera, completeness and the map's size in CSS pixels. */
  private readonly drawing: Drawing = { base: null, complete: false, width: 0, height: 0 };
  /** The transform moving that drawing to the present camera, while the map moves. */
  private moved: Moved | null = null;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private frames = 0;
  /**
   * What each line's path was last written with: its element, camera (`cameraKey`), bend, coordinates and
   * path data (null: none made, on the canvas). A period step redraws with the camera unchanged: the lines
   * that stay keep their path as it is, and the lines that come back take the data they had.
   */
  private readonly written = new WeakMap<object, { el: SVGPathElement | null; camera: string; bend: number; merc: Float64Array; data: string | null }>();

  /**
   * Painted on the canvas while MapLibre loads, the SVG lines kept hidden (`data-early`, ArcOverlay's CSS):
   * under a software GPU, compositing the SVG lines' layer held up MapLibre's setup, which waits on the same
   * GPU thread. The lines are made and written all the same, so the switch at the map's first idle is only
   * which of the two is seen.
   */
  private early = false;

  constructor(
    private readonly els: StageElements,
    private readonly projector: () => Project,
    /** Line widths times this (a 4K screen: map/scale.ts). */
    private readonly scale = 1,
  ) {
    this.paths = svgArcPaths(els.gArcs, scale, els.gCasings);
    this.join = new ArcJoin(this.paths);
    // The SVG paths' widths and opacities: arcStroke's, as the canvas paints them; the casings' colours.
    for (const [k, v] of Object.entries({ ...strokeProperties(scale), ...casingProperties(CASING) })) els.svg.style.setProperty(k, v);
  }

  /** Whether the lines are painted on the canvas rather than seen as SVG (see `early`); switching repaints nothing. */
  setEarly(on: boolean): void {
    const was = this.early;
    this.early = on;
    this.els.svg.toggleAttribute('data-early', on);
    this.showCanvas();
    // Painting on the canvas begins: it gets the lines drawn so far.
    if (on && !was && this.join.drawn.size) this.drawNow();
  }

  private showCanvas() {
    const hidden = !(this.join.onCanvas || this.early);
    if (this.els.canvas.hidden !== hidden) this.els.canvas.hidden = hidden;
  }

  /** The drawn arc or flow nearest the point within `tolerance` px, ignoring the ends, in the moved drawing's coordinates. */
  arcAt(x: number, y: number, tolerance: number, endClear: number): LineDatum | null {
    // A wide flow is hit anywhere on its stroke, not only near its middle line.
    const reach = (d: { arc: LineDatum }) => (isFlow(d.arc) ? (d.arc.width * this.scale) / 2 : 0);
    return nearestLine(this.join.drawn.values(), x, y, this.moved, tolerance, endClear, reach)?.arc ?? null;
  }

  /** Joins the lines of the view (arcs, flows: arcs/flows.ts viewLines) and the anchor rings (timed: 'atlas:arc-update'), then draws. */
  update(arcs: readonly LineDatum[], focus: string | null, duration: number, anchors: readonly Anchor[]): void {
    const t0 = performance.now();
    this.join.update(arcs, focus, duration);
    // What is already so is not written again: an update that changes nothing (MapLibre taking the first
    // drawing over) leaves the layer as it is painted.
    this.showCanvas();
    this.anchors = rejoin(
      this.anchors,
      anchors,
      (a) => a.id,
      (a, prev) => {
        const el = prev?.el ?? newRing(this.els.gAnchors);
        if (el.getAttribute('data-country') !== a.id) el.setAttribute('data-country', a.id);
        const title = anchorRingTitle(a.name);
        if (el.firstElementChild!.textContent !== title) el.firstElementChild!.textContent = title;
        return { el, coord: a.coord };
      },
      ({ el }) => el.remove(),
    );
    performance.measure('atlas:arc-update', { start: t0 });
    this.drawNow();
  }

  /** Programme links: a separate join, never mixed with the partnership arcs. */
  setLinks(list: readonly ProgrammeArc[]): void {
    const had = this.links.size;
    this.links = rejoin(
      this.links,
      list,
      (link) => link.id,
      (link, prev) => {
        const el = prev?.el ?? newLinkPath(this.els.gLinks);
        el.setAttribute('class', `programme-link ${link.kind}`);
        el.setAttribute('data-link-id', link.id);
        const merc = mercOf(link.points);
        return { link, el, merc, xy: prev?.merc === merc ? prev.xy : new Float64Array(merc.length) };
      },
      ({ el }) => el.remove(),
    );
    if (had || this.links.size) this.drawNow();
  }

  /** A new size of the map in CSS pixels (false: unchanged). */
  resize(width: number, height: number): boolean {
    if (width === this.drawing.width && height === this.drawing.height) return false;
    this.drawing.width = width;
    this.drawing.height = height;
    this.els.svg.setAttribute('viewBox', viewBoxOf(width, height));
    return true;
  }

  /** Draws afresh now (timed: 'atlas:arc-redraw'). */
  drawNow(): void {
    if (!this.drawing.width) this.resize(this.els.clip.clientWidth, this.els.clip.clientHeight);
    const t0 = performance.now();
    this.drawAll(this.projector());
    performance.measure('atlas:arc-redraw', { start: t0 });
  }

  /**
   * On every frame of the map (see `onFrame`): the camera unchanged, nothing to
   * do; moving, the drawing moved whole; at rest, kept or drawn exactly. Each is
   * timed ('atlas:arc-redraw').
   */
  redraw(event?: unknown): void {
    if (!this.drawing.width) return;
    const t0 = performance.now();
    const project = this.projector();
    const map = mapOf(event);
    this.apply(onFrame(this.drawing, this.drawing.base && affineOf(project), !!map?.isMoving()), project, map);
    performance.measure('atlas:arc-redraw', { start: t0 });
    if (++this.frames % 500 === 0) {
      performance.clearMeasures('atlas:arc-redraw');
      performance.clearMeasures('atlas:arc-update');
    }
  }

  dispose(): void {
    clearTimeout(this.settle);
    this.paths.dispose();
  }

  private setMoved(m: Moved | null) {
    this.moved = m;
    this.els.layer.style.transform = transformOf(m);
  }

  private apply(step: Step, project: Project, map: Moving | null) {
    if (step.kind === 'draw') this.drawAll(project);
    else if (step.kind === 'home') {
      if (this.moved) this.setMoved(null);
    } else {
      this.setMoved(step.moved);
      if (step.settle && map) this.settleLater(map);
      else clearTimeout(this.settle);
    }
  }

  /** Settles the drawing once the map has stopped, should no frame at rest come (a moved drawing is only approximately right). */
  private settleLater(map: Moving) {
    clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      if (!this.moved) return;
      if (map.isMoving()) this.settleLater(map);
      else {
        const t0 = performance.now();
        const project = this.projector();
        this.apply(atRest(this.drawing, affineOf(project)), project, map);
        performance.measure('atlas:arc-redraw', { start: t0 });
      }
    }, 250);
  }

  /** Projects everything afresh with the present camera and puts the drawing back in place. */
  private drawAll(project: Project) {
    const { drawing, join, els } = this;
    const a = affineOf(project);
    clearTimeout(this.settle);
    this.setMoved(null);
    const box = new Bounds();
    // Only the drawn area (the map, its margin, the strokes' reach) is written into the paths: see clip.ts.
    const area: Rect = { x0: -MARGIN - STROKE_PAD, y0: -MARGIN - STROKE_PAD, x1: drawing.width + MARGIN + STROKE_PAD, y1: drawing.height + MARGIN + STROKE_PAD };
    const camera = cameraKey(a, drawing.width, drawing.height);
    for (const d of join.drawn.values()) {
      const w = this.written.get(d);
      // Projected with this very camera and shape: its coordinates, and its path data once made, hold.
      const same = !!camera && !!w && w.camera === camera && w.bend === d.bend && w.merc === d.merc;
      if (same && w.el === d.el) {
        box.add(d.xy);
        continue;
      }
      if (!same) place(d.merc, d.arc.points, d.bend, d.xy, a, project);
      // A line back in the view (a step back to a period) gets a new element: its path data as it was written.
      let data = same ? w.data : null;
      if (d.el) {
        data ??= clippedPathData(d.xy, area);
        // The same path data on the same element (a camera that moved less than the 0.1 px the data keeps, as
        // when MapLibre takes the first drawing over): not written again, so the layer is not painted again.
        if (!(w && w.el === d.el && w.data === data)) {
          d.el.setAttribute('d', data);
          railOf(d.el)?.setAttribute('d', data);
          casingOf(d.el)?.setAttribute('d', data);
        }
      }
      this.written.set(d, { el: d.el, camera, bend: d.bend, merc: d.merc, data });
      box.add(d.xy);
    }
    if (join.onCanvas || this.early) {
      const ctx = fitCanvas(els.canvas, drawing.width, drawing.height, MARGIN, window.devicePixelRatio || 1);
      if (ctx) {
        const groups = join.onCanvas ? join.groups : groupByLook(join.drawn.values());
        paintCasings(ctx, groups, CASING[pageTheme()], this.scale);
        paintArcs(ctx, groups, this.scale, getComputedStyle(els.svg).getPropertyValue('--surface').trim() || undefined);
      }
    }
    for (const l of this.links.values()) {
      const data = clippedPathData(place(l.merc, l.link.points, l.link.bend, l.xy, a, project), area);
      if (l.el.getAttribute('d') !== data) l.el.setAttribute('d', data);
      box.add(l.xy);
    }
    for (const { el, coord } of this.anchors.values()) {
      const [x, y] = project(coord).map((v) => v.toFixed(1));
      if (el.getAttribute('cx') !== x) el.setAttribute('cx', x);
      if (el.getAttribute('cy') !== y) el.setAttribute('cy', y);
    }
    drawing.complete = box.within(drawing.width, drawing.height);
    drawing.base = a;
    if (join.drawn.size !== this.drawnCount) {
      this.drawnCount = join.drawn.size;
      els.svg.setAttribute('data-drawn', String(this.drawnCount));
      // Read by `npm run bench`: time to the first arcs on screen.
      if (this.drawnCount > 0 && !performance.getEntriesByName('atlas:arcs-drawn').length) performance.mark('atlas:arcs-drawn');
    }
  }
}
