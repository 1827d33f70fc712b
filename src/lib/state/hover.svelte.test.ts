import { describe, expect, it } from 'vitest';
import { HoverState } from './hover.svelte.ts';

describe('HoverState', () => {
  it('holds the hovered unit and clears it', () => {
    const h = new HoverState();
    expect(h.current).toBeNull();
    h.set({ id: 'DE2', name: 'Bavaria', x: 1, y: 2 });
    expect(h.current?.name).toBe('Bavaria');
    h.clear();
    expect(h.current).toBeNull();
  });
});
