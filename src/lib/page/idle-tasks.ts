/**
 * Work a reader will probably ask for next, done beforehand in the page's idle moments: one task per idle
 * callback, and none before the map's first complete frame (map/idle-signal.ts), so it never shares the
 * machine with the map's load. What a reader asks for before its task has run is built on demand, as
 * without this; a task that finds its work done does nothing.
 */
import { afterMapIdle } from '../map/idle-signal.ts';

type TaskWindow = Parameters<typeof afterMapIdle>[2] & Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;

/** How long a task may wait for an idle moment before it runs anyway, ms. */
export const IDLE_TIMEOUT_MS = 4000;
/** When no map comes (no WebGL, a load that failed): this long after the page's load, ms. */
export const NO_MAP_DELAY_MS = 3000;

/** Runs `tasks` in order, one per idle moment, after the map's first idle; returns the function that stops the rest. */
export function idleTasks(tasks: readonly (() => void)[], win: TaskWindow = window): () => void {
  let i = 0;
  let stopped = false;
  let idle: number | undefined;
  let timer: number | undefined;
  const run = () => {
    idle = timer = undefined;
    if (stopped || i >= tasks.length) return;
    tasks[i++]();
    next();
  };
  const next = () => {
    if (stopped || i >= tasks.length) return;
    if (win.requestIdleCallback) idle = win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else timer = win.setTimeout(run, 50);
  };
  const cancelWait = afterMapIdle(next, NO_MAP_DELAY_MS, win);
  return () => {
    stopped = true;
    cancelWait();
    if (idle !== undefined) win.cancelIdleCallback?.(idle);
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
