/**
 * The page's map has drawn its first complete frame (MapLibre's first `idle`): said once, as a window event,
 * so that work that can wait (the offline copy's precaching, main.ts) waits for it rather than sharing the
 * machine with the map's load. Free of MapLibre, so main.ts can listen without loading it.
 */
export const MAP_IDLE_EVENT = 'atlas:map-idle';

/** The windows whose map has said it: work asked for later starts at once. */
const announced = new WeakSet<object>();

export function announceMapIdle(target: Pick<Window, 'dispatchEvent'> = window): void {
  announced.add(target);
  target.dispatchEvent(new Event(MAP_IDLE_EVENT));
}

type IdleWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'> & { document: Pick<Document, 'readyState'> };

/**
 * Runs `start` once: when the map is first idle (at once, in a task of its own, when it already was), or
 * `fallbackMs` after the page's load when no map comes (no WebGL, a load that failed). Returns the function
 * that cancels it.
 */
export function afterMapIdle(start: () => void, fallbackMs: number, win: IdleWindow = window): () => void {
  let done = false;
  let timer: number | undefined;
  const once = () => {
    if (done) return;
    done = true;
    stop();
    start();
  };
  const fallback = () => void (timer = win.setTimeout(once, fallbackMs));
  const stop = () => {
    done = true;
    win.removeEventListener(MAP_IDLE_EVENT, once);
    win.removeEventListener('load', fallback);
    if (timer !== undefined) win.clearTimeout(timer);
  };
  if (announced.has(win)) {
    timer = win.setTimeout(once, 0);
    return stop;
  }
  win.addEventListener(MAP_IDLE_EVENT, once, { once: true });
  if (win.document.readyState === 'complete') fallback();
  else win.addEventListener('load', fallback, { once: true });
  return stop;
}
