import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { AtlasState } from '../state/atlas.svelte.ts';
import EmbedHead from './EmbedHead.svelte';

const bundle = parseBundle(raw);
const props = (plain: boolean, interactive: boolean) => ({
  atlas: new AtlasState(bundle),
  title: 'EU–China partnerships: 2014–2017',
  subtitle: 'New in the period',
  plain,
  interactive,
});

describe('EmbedHead', () => {
  it('titles the embed, says what the arcs join, and offers the periods', () => {
    render(EmbedHead, props(false, true));
    expect(screen.getByTestId('embed-title').textContent).toBe('EU–China partnerships: 2014–2017');
    expect(screen.getByText(/^New in the period: arcs join European regions/)).toBeTruthy();
    expect(screen.getByTestId('period-control')).toBeTruthy();
  });

  it('drops the title when plain and the periods when static', () => {
    render(EmbedHead, props(true, false));
    expect(screen.queryByTestId('embed-title')).toBeNull();
    expect(screen.queryByTestId('period-control')).toBeNull();
  });

  it('names the place the embed opens on, even when plain (an embed has no side panel)', () => {
    const p = props(true, false);
    p.atlas.select('PL71');
    render(EmbedHead, p);
    expect(screen.getByTestId('embed-selection').textContent).toBe('Selected: Łódzkie (region)');
  });

  it('says nothing of a selection when there is none', () => {
    render(EmbedHead, props(false, true));
    expect(screen.queryByTestId('embed-selection')).toBeNull();
  });
});
