import { describe, expect, it } from 'vitest';
import { tick } from 'svelte';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import raw from '../../../public/data/bundle.json';
import SidePanel from './SidePanel.svelte';
import { AtlasState } from '../state/atlas.svelte.ts';
import { parseBundle } from '../data/load.ts';

const bundle = parseBundle(raw);

describe('SidePanel', () => {
  it('moves between the tabs with the arrow keys, Home and End (roving focus)', async () => {
    const atlas = new AtlasState(bundle);
    atlas.set({ period: '1982-1989' });
    render(SidePanel, { atlas });
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Place', 'Period table', 'List (27)', 'Overview']);
    const period = screen.getByRole('tab', { name: 'Period table' });
    expect(period.getAttribute('aria-selected')).toBe('true');
    expect(period.tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: 'Overview' }).tabIndex).toBe(-1);
    await fireEvent.keyDown(period, { key: 'ArrowRight' });
    const list = screen.getByRole('tab', { name: 'List (27)' });
    expect(list.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(list);
    await fireEvent.keyDown(list, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');
    // No tab is disabled: Home lands on Place, which says how to choose a place.
    for (const t of screen.getAllByRole('tab')) expect((t as HTMLButtonElement).disabled).toBe(false);
    await fireEvent.keyDown(screen.getByRole('tab', { name: 'Overview' }), { key: 'Home' });
    expect(screen.getByRole('tab', { name: 'Place' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-place');
    expect(within(screen.getByTestId('no-place')).getByRole('heading').textContent).toBe('No place chosen');
  });

  it('under All periods the Period table says why it has no table and offers the periods', async () => {
    const atlas = new AtlasState(bundle);
    render(SidePanel, { atlas });
    expect(screen.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');
    await fireEvent.click(screen.getByRole('tab', { name: 'Period table' }));
    const chooser = screen.getByTestId('period-chooser');
    expect(chooser.textContent).toContain('Tables 4–8');
    const buttons = within(chooser).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      '1982–1989 (Table 4)',
      '1991–1999 (Table 5)',
      '2000–2007 (Table 6)',
      '2010–2012 (Table 7)',
      '2014–2017 (Table 8)',
    ]);
    await fireEvent.click(buttons[3]);
    expect(atlas.view.period).toBe('2010-2012');
    expect(screen.queryByTestId('period-chooser')).toBeNull();
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-period');
  });

  it('a selection brings the Place tab forward, and clearing it gives the view its own tab back', async () => {
    const atlas = new AtlasState(bundle);
    atlas.set({ period: '1982-1989' });
    render(SidePanel, { atlas });
    atlas.select('CN-SD');
    await tick();
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-place');
    atlas.select(null);
    await tick();
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-period');
  });

  it('lists the partnerships shown as a sortable table, the rows of the CSV export', async () => {
    const atlas = new AtlasState(bundle);
    atlas.set({ period: '2014-2017', countries: ['IT'] });
    render(SidePanel, { atlas });
    await fireEvent.click(screen.getByRole('tab', { name: 'List (20)' }));
    const table = screen.getByTestId('partnership-table');
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    const since = within(table).getByRole('button', { name: /^Since/ });
    await fireEvent.click(since);
    expect(since.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    const years = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelectorAll('td')[4].textContent!)
        .filter((y) => y !== '–')
        .map(Number);
    expect(years()).toEqual([...years()].sort((a, b) => a - b));
    await fireEvent.click(since);
    expect(since.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(years()).toEqual([...years()].sort((a, b) => b - a));
    // A named place opens its panel.
    const umbria = within(table).getAllByRole('button', { name: 'Umbria' })[0];
    await fireEvent.click(umbria);
    expect(atlas.view.select).toBe('ITI2');
  });

  it('shows the period column only when the rows span several periods', async () => {
    const atlas = new AtlasState(bundle);
    atlas.set({ period: '1991-1999', mode: 'cumulative' });
    render(SidePanel, { atlas });
    await fireEvent.click(screen.getByRole('tab', { name: 'List (38)' }));
    const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent!.replace(/[▲▼]/g, '').trim());
    expect(headers()).toContain('Period');
    atlas.set({ mode: 'new' });
    await tick();
    expect(screen.getByRole('tab', { name: 'List (11)' }).getAttribute('aria-selected')).toBe('true');
    expect(headers()).not.toContain('Period');
  });

  it('the Overview says it covers the whole report, and what the map shows when the view is narrower', async () => {
    const atlas = new AtlasState(bundle);
    render(SidePanel, { atlas });
    const scope = await screen.findByTestId('overview-scope', {}, { timeout: 5000 });
    expect(scope.textContent?.trim()).toBe('The whole report: every period, country and status.');
    atlas.set({ period: '1982-1989', countries: ['FR'] });
    await tick();
    await fireEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    const narrowed = await screen.findByTestId('overview-scope', {}, { timeout: 5000 });
    expect(narrowed.textContent).toContain('The map shows 4 of them now (1982–1989, new in the period; France)');
  });
});
