/**
 * Where the presenter's card sits. Over a wide screen it floats in a corner of
 * the map (today's look, from 1024×768 projectors to 4K). In portrait (phones,
 * tablets) it would cover half of what it talks about, so it docks below the
 * map as a band; on a short landscape screen (a phone on its side) it docks
 * beside it as a column. Docked, the card reserves its band as a margin of the
 * element it sits in (the map's stage), so the map, its arcs and its legend,
 * all laid out inside the stage, take the rest of the screen, and MapLibre
 * (which watches its container's size) frames the view in what is left.
 */

export type Dock = 'bottom' | 'left';

/** The media each dock answers to (the first that matches wins). */
export const DOCK_MEDIA: Record<Dock, string> = {
  bottom: '(orientation: portrait)',
  left: '(orientation: landscape) and (max-height: 540px)',
};

export function dockFor(matches: (query: string) => boolean): Dock | null {
  if (matches(DOCK_MEDIA.bottom)) return 'bottom';
  if (matches(DOCK_MEDIA.left)) return 'left';
  return null;
}

/** The stage's margins that leave the card its band: its height below, or its width on the left. */
export function bandMargin(dock: Dock | null, card: { width: number; height: number }): { bottom: number; left: number } {
  return { bottom: dock === 'bottom' ? Math.ceil(card.height) : 0, left: dock === 'left' ? Math.ceil(card.width) : 0 };
}

/**
 * Svelte action on the card: while docked, its parent's margin follows the
 * card's size (a step with a longer caption makes the band taller); undocked
 * or gone, the parent is as it was.
 */
export function reserveBand(card: HTMLElement, dock: Dock | null) {
  const stage = card.parentElement;
  let current = dock;
  const apply = () => {
    if (!stage) return;
    const m = bandMargin(current, card.getBoundingClientRect());
    stage.style.marginBottom = m.bottom ? `${m.bottom}px` : '';
    stage.style.marginLeft = m.left ? `${m.left}px` : '';
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(apply) : null;
  observer?.observe(card);
  apply();
  return {
    update(next: Dock | null) {
      current = next;
      apply();
    },
    destroy() {
      observer?.disconnect();
      current = null;
      apply();
    },
  };
}

/** The part of a MapLibre map the docked card frames. */
export interface FramingMap {
  resize(): unknown;
  fitBounds(bounds: [[number, number], [number, number]], options: { padding: number; animate: boolean }): unknown;
}

/**
 * Frames `bounds` in the map as it is now: the container is measured again at
 * once (MapLibre would otherwise learn of the band only at its next resize
 * observation) and the view fitted without animation.
 */
export function frame(map: FramingMap, bounds: [[number, number], [number, number]], padding = 16): void {
  map.resize();
  map.fitBounds(bounds, { padding, animate: false });
}
