/**
 * Synthetic partnerships for the benchmark at scale (`npm run bench -- --arcs 5000`):
 * random European place × random Chinese place, both real places of the bundle
 * (so every arc has real ends, colours and dashes), spread evenly over the five
 * periods, from a seeded PRNG so every run draws the same arcs. The page gets
 * them as the app gets its data: the benchmark's server answers
 * data/bundle.json with `syntheticBundle` (the real bundle, these partnerships
 * in place of its own), so the app holds no hook for them.
 */
import { EU_COUNTRIES, PERIODS, STATUSES, type Bundle, type EuCountry, type Partnership } from '../../src/lib/data/types.ts';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticPartnerships(bundle: Pick<Bundle, 'places'>, n: number, seed = 7): Partnership[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const eu = bundle.places.filter((p) => (p.kind === 'eu-region' || p.kind === 'eu-city') && (EU_COUNTRIES as readonly string[]).includes(p.country));
  const cn = bundle.places.filter((p) => p.country === 'CN' && p.province !== null);
  if (!eu.length || !cn.length) throw new Error('the bundle has no European or Chinese places to draw synthetic arcs between');
  const out: Partnership[] = [];
  for (let i = 0; i < n; i++) {
    const e = pick(eu);
    const c = pick(cn);
    const period = PERIODS[i % PERIODS.length];
    out.push({
      id: `syn-${String(i + 1).padStart(5, '0')}`,
      euCountry: e.country as EuCountry,
      euUnit: e.id,
      cnUnit: c.id,
      cnProvince: c.province,
      cnPrinted: c.name,
      period: period.id,
      table: period.table,
      counted: 'period-table',
      startYear: period.start + Math.floor(random() * (period.end - period.start + 1)),
      status: pick(STATUSES),
      agreement: null,
      renewals: null,
      confidence: 'low',
      note: 'Synthetic (benchmark only).',
      sources: [],
    });
  }
  return out;
}

/** The real bundle with `n` synthetic partnerships in place of its own: what the benchmark serves as data/bundle.json. */
export function syntheticBundle(bundle: Bundle, n: number, seed = 7): Bundle {
  return { ...bundle, partnerships: syntheticPartnerships(bundle, n, seed) };
}
