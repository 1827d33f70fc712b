/**
 * The page's map has drawn its first complete frame (MapLibre's first `idle`): said once, as a window event,
 * so that work that can wait (the offline copy's precaching, main.ts) waits for it rather than sharing the
 * machine with the map's load. Free of MapLibre, so main.ts can listen without loading it.
 */
export const MAP_IDLE_EVENT = 'atlas:map-idle';

export function announceMapIdle(target: Pick<Window, 'dispatchEvent'> = window): void {
  target.dispatchEvent(new Event(MAP_IDLE_EVENT));
}

/**
 * Runs `start` once: when the map is first idle, or `fallbackMs` after the page's load when no map comes
 * (no WebGL, a load that failed).
 */
export function afterMapIdle(start: () => void, fallbackMs: number, win: Pick<Window, 'addEventListener' | 'setTimeout'> & { document: Pick<Document, 'readyState'> } = window): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    start();
  };
  win.addEventListener(MAP_IDLE_EVENT, once, { once: true });
  const fallback = () => void win.setTimeout(once, fallbackMs);
  if (win.document.readyState === 'complete') fallback();
  else win.addEventListener('load', fallback, { once: true });
}
