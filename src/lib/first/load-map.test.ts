import { describe, expect, it } from 'vitest';
import { FAST_DOWNLINK, fastNetwork } from './load-map.ts';

describe('fastNetwork', () => {
  it('is fast only for a 4G-class estimate of at least FAST_DOWNLINK Mbit/s without data saver', () => {
    expect(fastNetwork({ effectiveType: '4g', downlink: 10 })).toBe(true);
    expect(fastNetwork({ effectiveType: '4g', downlink: FAST_DOWNLINK })).toBe(true);
    expect(fastNetwork({ effectiveType: '4g', downlink: FAST_DOWNLINK - 0.1 })).toBe(false);
    expect(fastNetwork({ effectiveType: '4g', downlink: 10, saveData: true })).toBe(false);
    expect(fastNetwork({ effectiveType: '3g', downlink: 10 })).toBe(false);
  });
  it('counts an unknown network as slow (no API, or no estimate)', () => {
    expect(fastNetwork(undefined)).toBe(false);
    expect(fastNetwork({})).toBe(false);
    expect(fastNetwork({ effectiveType: '4g' })).toBe(false);
  });
});
