import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { AtlasState } from '../state/atlas.svelte.ts';
import { firstPeriod } from '../state/periods.ts';
import { PERIOD_IDS } from '../data/types.ts';
import Periods from './Periods.svelte';

const bundle = parseBundle(raw);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Periods', () => {
  it('drives the atlas: a period, and Play from All starting at the first period', async () => {
    const atlas = new AtlasState(bundle);
    render(Periods, { atlas });
    await fireEvent.click(screen.getByTestId('play'));
    expect(atlas.playing).toBe(true);
    expect(atlas.view.period).toBe(firstPeriod(PERIOD_IDS));
    await fireEvent.click(screen.getByTestId('play'));
    expect(atlas.playing).toBe(false);
    await fireEvent.click(document.querySelector('[data-period="2014-2017"]')!);
    expect(atlas.view.period).toBe('2014-2017');
  });
});
