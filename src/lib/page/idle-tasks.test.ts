import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceMapIdle } from '../map/idle-signal.ts';
import { NO_MAP_DELAY_MS, idleTasks } from './idle-tasks.ts';

/** A window with a map event target, timers from vitest's fake clock and, if asked, idle callbacks run by hand. */
function fakeWindow({ idle = true } = {}) {
  const target = new EventTarget();
  const queue = new Map<number, () => void>();
  let n = 0;
  const win = Object.assign(target, {
    document: { readyState: 'complete' as DocumentReadyState },
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) as unknown as number,
    clearTimeout: (t: number) => clearTimeout(t),
    ...(idle
      ? {
          requestIdleCallback: (f: () => void) => (queue.set(++n, f), n),
          cancelIdleCallback: (h: number) => void queue.delete(h),
        }
      : {}),
  });
  /** Runs the idle callbacks waiting now (not those they ask for); how many ran. */
  const idleNow = () => {
    const waiting = [...queue];
    queue.clear();
    for (const [, f] of waiting) f();
    return waiting.length;
  };
  return { win: win as unknown as Window, idleNow };
}

afterEach(() => void vi.useRealTimers());

describe('idleTasks', () => {
  it('waits for the map to be idle, then runs one task per idle moment, in order', () => {
    vi.useFakeTimers();
    const { win, idleNow } = fakeWindow();
    const done: number[] = [];
    idleTasks([1, 2, 3].map((k) => () => void done.push(k)), win);
    expect(idleNow()).toBe(0);
    announceMapIdle(win);
    expect(idleNow()).toBe(1);
    expect(done).toEqual([1]);
    idleNow();
    idleNow();
    expect(done).toEqual([1, 2, 3]);
    expect(idleNow()).toBe(0);
  });

  it('starts at once (in a task of its own) when the map was idle before it was asked', () => {
    vi.useFakeTimers();
    const { win, idleNow } = fakeWindow();
    announceMapIdle(win);
    const done: number[] = [];
    idleTasks([() => void done.push(1)], win);
    expect(idleNow()).toBe(0);
    vi.advanceTimersByTime(0);
    idleNow();
    expect(done).toEqual([1]);
  });

  it('runs after a delay when no map comes, and with timers where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    const { win } = fakeWindow({ idle: false });
    const done: number[] = [];
    idleTasks([1, 2].map((k) => () => void done.push(k)), win);
    vi.advanceTimersByTime(NO_MAP_DELAY_MS - 1);
    expect(done).toEqual([]);
    vi.advanceTimersByTime(1 + 50);
    expect(done).toEqual([1]);
    vi.advanceTimersByTime(50);
    expect(done).toEqual([1, 2]);
  });

  it('stops: no task runs after the stop, whether it waited for the map or for an idle moment', () => {
    vi.useFakeTimers();
    const early = fakeWindow();
    const ran = vi.fn();
    idleTasks([ran], early.win)();
    announceMapIdle(early.win);
    early.idleNow();
    vi.advanceTimersByTime(60_000);
    const late = fakeWindow();
    const stop = idleTasks([ran, ran], late.win);
    announceMapIdle(late.win);
    late.idleNow();
    stop();
    late.idleNow();
    expect(ran).toHaveBeenCalledTimes(1);
  });
});
