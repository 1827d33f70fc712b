import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/lib/data/types.ts';
import { PERIOD_IDS } from '../../src/lib/data/types.ts';
import { prng, syntheticBundle, syntheticPartnerships } from './synthetic.ts';
import { DataError, parseBundle } from '../../src/lib/data/load.ts';

const bundle = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../public/data/bundle.json'), 'utf8')) as Bundle;

describe('synthetic partnerships for the benchmark', () => {
  it('repeats itself for a seed, and differs between seeds', () => {
    const a = prng(1);
    const b = prng(1);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(syntheticPartnerships(bundle, 50, 3)).toEqual(syntheticPartnerships(bundle, 50, 3));
    expect(syntheticPartnerships(bundle, 50, 3)).not.toEqual(syntheticPartnerships(bundle, 50, 4));
  });

  it('joins real European and Chinese places, spread evenly over the five periods', () => {
    const places = new Map(bundle.places.map((p) => [p.id, p]));
    const list = syntheticPartnerships(bundle, 5000);
    expect(new Set(list.map((p) => p.id)).size).toBe(5000);
    for (const p of list) {
      const eu = places.get(p.euUnit!)!;
      const cn = places.get(p.cnUnit!)!;
      expect(eu.country).toBe(p.euCountry);
      expect(cn.country).toBe('CN');
      expect(cn.province).toBe(p.cnProvince);
      expect(p.counted).toBe('period-table');
    }
    for (const period of PERIOD_IDS) expect(list.filter((p) => p.period === period)).toHaveLength(1000);
  });

  it('makes a bundle the app accepts, with the synthetic partnerships in place of the real ones', () => {
    const served = JSON.parse(JSON.stringify(syntheticBundle(bundle, 500)));
    const parsed = parseBundle(served);
    expect(parsed.partnerships).toEqual(syntheticPartnerships(bundle, 500));
    expect(parsed.places).toEqual(bundle.places);
    // The app's check is a real one: an unknown place is refused.
    served.partnerships[0].cnUnit = 'CN-XX';
    expect(() => parseBundle(served)).toThrow(DataError);
  });
});
