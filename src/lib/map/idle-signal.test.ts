import { describe, expect, it, vi } from 'vitest';
import { afterMapIdle, announceMapIdle } from './idle-signal.ts';

function fakeWindow(readyState: DocumentReadyState) {
  const target = new EventTarget();
  return Object.assign(target, {
    document: { readyState },
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) as unknown as number,
    clearTimeout: (t: number) => clearTimeout(t),
  }) as unknown as Window;
}

describe('afterMapIdle', () => {
  it('starts once, when the map is first idle, and not again at the fallback', () => {
    vi.useFakeTimers();
    const win = fakeWindow('complete');
    const start = vi.fn();
    afterMapIdle(start, 10_000, win);
    expect(start).not.toHaveBeenCalled();
    announceMapIdle(win);
    expect(start).toHaveBeenCalledTimes(1);
    announceMapIdle(win);
    vi.advanceTimersByTime(20_000);
    expect(start).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('starts at the fallback after the page has loaded when no map comes, and not before the load', () => {
    vi.useFakeTimers();
    const win = fakeWindow('loading');
    const start = vi.fn();
    afterMapIdle(start, 10_000, win);
    vi.advanceTimersByTime(60_000);
    expect(start).not.toHaveBeenCalled();
    win.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(9_999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});

describe('afterMapIdle, asked late or cancelled', () => {
  it('starts in a task of its own when the map was already idle', () => {
    vi.useFakeTimers();
    const win = fakeWindow('complete');
    announceMapIdle(win);
    const start = vi.fn();
    afterMapIdle(start, 10_000, win);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it("never starts once cancelled: neither at the map's idle nor at the fallback", () => {
    vi.useFakeTimers();
    const win = fakeWindow('complete');
    const start = vi.fn();
    afterMapIdle(start, 10_000, win)();
    announceMapIdle(win);
    vi.advanceTimersByTime(20_000);
    expect(start).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
