import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import Legend from './Legend.svelte';
import { COUNTRY_NAMES, TABLE4_BY_COUNTRY } from '../data/testing.ts';
import { shadingKey } from '../map/choropleth.ts';
import { LIGHT, shadingColours } from '../map/style.ts';

const props = () => ({
  counts: TABLE4_BY_COUNTRY(),
  names: COUNTRY_NAMES,
  countries: ['DE'],
  statuses: [],
  shading: shadingKey(new Map([['CN-SD', 5], ['CN-BJ', 1]]), shadingColours(LIGHT)),
  programme: false,
  ontogglecountry: vi.fn(),
  ontogglestatus: vi.fn(),
  onprogramme: vi.fn(),
});

describe('Legend', () => {
  it('counts what is shown, per country, as the colour key', () => {
    render(Legend, { props: props() });
    expect(screen.getByTestId('shown-count').textContent).toBe('27');
    expect(screen.getByTestId('count-DE').textContent).toBe('14');
    expect(screen.getByRole('button', { name: /Germany/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /France/ }).getAttribute('aria-pressed')).toBe('false');
  });

  it('toggles countries, statuses and the programme layer', async () => {
    const p = props();
    render(Legend, { props: p });
    await fireEvent.click(screen.getByRole('button', { name: /Italy/ }));
    expect(p.ontogglecountry).toHaveBeenCalledWith('IT');
    await fireEvent.click(screen.getByRole('button', { name: /Not active/ }));
    expect(p.ontogglestatus).toHaveBeenCalledWith('not-active');
    await fireEvent.click(screen.getByLabelText(/programme layer/));
    expect(p.onprogramme).toHaveBeenCalledWith(true);
  });

  it('says what a click does: only, hide or also show; a hidden country shows what it holds, not 0; Show all resets', async () => {
    const showAll = vi.fn();
    const counts = TABLE4_BY_COUNTRY().map((c) => ({ ...c, count: c.country === 'DE' ? c.count : 0 }));
    const { rerender } = render(Legend, { props: { ...props(), counts, available: TABLE4_BY_COUNTRY(), onshowall: showAll } });
    const france = screen.getByRole('button', { name: /France/ });
    expect(france.getAttribute('title')).toBe('Also show France');
    expect(screen.getByRole('button', { name: /Germany/ }).getAttribute('title')).toBe('Hide Germany');
    // France is hidden: its 4 partnerships of the view are there, struck through and said to be hidden, never '0'.
    expect(screen.getByTestId('count-FR').textContent).toBe('4 hidden');
    expect(screen.getByTestId('count-FR').classList.contains('held')).toBe(true);
    expect(screen.getByTestId('count-DE').textContent).toBe('14');
    await fireEvent.click(screen.getByTestId('show-all-countries'));
    expect(showAll).toHaveBeenCalledOnce();
    // No filter: every button says it shows only its country, and there is nothing to reset.
    await rerender({ ...props(), countries: [], available: TABLE4_BY_COUNTRY(), onshowall: showAll });
    expect(screen.getByRole('button', { name: /France/ }).getAttribute('title')).toBe('Show only France');
    expect(screen.queryByTestId('show-all-countries')).toBeNull();
  });

  it('shows status by line pattern as well as in words', () => {
    const { container } = render(Legend, { props: props() });
    const dashes = [...container.querySelectorAll('.statuses line')].map((l) => l.getAttribute('stroke-dasharray'));
    expect(dashes[0]).toBeNull();
    expect(new Set(dashes).size).toBe(4);
  });
});
