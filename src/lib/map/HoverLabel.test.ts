import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import HoverLabel from './HoverLabel.svelte';

describe('HoverLabel', () => {
  it('names the hovered unit next to the pointer', () => {
    render(HoverLabel, { props: { target: { id: 'CN-SC', name: 'Sichuan', x: 100, y: 40 } } });
    const label = screen.getByTestId('hover-label');
    expect(label.textContent?.trim()).toBe('Sichuan');
    expect(label.style.left).toBe('112px');
    expect(label.style.top).toBe('52px');
  });

  it('renders nothing when nothing is hovered', () => {
    render(HoverLabel, { props: { target: null } });
    expect(screen.queryByTestId('hover-label')).toBeNull();
  });

  it('shows markup in a name as text, never as HTML', () => {
    render(HoverLabel, { props: { target: { id: 'x', name: '<img src=x onerror=alert(1)>', x: 0, y: 0 } } });
    const label = screen.getByTestId('hover-label');
    expect(label.querySelector('img')).toBeNull();
    expect(label.textContent).toContain('<img');
  });
});
