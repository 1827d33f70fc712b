import { describe, expect, it } from 'vitest';
import { tick } from 'svelte';
import { fireEvent, render, screen } from '@testing-library/svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { AtlasState } from '../state/atlas.svelte.ts';
import EmptyView from './EmptyView.svelte';

const bundle = parseBundle(raw);

describe('EmptyView', () => {
  it('says nothing while the view shows partnerships', () => {
    render(EmptyView, { atlas: new AtlasState(bundle), interactive: true });
    expect(screen.queryByTestId('empty-view')).toBeNull();
  });

  it('says why the map is empty and resets the filters', async () => {
    const atlas = new AtlasState(bundle);
    atlas.set({ period: '1982-1989', countries: ['ES'] });
    render(EmptyView, { atlas, interactive: true });
    expect(screen.getByTestId('empty-view').textContent).toContain('None of the 27 partnerships new in 1982–1989 is from Spain.');
    atlas.set({ period: 'all', countries: [], statuses: ['ended'] });
    await tick();
    expect(screen.getByTestId('empty-view').textContent).toContain('None of the 143 partnerships in all periods has the status ended.');
    atlas.set({ period: '1991-1999', mode: 'cumulative', countries: ['ES', 'FR'], statuses: ['ended'] });
    await tick();
    expect(screen.getByTestId('empty-view').textContent).toContain(
      'None of the 38 partnerships up to the end of 1991–1999 is from Spain or France and has the status ended.',
    );
    atlas.set({ confidences: ['high'] });
    await tick();
    await fireEvent.click(screen.getByTestId('empty-reset'));
    expect(atlas.view.countries).toEqual([]);
    expect(atlas.view.statuses).toEqual([]);
    expect(atlas.view.confidences).toEqual([]);
    expect(screen.queryByTestId('empty-view')).toBeNull();
  });

  it('in a static embed explains without a button', () => {
    const atlas = new AtlasState(bundle);
    atlas.set({ statuses: ['ended'] });
    render(EmptyView, { atlas, interactive: false });
    expect(screen.getByTestId('empty-view')).toBeTruthy();
    expect(screen.queryByTestId('empty-reset')).toBeNull();
  });
});
