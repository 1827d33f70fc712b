/**
 * The bottom sheet's three heights and how a drag or a key settles between them
 * (pure; BottomSheet.svelte does the pointer and the DOM).
 */
export const SNAPS = ['peek', 'half', 'full'] as const;
export type Snap = (typeof SNAPS)[number];

/** The handle's value for assistive technology: how open the sheet is, 0–100. */
export const SNAP_VALUE: Record<Snap, number> = { peek: 0, half: 50, full: 100 };

/** Heights in CSS px for a window `viewport` px tall: `peek` shows the handle and the tabs; `full` leaves `top` px of map. */
export function sheetHeights(viewport: number, peek: number, top: number): Record<Snap, number> {
  const full = Math.max(peek, viewport - top);
  return { peek, half: Math.min(full, Math.max(peek, Math.round(viewport / 2))), full };
}

/** The next snap up (+1) or down (-1), staying at the ends. */
export function step(snap: Snap, dir: 1 | -1): Snap {
  const i = SNAPS.indexOf(snap) + dir;
  return SNAPS[Math.max(0, Math.min(SNAPS.length - 1, i))];
}

/** A flick faster than this (px/ms) goes on to the next snap in its direction. */
export const FLICK = 0.5;

/**
 * Where a drag ends: a flick goes on to the next snap beyond the height it was
 * let go at (upward `velocity` positive); a slow release goes to the nearest.
 */
export function settle(height: number, velocity: number, heights: Record<Snap, number>): Snap {
  if (Math.abs(velocity) > FLICK) {
    const dir = velocity > 0 ? 1 : -1;
    const beyond = SNAPS.filter((s) => (dir > 0 ? heights[s] > height : heights[s] < height));
    if (beyond.length) return dir > 0 ? beyond[0] : beyond[beyond.length - 1];
    return dir > 0 ? 'full' : 'peek';
  }
  return SNAPS.reduce((best, s) => (Math.abs(heights[s] - height) < Math.abs(heights[best] - height) ? s : best), 'peek' as Snap);
}

/** A tap on the handle (or Enter): folded opens to half; open folds. */
export const toggled = (snap: Snap): Snap => (snap === 'peek' ? 'half' : 'peek');

/** How much of the map an open sheet hides, in px: the page already keeps the peek free below the map. */
export function sheetCover(snap: Snap, viewport: number, peek: number, top: number): number {
  return sheetHeights(viewport, peek, top)[snap] - peek;
}

/** The peek and the map kept above a full sheet, in px, from app.css's --sheet-peek and --sheet-top (rem). */
export function sheetMetrics(root: Element): { peek: number; top: number } {
  const style = getComputedStyle(root);
  const rem = parseFloat(style.fontSize) || 16;
  const remVar = (name: string) => parseFloat(style.getPropertyValue(name)) || 0;
  return { peek: remVar('--sheet-peek') * rem, top: remVar('--sheet-top') * rem };
}
