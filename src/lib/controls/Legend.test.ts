import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import Legend from './Legend.svelte';
import { COUNTRY_NAMES, TABLE4_BY_COUNTRY } from '../data/testing.ts';

const props = () => ({
  counts: TABLE4_BY_COUNTRY(),
  names: COUNTRY_NAMES,
  countries: ['DE'],
  statuses: [],
  maxUnit: 5,
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

  it('shows status by line pattern as well as in words', () => {
    const { container } = render(Legend, { props: props() });
    const dashes = [...container.querySelectorAll('.statuses line')].map((l) => l.getAttribute('stroke-dasharray'));
    expect(dashes[0]).toBeNull();
    expect(new Set(dashes).size).toBe(4);
  });
});
