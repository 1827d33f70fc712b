import { describe, expect, it } from 'vitest';
import { childrenCpuMs, parseStat } from './cpu.ts';

describe('CPU time of child processes', () => {
  it('reads pid, parent and ticks from a stat line whose name holds spaces and parentheses', () => {
    const line = '4242 (chromium (gpu) x) S 4200 4242 4242 0 -1 4194560 100 0 0 0 250 37 0 0 20 0 12 0 999 0 0';
    expect(parseStat(line)).toEqual({ pid: 4242, ppid: 4200, cpu: 287 });
  });
  it('is a number on Linux (no children yet: zero or more)', () => {
    const ms = childrenCpuMs();
    if (process.platform === 'linux') expect(ms).toBeGreaterThanOrEqual(0);
    else expect(ms).toBeNaN();
  });
});
