import { describe, expect, it } from 'vitest';
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
});
