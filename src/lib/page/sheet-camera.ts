/**
 * The map under an open bottom sheet (phones, tablets): the camera is padded by
 * what the sheet hides, so the map's centre is the middle of what is still seen;
 * and a chosen place that would sit under the sheet (or off the map) is brought
 * into the part left in view.
 */
export interface SheetCamera {
  padding: { top: number; right: number; bottom: number; left: number };
  /** Centre the camera on the chosen place. */
  recenter: boolean;
}

/** How close to the edge of what is seen a place may be and still count as seen, px. */
export const SEEN_MARGIN = 24;

export function sheetCamera(map: { width: number; height: number }, cover: number, place: { x: number; y: number } | null): SheetCamera {
  const bottom = Math.max(0, Math.min(cover, map.height - 2 * SEEN_MARGIN));
  const seen = (p: { x: number; y: number }) =>
    p.x >= SEEN_MARGIN && p.x <= map.width - SEEN_MARGIN && p.y >= SEEN_MARGIN && p.y <= map.height - bottom - SEEN_MARGIN;
  return { padding: { top: 0, right: 0, bottom, left: 0 }, recenter: place !== null && bottom > 0 && !seen(place) };
}
