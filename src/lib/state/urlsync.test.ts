import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UrlSync } from './urlsync.ts';
import { DEFAULT_STATE } from './url.ts';

function fakeWindow(search = '') {
  const location = { pathname: '/atlas/', search, hash: '#map=3/40/60' };
  const calls: [string, string][] = [];
  const history = {
    pushState: (_: unknown, __: string, url?: string) => {
      calls.push(['push', url!]);
      location.search = url!.includes('?') ? url!.slice(url!.indexOf('?'), url!.indexOf('#') >= 0 ? url!.indexOf('#') : undefined) : '';
    },
    replaceState: (_: unknown, __: string, url?: string) => {
      calls.push(['replace', url!]);
      location.search = url!.includes('?') ? url!.slice(url!.indexOf('?'), url!.indexOf('#') >= 0 ? url!.indexOf('#') : undefined) : '';
    },
  };
  return { location, history, calls };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('UrlSync', () => {
  it('reads the state from the address and reports what it ignored', () => {
    const w = fakeWindow('?period=2014-2017&select=PL71&bogus=1&embed=1');
    const sync = new UrlSync(w.history, w.location, (id) => id === 'PL71', ['embed']);
    const { state, notices } = sync.read();
    expect(state.period).toBe('2014-2017');
    expect(state.select).toBe('PL71');
    expect(notices).toEqual(['Ignored unknown parameter "bogus".']);
  });

  it('pushes a history entry for a new selection, keeping the camera hash and foreign keys', () => {
    const w = fakeWindow('?embed=1');
    const sync = new UrlSync(w.history, w.location, () => true, ['embed']);
    sync.read();
    sync.write({ ...DEFAULT_STATE, select: 'DE2' });
    expect(w.calls).toEqual([['push', '/atlas/?embed=1&select=DE2#map=3/40/60']]);
  });

  it('replaces (not pushes) for other changes, at most once per throttle window', () => {
    const w = fakeWindow('');
    const sync = new UrlSync(w.history, w.location, () => true, [], 250);
    sync.read();
    sync.write({ ...DEFAULT_STATE, period: '1982-1989' });
    sync.write({ ...DEFAULT_STATE, period: '1991-1999' });
    sync.write({ ...DEFAULT_STATE, period: '2000-2007' });
    expect(w.calls).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(w.calls).toEqual([['replace', '/atlas/?period=2000-2007#map=3/40/60']]);
  });

  it('sets and removes extra keys (the presenter) with the view, at once, and keeps them through later writes', () => {
    const w = fakeWindow('?present&period=1982-1989');
    const sync = new UrlSync(w.history, w.location, () => true, ['present', 'step']);
    sync.read();
    sync.write({ ...DEFAULT_STATE, period: '1982-1989' }, { step: '3' });
    expect(w.calls.at(-1)).toEqual(['replace', '/atlas/?present&step=3&period=1982-1989#map=3/40/60']);
    sync.write({ ...DEFAULT_STATE, period: '2000-2007' });
    vi.runAllTimers();
    expect(w.calls.at(-1)).toEqual(['replace', '/atlas/?present&step=3&period=2000-2007#map=3/40/60']);
    const before = w.calls.length;
    sync.write({ ...DEFAULT_STATE, period: '2000-2007' }, { present: '', step: '3' });
    expect(w.calls).toHaveLength(before);
    sync.write({ ...DEFAULT_STATE, period: '2000-2007' }, { present: null, step: null });
    expect(w.calls.at(-1)).toEqual(['replace', '/atlas/?period=2000-2007#map=3/40/60']);
    expect(() => sync.write(DEFAULT_STATE, { period: 'x' })).toThrow(/not an extra key/);
  });

  it('pushes a step that selects a place, with its extra keys, and drops a pending write', () => {
    const w = fakeWindow('?present&step=1');
    const sync = new UrlSync(w.history, w.location, () => true, ['present', 'step']);
    sync.adopt(DEFAULT_STATE);
    sync.write({ ...DEFAULT_STATE, period: '1982-1989' });
    sync.write({ ...DEFAULT_STATE, period: '1991-1999', select: 'DE2' }, { step: '2' });
    vi.runAllTimers();
    expect(w.calls).toEqual([['push', '/atlas/?present&step=2&period=1991-1999&select=DE2#map=3/40/60']]);
  });

  it('re-reads the view on back/forward until stopped', () => {
    const w = fakeWindow('?period=1982-1989');
    const sync = new UrlSync(w.history, w.location, () => true);
    const target = new EventTarget();
    const seen: string[] = [];
    const stop = sync.listen(target, (s) => seen.push(s.period));
    target.dispatchEvent(new Event('popstate'));
    w.location.search = '?period=2000-2007';
    target.dispatchEvent(new Event('popstate'));
    stop();
    target.dispatchEvent(new Event('popstate'));
    expect(seen).toEqual(['1982-1989', '2000-2007']);
  });
});
