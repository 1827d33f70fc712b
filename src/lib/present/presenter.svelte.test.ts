import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Presenter } from './presenter.svelte.ts';
import { AtlasState } from '../state/atlas.svelte.ts';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import type { StoryStep } from '../data/types.ts';

const testBundle = () => parseBundle(raw);
const story: StoryStep[] = ['all', '1982-1989', '1991-1999', 'all'].map((p, i) => ({
  id: `s${i}`,
  view: `period=${p}`,
  title: `Step ${i}`,
  caption: 'c',
  sources: [{ file: 'f', ref: '1' }],
}));

describe('Presenter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('steps through the story, setting the atlas view and reporting each step', () => {
    const atlas = new AtlasState(testBundle());
    const seen: [boolean, number][] = [];
    const p = new Presenter(story, atlas, (a, i) => seen.push([a, i]));
    atlas.set({ mode: 'cumulative', countries: ['DE'] });
    atlas.playing = true;
    p.start();
    expect(atlas.playing).toBe(false);
    expect(atlas.view).toMatchObject({ period: 'all', mode: 'cumulative', countries: [] });
    p.next();
    expect(atlas.view.period).toBe('1982-1989');
    p.next();
    p.next();
    expect(p.index).toBe(3);
    expect(p.last).toBe(true);
    p.auto = true;
    p.next(); // at the end: stays, and auto-advance stops
    expect(p.index).toBe(3);
    expect(p.auto).toBe(false);
    p.prev();
    expect(atlas.view.period).toBe('1991-1999');
    p.go(99);
    expect(p.index).toBe(3);
    p.exit();
    expect(p.active).toBe(false);
    expect(seen).toEqual([[true, 0], [true, 1], [true, 2], [true, 3], [true, 2], [true, 3], [false, 3]]);
  });

  it('does nothing with an empty story', () => {
    const p = new Presenter([], new AtlasState(testBundle()));
    p.start();
    expect(p.active).toBe(false);
  });

  it('auto-advances one step per pace seconds while active, and stops at the end, on exit and on dispose', () => {
    const atlas = new AtlasState(testBundle());
    const p = new Presenter(story, atlas);
    p.auto = true; // not presenting yet: no timer
    expect(vi.getTimerCount()).toBe(0);
    p.start(0);
    p.pace = 5;
    vi.advanceTimersByTime(4999);
    expect(p.index).toBe(0);
    vi.advanceTimersByTime(1);
    expect(p.index).toBe(1);
    expect(atlas.view.period).toBe('1982-1989');
    vi.advanceTimersByTime(10_000);
    expect(p.index).toBe(3);
    vi.advanceTimersByTime(5000);
    expect(p.auto).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    p.go(0);
    p.auto = true;
    p.exit();
    vi.advanceTimersByTime(60_000);
    expect(p.index).toBe(0);
    p.start(1);
    p.auto = true;
    p.dispose();
    vi.advanceTimersByTime(60_000);
    expect(p.index).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
