import { describe, expect, it } from 'vitest';
import { keyAction } from './keys.ts';

const el = (tagName: string, type?: string) => ({ tagName, type }) as unknown as EventTarget;

describe('keyAction', () => {
  it('maps the player keys', () => {
    expect(keyAction({ key: 'ArrowLeft' })).toBe('prev');
    expect(keyAction({ key: 'ArrowRight' })).toBe('next');
    expect(keyAction({ key: ' ' })).toBe('toggle-play');
    expect(keyAction({ key: 'Home' })).toBe('first');
    expect(keyAction({ key: 'End' })).toBe('last');
    expect(keyAction({ key: 'Escape' })).toBe('clear');
    expect(keyAction({ key: 'a' })).toBeNull();
  });

  it('leaves keys to text fields, selects, sliders and the map canvas; Space to buttons', () => {
    expect(keyAction({ key: 'ArrowLeft', target: el('INPUT', 'text') })).toBeNull();
    expect(keyAction({ key: 'Home', target: el('INPUT', 'search') })).toBeNull();
    expect(keyAction({ key: 'ArrowLeft', target: el('SELECT') })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', target: el('CANVAS') })).toBeNull();
    expect(keyAction({ key: ' ', target: el('BUTTON') })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', target: el('BUTTON') })).toBe('next');
    expect(keyAction({ key: 'ArrowRight', target: el('INPUT', 'checkbox') })).toBe('next');
  });

  it('ignores chords, but Escape works everywhere', () => {
    expect(keyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(keyAction({ key: 'Escape', target: el('INPUT', 'text') })).toBe('clear');
  });
});
