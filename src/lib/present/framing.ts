/**
 * The presenter card's framing of its step (DOM glue over frame.ts): the map's
 * camera fits the arcs the step talks about into the part of the map the card
 * and the legend leave free. A new step (or a new subject: the mode changed)
 * flies there; a change of layout (the card grows with a longer caption, the
 * window is resized, the card docks) fits again at once, and only when the free
 * area moved. The reader may pan and zoom in between: nothing fights them.
 *
 * Floating, the card sits in the band the legend leaves at the bottom of the
 * map (`--legend-room`, the legend's width), so card and legend take one band
 * and the map above it is free.
 */
import { freeBox, freePadding, mercatorAspect, onScreen, paddingIn, type Box, type LngLatBounds, type Padding } from './frame.ts';
import { INITIAL_BOUNDS } from '../map/style.ts';

/** Elements drawn over the map that the framing keeps clear of carry this attribute (the legend; the card itself). */
export const COVER_ATTR = 'data-covers-map';

/** The parts of a MapLibre map the framing uses. */
export interface FitMap {
  getContainer(): HTMLElement;
  resize(): unknown;
  isMoving(): boolean;
  fitBounds(bounds: LngLatBounds, options: { padding: Padding; duration: number; maxZoom?: number }): unknown;
}

export interface FrameParams {
  map: FitMap | null;
  /** The arcs' bounds (presenter.subject); null: Europe and China as the atlas opens. */
  subject: LngLatBounds | null;
  /** Px the arcs are drawn off their great circles (presenter.bend): kept free around them. */
  bend: number;
  /** The step shown: a new one flies to its subject. */
  step: number;
  /** No animation (prefers-reduced-motion). */
  still: boolean;
  /** Where the card sits (dock.ts): docking changes the map's room. */
  dock: string | null;
}

/** A step's flight, in ms. */
export const FLY_MS = 900;
/** Zoom the framing never goes past (a step about one city would otherwise fill the screen with it). */
export const MAX_FRAME_ZOOM = 5;

const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
};

/** Room around the framed arcs for their strokes, bends and end markers: 1.5 rem, growing with the interface. */
export function framingMargin(rootFontPx: number): number {
  return Math.round(1.5 * (Number.isFinite(rootFontPx) && rootFontPx > 0 ? rootFontPx : 16));
}

/** Padding (in the map's own box) that leaves `covers` out of what shows of `map` on `screen`. */
export function paddingFor(map: Box, covers: readonly Box[], screen: { width: number; height: number }, subject: LngLatBounds, margin: number): Padding {
  const visible = onScreen(map, screen);
  return paddingIn(map, visible, freePadding(visible, covers, mercatorAspect(subject), margin));
}

/** Free areas that differ by less than 2 px (rounding, a scrollbar's flicker) frame alike. */
const sameBox = (a: Box | null, b: Box) =>
  !!a && Math.abs(a.x - b.x) < 2 && Math.abs(a.y - b.y) < 2 && Math.abs(a.width - b.width) < 2 && Math.abs(a.height - b.height) < 2;

/** Svelte action on the presenter's card. */
export function frameStep(card: HTMLElement, initial: FrameParams) {
  let params = initial;
  let lastFree: Box | null = null;
  let lastRoom: Box | null = null;
  let lastStep: number | null = null;
  let lastSubject: LngLatBounds | null = null;
  let lastMap: FitMap | null = null;
  let lastDock: string | null = initial.dock;
  let frame = 0;
  const stage = card.parentElement;
  const covers = () => [...(stage?.querySelectorAll(`:scope > [${COVER_ATTR}]`) ?? [])];

  /** The card keeps clear of the legend's column (floating only; docked it is outside the map). */
  const makeRoom = () => {
    const legend = covers().find((el) => el !== card);
    const width = legend && !card.hasAttribute('data-dock') ? legend.getBoundingClientRect().width : 0;
    card.style.setProperty('--legend-room', `${Math.ceil(width)}px`);
  };

  const fit = (fly: boolean) => {
    const map = params.map;
    if (!map) return;
    makeRoom();
    map.resize();
    const subject = params.subject ?? INITIAL_BOUNDS;
    const box = boxOf(map.getContainer());
    const padding = paddingFor(
      box,
      covers().map(boxOf),
      { width: innerWidth, height: innerHeight },
      subject,
      framingMargin(parseFloat(getComputedStyle(document.documentElement).fontSize)) + Math.ceil(params.bend),
    );
    const { width, height } = box;
    const free = freeBox({ x: 0, y: 0, width, height }, padding);
    if (free.width <= 0 || free.height <= 0) return;
    // MapLibre keeps its centre through a resize: a map that changed size is framed again even if the free area did not move.
    const room = { x: width, y: height, width: free.width, height: free.height };
    if (!fly && sameBox(lastFree, free) && sameBox(lastRoom, room)) return;
    lastFree = free;
    lastRoom = room;
    // A layout change during a flight (the card grew with the new caption) flies on to the new framing.
    map.fitBounds(subject, { padding, duration: (fly || map.isMoving()) && !params.still ? FLY_MS : 0, maxZoom: MAX_FRAME_ZOOM });
  };

  const update = (next: FrameParams) => {
    params = next;
    const newMap = next.map !== lastMap;
    const moved = next.step !== lastStep || !sameBounds(next.subject, lastSubject);
    const docked = next.dock !== lastDock;
    lastDock = next.dock;
    lastMap = next.map;
    lastStep = next.step;
    lastSubject = next.subject;
    // A new step flies; the first framing (the map just came, or the presenter just opened) is at once.
    if (newMap || moved) fit(moved && !newMap && lastFree !== null);
    else if (docked) relayout();
  };

  // Layout changes: refit at the next frame (several observations come together).
  const relayout = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      fit(false);
    });
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(relayout) : null;
  const observed = new Set<Element>();
  const observe = () => {
    for (const el of [card, ...covers(), ...(params.map ? [params.map.getContainer()] : [])]) {
      if (!observed.has(el)) {
        observed.add(el);
        observer?.observe(el);
      }
    }
  };
  observe();
  addEventListener('resize', relayout);
  update(initial);

  return {
    update(next: FrameParams) {
      update(next);
      observe();
    },
    destroy() {
      observer?.disconnect();
      removeEventListener('resize', relayout);
      if (frame) cancelAnimationFrame(frame);
      card.style.removeProperty('--legend-room');
    },
  };
}

function sameBounds(a: LngLatBounds | null, b: LngLatBounds | null): boolean {
  if (!a || !b) return a === b;
  return a[0][0] === b[0][0] && a[0][1] === b[0][1] && a[1][0] === b[1][0] && a[1][1] === b[1][1];
}
