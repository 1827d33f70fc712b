import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import LinesSwitch from './LinesSwitch.svelte';
import { LINES_LABEL, LINES_SWITCH_LABEL } from '../words/index.ts';

const button = (name: string) => screen.getByRole('button', { name });

describe('LinesSwitch', () => {
  it('is a group of two toggle buttons named for what it switches, the current choice pressed', () => {
    render(LinesSwitch, { props: { value: 'flows', onchange: vi.fn() } });
    expect(screen.getByRole('group', { name: LINES_SWITCH_LABEL })).toBeTruthy();
    expect(button(LINES_LABEL.flows).getAttribute('aria-pressed')).toBe('true');
    expect(button(LINES_LABEL.arcs).getAttribute('aria-pressed')).toBe('false');
    // Real buttons: Tab reaches them, Enter and Space press them.
    expect(button(LINES_LABEL.arcs).tagName).toBe('BUTTON');
  });

  it('reports the other choice (pressing the current one changes nothing), and follows the value it is given', async () => {
    const onchange = vi.fn();
    const { rerender } = render(LinesSwitch, { props: { value: 'flows', onchange } });
    await fireEvent.click(button(LINES_LABEL.flows));
    expect(onchange).not.toHaveBeenCalled();
    await fireEvent.click(button(LINES_LABEL.arcs));
    expect(onchange).toHaveBeenCalledWith('arcs');
    await rerender({ value: 'arcs', onchange });
    expect(button(LINES_LABEL.arcs).getAttribute('aria-pressed')).toBe('true');
    expect(button(LINES_LABEL.flows).getAttribute('aria-pressed')).toBe('false');
  });
});
