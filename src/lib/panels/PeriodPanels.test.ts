import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import PeriodPanels from './PeriodPanels.svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { atlasData, periodTable } from '../data/selectors.ts';
import { PERIOD_IDS, type PeriodId, type PeriodMode } from '../data/types.ts';
import { announceMapIdle } from '../map/idle-signal.ts';

const bundle = parseBundle(raw);
const data = atlasData(bundle);

/** The one table a reader (and a screen reader) finds: its caption and total. */
function shownTable() {
  const tables = screen.getAllByRole('table');
  expect(tables).toHaveLength(1);
  const total = screen.getByTestId('period-shown').querySelector('[data-testid="computed-total"]')!.textContent;
  return { table: tables[0], caption: tables[0].querySelector('caption')!.textContent!.trim(), total };
}

describe('PeriodPanels', () => {
  it('shows one table at a time; a period shown before comes back as the very same table, not rebuilt', async () => {
    const { rerender } = render(PeriodPanels, { props: { data, period: '1982-1989' as PeriodId, mode: 'new' as PeriodMode } });
    const first = shownTable();
    expect(first.total).toBe(String(periodTable(bundle, '1982-1989').total));
    await rerender({ data, period: '2014-2017', mode: 'new' });
    await tick();
    const second = shownTable();
    expect(second.total).toBe('48');
    expect(second.table).not.toBe(first.table);
    await rerender({ data, period: '1982-1989', mode: 'new' });
    await tick();
    const again = shownTable();
    expect(again.table).toBe(first.table);
    expect(again.caption).toBe(first.caption);
    // Two tables in the page, one hidden (out of the accessibility tree).
    expect(document.querySelectorAll('[data-testid="period-table"]')).toHaveLength(2);
  });

  it('keeps the cumulative table apart from the period’s own', async () => {
    const { rerender } = render(PeriodPanels, { props: { data, period: '2000-2007' as PeriodId, mode: 'new' as PeriodMode } });
    const own = shownTable();
    await rerender({ data, period: '2000-2007', mode: 'cumulative' });
    await tick();
    const cumulative = shownTable();
    expect(cumulative.table).not.toBe(own.table);
    expect(Number(cumulative.total)).toBeGreaterThan(Number(own.total));
  });

  it('builds the other periods’ tables beforehand, once the map is idle, and a first step to one shows it unbuilt', async () => {
    vi.useFakeTimers();
    try {
      const { rerender } = render(PeriodPanels, { props: { data, period: '1991-1999' as PeriodId, mode: 'new' as PeriodMode } });
      const tables = () => document.querySelectorAll('[data-testid="period-table"]');
      vi.advanceTimersByTime(1000);
      await tick();
      expect(tables()).toHaveLength(1);
      announceMapIdle(window);
      // One table per idle moment (timers here: jsdom has no requestIdleCallback).
      await vi.advanceTimersByTimeAsync(60);
      expect(tables()).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(60 * PERIOD_IDS.length);
      expect(tables()).toHaveLength(PERIOD_IDS.length);
      // Still one table for a reader, the one asked for.
      expect(shownTable().caption).toContain('1991');
      const built = [...tables()];
      await rerender({ data, period: '2014-2017', mode: 'new' });
      await tick();
      const shown = shownTable();
      expect(shown.total).toBe('48');
      expect(built).toContain(shown.table);
      expect(tables()).toHaveLength(PERIOD_IDS.length);
    } finally {
      vi.useRealTimers();
    }
  });
});
