import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import PeriodControl from './PeriodControl.svelte';
import { PERIODS } from '../data/types.ts';

const base = () => ({
  periods: [...PERIODS],
  period: '1991-1999' as const,
  mode: 'new' as const,
  playing: false,
  speed: 1,
  loop: true,
  onperiod: vi.fn(),
  onmode: vi.fn(),
  onplay: vi.fn(),
  onspeed: vi.fn(),
  onloop: vi.fn(),
});

describe('PeriodControl', () => {
  it('shows the five periods as steps, the uncovered years as gaps, and "All"', () => {
    const { container } = render(PeriodControl, { props: base() });
    const steps = [...container.querySelectorAll('button[data-period]')].map((b) => b.getAttribute('data-period'));
    expect(steps).toEqual(['all', '1982-1989', '1991-1999', '2000-2007', '2010-2012', '2014-2017']);
    expect([...container.querySelectorAll('.gap')].map((g) => g.getAttribute('title'))).toEqual([
      '1990: in no period of the report',
      '2008–2009: in no period of the report',
      '2013: in no period of the report',
    ]);
    expect(screen.getByRole('button', { name: 'Period 1991–1999, short form 1991–99' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('reports picks of period, mode, play, speed and loop', async () => {
    const props = base();
    render(PeriodControl, { props });
    await fireEvent.click(screen.getByRole('button', { name: 'Period 2014–2017, short form 2014–17' }));
    expect(props.onperiod).toHaveBeenCalledWith('2014-2017');
    await fireEvent.click(screen.getByLabelText('Cumulative'));
    expect(props.onmode).toHaveBeenCalledWith('cumulative');
    await fireEvent.click(screen.getByTestId('play'));
    expect(props.onplay).toHaveBeenCalledWith(true);
    await fireEvent.change(screen.getByTestId('speed'), { target: { value: '4' } });
    expect(props.onspeed).toHaveBeenCalledWith(4);
    await fireEvent.click(screen.getByLabelText('Loop'));
    expect(props.onloop).toHaveBeenCalledWith(false);
  });

  it('announces the current period and labels the play button by its action', () => {
    render(PeriodControl, { props: { ...base(), playing: true, mode: 'cumulative' } });
    expect(screen.getByTestId('period-now').textContent).toBe('1991–1999 (up to its end)');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });
});
