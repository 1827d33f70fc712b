import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import LinesSwitch from './LinesSwitch.svelte';
import { LINES_LABEL, LINES_SWITCH_LABEL } from '../words/index.ts';

describe('LinesSwitch', () => {
  it('is a radio group named for what it switches, the current choice checked', () => {
    render(LinesSwitch, { props: { value: 'flows', onchange: vi.fn() } });
    const group = screen.getByRole('radiogroup', { name: LINES_SWITCH_LABEL });
    expect(group).toBeTruthy();
    const flows = screen.getByRole('radio', { name: LINES_LABEL.flows }) as HTMLInputElement;
    const arcs = screen.getByRole('radio', { name: LINES_LABEL.arcs }) as HTMLInputElement;
    expect([flows.checked, arcs.checked]).toEqual([true, false]);
    // One name for the pair: the arrow keys move within it, Tab past it.
    expect(flows.name).toBe(arcs.name);
  });

  it('reports the other choice, and follows the value it is given', async () => {
    const onchange = vi.fn();
    const { rerender } = render(LinesSwitch, { props: { value: 'flows', onchange } });
    await fireEvent.click(screen.getByRole('radio', { name: LINES_LABEL.arcs }));
    expect(onchange).toHaveBeenCalledWith('arcs');
    await rerender({ value: 'arcs', onchange });
    expect((screen.getByRole('radio', { name: LINES_LABEL.arcs }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: LINES_LABEL.flows }) as HTMLInputElement).checked).toBe(false);
  });
});
