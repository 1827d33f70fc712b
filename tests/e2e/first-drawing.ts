/**
 * Reading the arc overlay's lines as a reader sees them (issue 16): the first drawing's and, after the
 * takeover, MapLibre's. The overlay's SVG is in the map's CSS pixels (its viewBox: overlay/camera.ts).
 */
import type { Page } from 'playwright-core';

export interface LineEnds {
  /** The partnership's id, or the flow's pair. */
  id: string;
  /** Partnerships the line holds (a flow's data-count; a single arc: 1). */
  count: number;
  start: [number, number];
  end: [number, number];
}

const LINES = '[data-testid="arc-overlay"] path[data-flow], [data-testid="arc-overlay"] path[data-partnership-id]';

/** Resolves when the overlay has drawn lines (before MapLibre, the first drawing's). */
export async function waitForFirstDrawing(page: Page): Promise<void> {
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].some((p) => (p.getAttribute('d') ?? '').length > 0), LINES, { timeout: 60_000, polling: 100 });
}

/** Every drawn line's first and last point. */
export function lineEnds(page: Page): Promise<LineEnds[]> {
  return page.$$eval(LINES, (paths) =>
    paths.map((p) => {
      const n = (p.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
      return {
        id: p.getAttribute('data-partnership-id') ?? p.getAttribute('data-flow')!,
        count: Number(p.getAttribute('data-count') ?? 1),
        start: [n[0], n[1]] as [number, number],
        end: [n[n.length - 2], n[n.length - 1]] as [number, number],
      };
    }),
  );
}
