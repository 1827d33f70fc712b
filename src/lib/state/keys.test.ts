import { describe, expect, it } from 'vitest';
import { keyAction, presenterKey } from './keys.ts';

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

describe('presenterKey', () => {
  it('maps arrows, clicker page keys, Space, Home/End and Escape', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((key) => presenterKey({ key }))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => presenterKey({ key }))).toEqual(['prev', 'prev', 'prev']);
    expect(presenterKey({ key: 'Home' })).toBe('first');
    expect(presenterKey({ key: 'End' })).toBe('last');
    expect(presenterKey({ key: 'Escape' })).toBe('exit');
    expect(presenterKey({ key: 'a' })).toBeNull();
  });

  it('leaves modified keys, form fields and Space on a button alone', () => {
    expect(presenterKey({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(presenterKey({ key: 'ArrowRight', target: el('SELECT') })).toBeNull();
    expect(presenterKey({ key: ' ', target: el('BUTTON') })).toBeNull();
    expect(presenterKey({ key: 'PageDown', target: el('BUTTON') })).toBe('next');
    expect(presenterKey({ key: 'Escape', target: el('INPUT', 'range') })).toBe('exit');
  });
});

describe('keyAction and composite widgets', () => {
  it('leaves the arrows to tabs and options, which move their own focus', () => {
    const withRole = (role: string) => ({ tagName: 'BUTTON', getAttribute: (n: string) => (n === 'role' ? role : null) }) as unknown as EventTarget;
    expect(keyAction({ key: 'ArrowRight', target: withRole('tab') })).toBeNull();
    expect(keyAction({ key: 'ArrowLeft', target: withRole('option') })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', target: withRole('button') })).toBe('next');
  });
});
