import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import Legend from './Legend.svelte';
import { COUNTRY_NAMES, TABLE4_BY_COUNTRY } from '../data/testing.ts';
import { shadingKey } from '../map/choropleth.ts';
import { LIGHT, shadingColours } from '../map/style.ts';
import { STATUSES } from '../data/types.ts';
import { flowWidth } from '../arcs/flows.ts';

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

  it('counts each status of the view; a status none has explains itself and does nothing; Show all statuses resets', async () => {
    const p = props();
    const showAll = vi.fn();
    const statusCounts = new Map([
      ['active', 3],
      ['not-active', 1],
      ['unknown', 23],
    ]);
    const { rerender } = render(Legend, { props: { ...p, statusCounts, onshowallstatuses: showAll } });
    expect(screen.getByTestId('status-count-active').textContent).toBe('3');
    expect(screen.getByTestId('status-count-ended').textContent).toBe('0');
    const ended = screen.getByRole('button', { name: /Ended/ });
    expect(ended.getAttribute('aria-disabled')).toBe('true');
    expect(ended.getAttribute('title')).toBe('No partnership in this view has this status');
    expect(ended.textContent).toContain('No partnership in this view has this status');
    await fireEvent.click(ended);
    expect(p.ontogglestatus).not.toHaveBeenCalled();
    const active = screen.getByRole('button', { name: /^Active/ });
    expect(active.getAttribute('aria-disabled')).toBeNull();
    expect(active.getAttribute('title')).toBe('Show only active');
    await fireEvent.click(active);
    expect(p.ontogglestatus).toHaveBeenCalledWith('active');
    expect(screen.queryByTestId('show-all-statuses')).toBeNull();
    // Filtered to ended (from an older link): the button stays usable, to undo it, and the reset is there.
    await rerender({ ...p, statuses: ['ended'], statusCounts, onshowallstatuses: showAll });
    expect(screen.getByRole('button', { name: /Ended/ }).getAttribute('aria-disabled')).toBeNull();
    expect(screen.getByRole('button', { name: /Ended/ }).getAttribute('title')).toBe('Hide ended');
    expect(screen.getByRole('button', { name: /^Active/ }).getAttribute('title')).toBe('Also show active');
    await fireEvent.click(screen.getByTestId('show-all-statuses'));
    expect(showAll).toHaveBeenCalledOnce();
  });

  it('shows status by line as well as in words: a pattern for each known status, the calmest line for a status not stated', () => {
    const { container } = render(Legend, { props: props() });
    const lines = [...container.querySelectorAll('.statuses line')];
    const dashes = lines.map((l) => l.getAttribute('stroke-dasharray'));
    expect(dashes[0]).toBeNull();
    // The known statuses: three patterns, each its own.
    expect(new Set(dashes.slice(0, 3)).size).toBe(3);
    // Every status has a line of its own (pattern, width and opacity), as the map draws it (arcStroke).
    const looks = lines.map((l) => `${l.getAttribute('stroke-dasharray')}|${l.getAttribute('stroke-width')}|${l.getAttribute('stroke-opacity')}`);
    expect(new Set(looks).size).toBe(4);
    const quiet = lines[STATUSES.indexOf('unknown')];
    expect(quiet.getAttribute('stroke-dasharray')).toBeNull();
    expect(Number(quiet.getAttribute('stroke-width'))).toBeLessThan(Number(lines[0].getAttribute('stroke-width')));
    expect(Number(quiet.getAttribute('stroke-opacity'))).toBeLessThan(Number(lines[0].getAttribute('stroke-opacity')));
  });

  it('shows the flows/arcs switch when given, and in the flow view keys the widths as the map draws them', async () => {
    const onlines = vi.fn();
    const { container, rerender } = render(Legend, { props: { ...props(), countries: [], lines: 'flows' as const, onlines, flowKeys: [1, 2, 3] } });
    await fireEvent.click(screen.getByRole('button', { name: 'Single arcs' }));
    expect(onlines).toHaveBeenCalledWith('arcs');
    const widths = [...container.querySelectorAll('[data-testid="flow-widths"] line')].map((l) => Number(l.getAttribute('stroke-width')));
    expect(widths).toEqual([1, 2, 3].map(flowWidth));
    expect(screen.getByTestId('flow-widths').textContent).toContain('Line width: 1, 2 or 3 partnerships');
    // Single arcs: no width keys; a static legend has no switch.
    await rerender({ ...props(), countries: [], lines: 'arcs' as const, onlines, flowKeys: [1] });
    expect(screen.queryByTestId('flow-widths')).toBeNull();
    expect(screen.getByTestId('lines-switch')).toBeTruthy();
    await rerender({ ...props(), countries: [], lines: 'flows' as const, onlines, flowKeys: [1], interactive: false });
    expect(screen.queryByTestId('lines-switch')).toBeNull();
    expect(screen.getByTestId('flow-widths')).toBeTruthy();
  });

  it('says under the count how the whole report’s figure is made up, when given', async () => {
    const { rerender } = render(Legend, { props: { ...props(), breakdown: '= 134 in Tables 4–8 + 9 only in Table 9' } });
    expect(screen.getByTestId('counter-breakdown').textContent).toBe('= 134 in Tables 4–8 + 9 only in Table 9');
    await rerender({ ...props(), breakdown: null });
    expect(screen.queryByTestId('counter-breakdown')).toBeNull();
  });

  it('a legend of many countries (a reader’s own list) shows eight and any the filter names, then a button for the rest', async () => {
    const ids = ['FR', 'ES', 'DE', 'PL', 'GB', 'IT', 'NL', 'BE', 'AT', 'SE', 'CZ', 'PT', 'RO', 'HU'];
    const counts = ids.map((country, i) => ({ country, count: 20 - i }));
    render(Legend, { props: { ...props(), counts, names: Object.fromEntries(ids.map((c) => [c, c])), countries: ['HU'] } });
    const shown = () => [...document.querySelectorAll('button[data-country]')].map((b) => b.getAttribute('data-country'));
    expect(shown()).toEqual([...ids.slice(0, 8), 'HU']);
    const more = screen.getByTestId('more-countries');
    expect(more.textContent).toBe('5 more countries');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(more);
    expect(shown()).toEqual(ids);
    expect(screen.getByTestId('more-countries').textContent).toBe('Fewer countries');
  });

  it('never folds the report’s six countries', () => {
    render(Legend, { props: props() });
    expect(screen.queryByTestId('more-countries')).toBeNull();
  });
});
