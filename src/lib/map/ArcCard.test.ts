import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ArcCard from './ArcCard.svelte';

const props = { text: 'Liverpool → Shanghai: 1999, active', x: 100, y: 40, boxWidth: 600, boxHeight: 400 };

describe('ArcCard', () => {
  it("says the arc's sentence, below right of where it was picked", () => {
    render(ArcCard, { props: { ...props, onclose: () => {} } });
    const card = screen.getByTestId('arc-card');
    expect(card.textContent).toContain('Liverpool → Shanghai: 1999, active');
    expect(card.style.left).toBe('112px');
    expect(card.style.top).toBe('52px');
  });

  it('closes by its button and by Escape, and not by another key', async () => {
    const onclose = vi.fn();
    render(ArcCard, { props: { ...props, onclose } });
    await fireEvent.keyDown(window, { key: 'Enter' });
    expect(onclose).not.toHaveBeenCalled();
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(onclose).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onclose).toHaveBeenCalledTimes(2);
  });

  it('closes when a finger or pointer comes down elsewhere, not on the card itself', async () => {
    const onclose = vi.fn();
    render(ArcCard, { props: { ...props, onclose } });
    await fireEvent.pointerDown(screen.getByTestId('arc-card').querySelector('p')!);
    expect(onclose).not.toHaveBeenCalled();
    await fireEvent.pointerDown(document.body);
    expect(onclose).toHaveBeenCalledTimes(1);
  });

  it('shows markup in a name as text, never as HTML', () => {
    render(ArcCard, { props: { ...props, text: '<img src=x onerror=alert(1)>', onclose: () => {} } });
    expect(screen.getByTestId('arc-card').querySelector('img')).toBeNull();
  });
});
