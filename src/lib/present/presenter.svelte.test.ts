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
  translations: { 'zh-Hans': { title: `步骤 ${i}`, caption: '说明' }, pl: { title: `Krok ${i}`, caption: 'Opis' } },
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

  it('gives back the reader’s view and camera on exit, and says which change started it (a history entry of its own)', () => {
    const atlas = new AtlasState(testBundle());
    atlas.set({ period: '2010-2012', select: 'ES52', countries: ['ES'], layers: ['programme'] });
    const seen: [boolean, number, boolean][] = [];
    const p = new Presenter(story, atlas, (a, i, push) => seen.push([a, i, push]));
    let camera = { center: [-0.4, 39.5] as [number, number], zoom: 5.5, bearing: 0, pitch: 0, padding: { top: 0, right: 0, bottom: 0, left: 0 } };
    const jumps: unknown[] = [];
    p.attach({
      getCenter: () => ({ lng: camera.center[0], lat: camera.center[1] }),
      getZoom: () => camera.zoom,
      getBearing: () => camera.bearing,
      getPitch: () => camera.pitch,
      getPadding: () => camera.padding,
      stop: () => {},
      jumpTo: (c) => {
        jumps.push(c);
        camera = { ...c };
      },
      resize: () => {},
      fitBounds: () => {},
    });
    const reader = $state.snapshot(atlas.view);
    p.start(1);
    camera = { ...camera, center: [60, 40], zoom: 2.3 };
    p.next();
    expect(atlas.view).toMatchObject({ period: '1991-1999', select: null, countries: [] });
    p.exit();
    expect($state.snapshot(atlas.view)).toEqual(reader);
    expect(jumps).toEqual([{ center: [-0.4, 39.5], zoom: 5.5, bearing: 0, pitch: 0, padding: { top: 0, right: 0, bottom: 0, left: 0 } }]);
    expect(seen).toEqual([[true, 1, true], [true, 2, false], [false, 2, false]]);
    // Back/forward into a presentation: no entry of its own.
    p.start(0, 'history');
    expect(seen.at(-1)).toEqual([true, 0, false]);
  });

  it('a step that selects a place counts that place’s arcs, and frames every arc shown, fanned ones with room', () => {
    const atlas = new AtlasState(testBundle());
    const p = new Presenter([{ ...story[0], view: 'period=all&select=CN-SD' }, story[0]], atlas);
    p.start(0);
    expect(p.place?.name).toBe('Shandong');
    expect(p.place!.count).toBeGreaterThan(5);
    expect(p.place!.count).toBeLessThan(atlas.arcs.length);
    const framed = p.subject;
    const fanned = p.bend;
    p.next();
    expect(p.place).toBeNull();
    expect(p.subject).toEqual(framed);
    expect(p.bend).toBeLessThan(fanned);
  });

  it('the closing step is about Shandong, and its caption says how many of its partnerships the map draws, as the counter does', () => {
    const bundle = testBundle();
    const atlas = new AtlasState(bundle);
    const p = new Presenter(bundle.story, atlas);
    p.start(bundle.story.length - 1);
    expect(atlas.view.select).toBe('CN-SD');
    const drawn = p.place!.count;
    expect(p.step!.caption).toContain(`${drawn} of them drawn here`);
    // Sichuan's drawn count, which the caption gives beside Table 9's.
    expect(p.step!.caption).toContain(`${atlas.byUnit.get('CN-SC')} drawn for Sichuan`);
    expect(atlas.byUnit.get('CN-SD')).toBe(drawn);
    // The opening says how many the map draws, beside the report's two totals.
    p.go(0);
    expect(p.step!.caption).toContain(`${atlas.arcs.length} are drawn here`);
  });
});
