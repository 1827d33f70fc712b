import { describe, expect, it } from 'vitest';
import { registersOffline } from './when.ts';

describe('registersOffline', () => {
  it('registers for the atlas itself, with any view or presenter flags', () => {
    expect(registersOffline('', true)).toBe(true);
    expect(registersOffline('?period=1982-1989&select=PL71', true)).toBe(true);
    expect(registersOffline('?present&step=3', true)).toBe(true);
    expect(registersOffline('?embed=0', true)).toBe(true);
  });

  it('never registers in an embed, static or not', () => {
    expect(registersOffline('?embed', true)).toBe(false);
    expect(registersOffline('?embed&static', true)).toBe(false);
    expect(registersOffline('?period=all&embed=true&plain', true)).toBe(false);
  });

  it('never registers where the browser has no service workers', () => {
    expect(registersOffline('', false)).toBe(false);
  });
});
