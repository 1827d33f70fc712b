import { describe, expect, it } from 'vitest';
import { FAST_DOWNLINK, MEASURABLE_BYTES, fastNetwork, measuredNetwork, type Fetched } from './load-map.ts';

describe('fastNetwork', () => {
  it('is fast only for a 4G-class estimate of at least FAST_DOWNLINK Mbit/s without data saver', () => {
    expect(fastNetwork({ effectiveType: '4g', downlink: 10 }, [])).toBe(true);
    expect(fastNetwork({ effectiveType: '4g', downlink: FAST_DOWNLINK }, [])).toBe(true);
    expect(fastNetwork({ effectiveType: '4g', downlink: FAST_DOWNLINK - 0.1 }, [])).toBe(false);
    expect(fastNetwork({ effectiveType: '4g', downlink: 10, saveData: true }, [])).toBe(false);
    expect(fastNetwork({ effectiveType: '3g', downlink: 10 }, [])).toBe(false);
  });
  it('counts an unknown network as slow (no API, or no estimate)', () => {
    expect(fastNetwork(undefined, [])).toBe(false);
    expect(fastNetwork({}, [])).toBe(false);
    expect(fastNetwork({ effectiveType: '4g' }, [])).toBe(false);
  });
});

/** A file of `kB` kilobytes on the wire that took `ms` from its first byte to its last. */
const file = (kB: number, ms: number, transferred = true): Fetched => ({
  transferSize: transferred ? kB * 1000 : 0,
  encodedBodySize: kB * 1000,
  responseStart: 100,
  responseEnd: 100 + ms,
});

describe('measuredNetwork: what the files already fetched say', () => {
  it('is fast for a file that came at FAST_DOWNLINK Mbit/s or more, slow below', () => {
    // 90 kB in 10 ms = 72 Mbit/s; in 450 ms = 1.6 Mbit/s (a slow 4G phone).
    expect(measuredNetwork([file(90, 10)])).toBe('fast');
    expect(measuredNetwork([file(90, 450)])).toBe('slow');
    // Exactly at the threshold: 62.5 kB in 100 ms = 5 Mbit/s.
    expect(measuredNetwork([file(62.5, 100)])).toBe('fast');
    expect(measuredNetwork([file(62.5, 101)])).toBe('slow');
    // Under a millisecond (a local server): fast.
    expect(measuredNetwork([file(90, 0.4)])).toBe('fast');
  });
  it('counts a file from a cache (no bytes on the wire) as fast: the offline copy holds MapLibre too', () => {
    expect(measuredNetwork([file(90, 30, false)])).toBe('fast');
  });
  it('says nothing from small files or files still coming', () => {
    expect(measuredNetwork([file(MEASURABLE_BYTES / 1000 - 1, 5000)])).toBeNull();
    expect(measuredNetwork([{ ...file(90, 10), responseEnd: 0 }])).toBeNull();
    expect(measuredNetwork([])).toBeNull();
  });
  it('takes any fast file over slow ones (parallel downloads share the wire)', () => {
    expect(measuredNetwork([file(90, 450), file(40, 5)])).toBe('fast');
  });
});

describe('fastNetwork: measured first, then the estimate', () => {
  it('a measured transfer overrides the estimate, both ways; the data saver overrides both', () => {
    expect(fastNetwork({ effectiveType: '4g', downlink: 1.5 }, [file(90, 10)])).toBe(true);
    expect(fastNetwork({ effectiveType: '4g', downlink: 10 }, [file(90, 450)])).toBe(false);
    expect(fastNetwork({ effectiveType: '4g', downlink: 10, saveData: true }, [file(90, 10)])).toBe(false);
    expect(fastNetwork(undefined, [file(90, 10)])).toBe(true);
  });
  it('with nothing measurable, falls back to the estimate', () => {
    expect(fastNetwork({ effectiveType: '4g', downlink: 10 }, [file(5, 10)])).toBe(true);
    expect(fastNetwork(undefined, [file(5, 10)])).toBe(false);
  });
});
