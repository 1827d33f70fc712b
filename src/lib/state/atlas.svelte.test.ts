import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { inPeriod } from '../data/selectors.ts';
import { AtlasState, STEP_MS } from './atlas.svelte.ts';
import { firstPeriod, lastPeriod } from './periods.ts';
import { PERIOD_IDS } from '../data/types.ts';

const bundle = parseBundle(raw);

describe('AtlasState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows what the report counts in the chosen period, and arcs for all of them', () => {
    const s = new AtlasState(bundle);
    s.set({ period: '1982-1989' });
    expect(s.shown).toHaveLength(27);
    expect(s.arcs).toHaveLength(27);
    expect(s.byCountry.find((c) => c.country === 'DE')!.count).toBe(14);
    s.set({ mode: 'cumulative', period: '1991-1999' });
    expect(s.shown).toHaveLength(38);
  });

  it('draws flows for All and cumulative views and single arcs for one period, unless the reader chose', () => {
    const s = new AtlasState(bundle);
    expect(s.lines).toBe('flows');
    s.set({ period: '2010-2012' });
    expect(s.lines).toBe('arcs');
    s.set({ mode: 'cumulative' });
    expect(s.lines).toBe('flows');
    s.set({ lines: 'arcs' });
    expect(s.lines).toBe('arcs');
    s.set({ period: 'all' });
    expect(s.lines).toBe('arcs');
    s.set({ lines: undefined });
    expect(s.lines).toBe('flows');
  });

  it('filters by country and status', () => {
    const s = new AtlasState(bundle);
    s.toggleCountry('GB');
    expect(s.shown.every((p) => p.euCountry === 'GB')).toBe(true);
    // What the hidden countries hold in the view stays known (the legend shows it struck through, not 0).
    expect(s.byCountry.find((c) => c.country === 'FR')!.count).toBe(0);
    expect(s.byCountryAvailable.find((c) => c.country === 'FR')!.count).toBe(13);
    expect(s.byCountryAvailable.reduce((n, c) => n + c.count, 0)).toBe(inPeriod(bundle.partnerships, 'all', 'new').length);
    s.toggleCountry('GB');
    expect(s.shown).toHaveLength(inPeriod(bundle.partnerships, 'all', 'new').length);
  });

  it('plays through the periods, looping or stopping at the end', () => {
    const s = new AtlasState(bundle);
    s.set({ period: '2010-2012' });
    s.playing = true;
    s.loop = false;
    s.tick();
    expect(s.view.period).toBe('2014-2017');
    s.tick();
    expect(s.playing).toBe(false);
    s.loop = true;
    s.playing = true;
    s.tick();
    expect(s.view.period).toBe('1982-1989');
  });

  it('selects only known places, and focuses the hovered place over the selected one', () => {
    const s = new AtlasState(bundle);
    s.select('nowhere');
    expect(s.view.select).toBeNull();
    s.select('ITI2');
    expect(s.focus).toBe('ITI2');
    s.hoverPlace = 'CN-SD';
    expect(s.focus).toBe('CN-SD');
  });

  it('counts per map unit for the choropleth', () => {
    const s = new AtlasState(bundle);
    expect(s.byUnit.get('CN-SD')).toBe(15);
    expect(s.byUnit.get('gb.liverpool')).toBe(11);
  });
});

describe('AtlasState playback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('steps one period per STEP_MS / speed while playing, and stops when paused', () => {
    const s = new AtlasState(bundle);
    s.set({ period: '1982-1989' });
    s.playing = true;
    vi.advanceTimersByTime(STEP_MS - 1);
    expect(s.view.period).toBe('1982-1989');
    vi.advanceTimersByTime(1);
    expect(s.view.period).toBe('1991-1999');
    s.speed = 2;
    vi.advanceTimersByTime(STEP_MS / 2);
    expect(s.view.period).toBe('2000-2007');
    s.playing = false;
    vi.advanceTimersByTime(STEP_MS * 4);
    expect(s.view.period).toBe('2000-2007');
  });

  it('plays from All starting at the first period, and the timer stops at the end without looping', () => {
    const s = new AtlasState(bundle);
    s.loop = false;
    s.togglePlay();
    expect(s.playing).toBe(true);
    expect(s.view.period).toBe(firstPeriod(PERIOD_IDS));
    vi.advanceTimersByTime(STEP_MS * 20);
    expect(s.view.period).toBe(lastPeriod(PERIOD_IDS));
    expect(s.playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    s.play(true);
    expect(s.view.period).toBe(lastPeriod(PERIOD_IDS));
    s.dispose();
    expect(s.playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
