import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { parseQuery } from '../state/query.ts';
import { DEFAULT_STATE } from '../state/url.ts';
import { openSession, type SessionWindow } from './session.svelte.ts';

const bundle = parseBundle(raw);
const geo = { countries: { type: 'FeatureCollection', features: [] }, regions: { type: 'FeatureCollection', features: [] }, labels: { type: 'FeatureCollection', features: [] } } as never;

function fakeWindow(search: string) {
  const calls: [string, string][] = [];
  const location = { pathname: '/', search, hash: '' };
  const set = (kind: string) => (_: unknown, __: string, url?: string) => {
    calls.push([kind, url!]);
    location.search = url!.includes('?') ? url!.slice(url!.indexOf('?')) : '';
  };
  const target = new EventTarget();
  const win: SessionWindow = {
    history: { pushState: set('push'), replaceState: set('replace') },
    location,
    addEventListener: target.addEventListener.bind(target) as never,
    removeEventListener: target.removeEventListener.bind(target) as never,
  };
  return { win, calls };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('openSession', () => {
  it('opens the view the address asks for, with every notice, writing nothing', () => {
    const { win, calls } = fakeWindow('?period=2014-2017&country=IT&select=Atlantis&embed=maybe');
    const s = openSession(bundle, geo, parseQuery(win.location.search), win);
    expect(s.atlas.view).toMatchObject({ period: '2014-2017', countries: ['IT'], select: null });
    expect(s.atlas.notices).toEqual(['Ignored select "Atlantis": no such place.', 'Ignored embed "maybe": expected no value, true or false.']);
    expect(s.presenter.active).toBe(false);
    expect(calls).toEqual([]);
  });

  it('starts presenting at the asked step (the last, if past the end), and the address follows the presenter', () => {
    const steps = bundle.story.length;
    const { win, calls } = fakeWindow(`?present&step=${steps + 5}`);
    const s = openSession(bundle, geo, parseQuery(win.location.search), win);
    expect(s.presenter.active).toBe(true);
    expect(s.presenter.index).toBe(steps - 1);
    expect(s.atlas.notices).toEqual([`Ignored step "${steps + 5}": the presentation has ${steps} steps.`]);
    expect(new URLSearchParams(calls.at(-1)![1].split('?')[1]).get('step')).toBe(String(steps));
    s.presenter.exit();
    const after = new URLSearchParams(win.location.search);
    expect(after.has('present')).toBe(false);
    expect(after.has('step')).toBe(false);
  });

  it('leaving a presentation the reader started gives back their view and address; Back leaves it too, forward returns', () => {
    const before = '?period=2010-2012&select=ES52&country=ES';
    const { win, calls } = fakeWindow(before);
    const s = openSession(bundle, geo, parseQuery(win.location.search), win);
    const reader = structuredClone($state.snapshot(s.atlas.view));
    const query = (search: string) => [...new URLSearchParams(search)].sort().join('&');
    s.presenter.start(0);
    // The presentation gets a history entry of its own.
    expect(calls.at(-1)![0]).toBe('push');
    expect(new URLSearchParams(win.location.search).has('present')).toBe(true);
    s.presenter.go(bundle.story.length - 1);
    s.presenter.exit();
    expect($state.snapshot(s.atlas.view)).toEqual(reader);
    expect(query(win.location.search)).toBe(query(before));

    // Back from a presentation: the address it goes to has no `present`, and the presenter leaves, writing nothing.
    s.presenter.start(2);
    expect(s.atlas.view.period).not.toBe('2010-2012');
    const written = calls.length;
    win.location.search = before;
    s.onhistory();
    expect(s.presenter.active).toBe(false);
    expect($state.snapshot(s.atlas.view)).toEqual(reader);
    expect(calls.length).toBe(written);
    // Forward: back into the presentation, at its step, and nothing written either.
    win.location.search = '?present&step=3&period=1991-1999';
    s.onhistory();
    expect(s.presenter.active).toBe(true);
    expect(s.presenter.index).toBe(2);
    expect(calls.length).toBe(written);
  });

  it('a presentation opened from a link leaves to the atlas’s opening view', () => {
    const { win } = fakeWindow('?present&step=4&country=DE');
    const s = openSession(bundle, geo, parseQuery(win.location.search), win);
    s.presenter.exit();
    expect(s.atlas.view).toEqual(DEFAULT_STATE);
    expect(win.location.search).toBe('');
  });
});
