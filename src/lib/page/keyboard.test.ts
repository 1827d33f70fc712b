import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { AtlasState } from '../state/atlas.svelte.ts';
import { Presenter } from '../present/presenter.svelte.ts';
import { firstPeriod, lastPeriod } from '../state/periods.ts';
import { PERIOD_IDS } from '../data/types.ts';
import { applyKey } from './keyboard.ts';

const bundle = parseBundle(raw);

function setup(interactive = true) {
  const atlas = new AtlasState(bundle);
  const presenter = new Presenter(bundle.story, atlas);
  const leave = vi.fn(() => presenter.exit());
  const press = (key: string, target: EventTarget | null = null) => applyKey({ key, target }, { atlas, presenter, interactive, leave });
  return { atlas, presenter, leave, press };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('applyKey', () => {
  it('steps, jumps and plays the periods; Space from All plays from the first period', () => {
    const { atlas, press } = setup();
    expect(press('End')).toBe(true);
    expect(atlas.view.period).toBe(lastPeriod(PERIOD_IDS));
    expect(press('ArrowLeft')).toBe(true);
    expect(atlas.view.period).toBe('2010-2012');
    press('Home');
    expect(atlas.view.period).toBe(firstPeriod(PERIOD_IDS));
    atlas.set({ period: 'all' });
    expect(press(' ')).toBe(true);
    expect(atlas.playing).toBe(true);
    expect(atlas.view.period).toBe(firstPeriod(PERIOD_IDS));
    press(' ');
    expect(atlas.playing).toBe(false);
    expect(press('x')).toBe(false);
  });

  it('clears the selection and hover with Escape, leaving the key to others', () => {
    const { atlas, press } = setup();
    atlas.select('ITI2');
    atlas.hoverPlace = 'CN-SD';
    expect(press('Escape')).toBe(false);
    expect(atlas.view.select).toBeNull();
    expect(atlas.hoverPlace).toBeNull();
  });

  it('does nothing to a static picture', () => {
    const { atlas, press } = setup(false);
    expect(press('ArrowRight')).toBe(false);
    expect(atlas.view.period).toBe('all');
  });

  it('drives the presenter while presenting, and Escape leaves', () => {
    const { presenter, leave, press } = setup(false);
    presenter.start(0);
    expect(press('PageDown')).toBe(true);
    expect(presenter.index).toBe(1);
    press('End');
    expect(presenter.index).toBe(bundle.story.length - 1);
    press('ArrowLeft');
    expect(presenter.index).toBe(bundle.story.length - 2);
    press('Home');
    expect(presenter.index).toBe(0);
    expect(press('Escape')).toBe(true);
    expect(leave).toHaveBeenCalledOnce();
    expect(presenter.active).toBe(false);
  });
});
