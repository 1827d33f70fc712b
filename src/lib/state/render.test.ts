import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAGS, parseRenderFlags, resolveTheme, serializeRenderFlags } from './render.ts';

describe('parseRenderFlags', () => {
  it('reads bare flags, true/1 and false/0', () => {
    const { flags, notices } = parseRenderFlags('?embed&plain=1&static=true&transparent=false&dark=auto');
    expect(notices).toEqual([]);
    expect(flags).toEqual({ ...DEFAULT_FLAGS, embed: true, plain: true, static: true, transparent: false, dark: 'auto' });
  });

  it('defaults to a normal, light, interactive page', () => {
    expect(parseRenderFlags('').flags).toEqual(DEFAULT_FLAGS);
    expect(parseRenderFlags('?period=1982-1989').flags).toEqual(DEFAULT_FLAGS);
  });

  it('reads presenter mode and its step', () => {
    expect(parseRenderFlags('?present&step=3').flags).toMatchObject({ present: true, step: 3 });
  });

  it.each([
    ['?embed=yes', 'Ignored embed "yes"'],
    ['?dark=purple', 'Ignored dark "purple"'],
    ['?step=0', 'Ignored step "0"'],
    ['?step=-2', 'Ignored step "-2"'],
    ['?step=1e9', 'Ignored step "1e9"'],
    ['?step=100', 'Ignored step "100"'],
    ['?static=%3Cscript%3E', 'Ignored static "<script>"'],
  ])('%s gives a notice and keeps the default', (search, notice) => {
    const { flags, notices } = parseRenderFlags(search);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(notice);
    expect(flags).toEqual(DEFAULT_FLAGS);
  });

  it('a repeated flag keeps its first value', () => {
    const { flags, notices } = parseRenderFlags('?embed&embed=0');
    expect(notices).toEqual(['Ignored a repeated "embed" parameter.']);
    expect(flags.embed).toBe(true);
  });

  it('cuts a huge hostile value in its notice', () => {
    const { notices } = parseRenderFlags(`?dark=${'x'.repeat(5000)}`);
    expect(notices[0].length).toBeLessThan(120);
  });
});

describe('serializeRenderFlags', () => {
  it('writes only what differs from the default and parses back', () => {
    const q = serializeRenderFlags({ embed: true, plain: false, dark: 'auto', step: 2 });
    expect(q).toBe('embed&dark=auto&step=2');
    expect(parseRenderFlags(`?${q}`).flags).toMatchObject({ embed: true, plain: false, dark: 'auto', step: 2 });
    expect(serializeRenderFlags(DEFAULT_FLAGS)).toBe('');
  });
});

describe('resolveTheme', () => {
  it('follows the system only for auto', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('true', false)).toBe('dark');
    expect(resolveTheme('false', true)).toBe('light');
  });
});
