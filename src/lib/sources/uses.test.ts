import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { usesOf } from './uses.ts';

const bundle = parseBundle(raw);
const doc = (id: string) => bundle.sources.find((d) => d.id === id)!;

describe('usesOf', () => {
  it('finds what cites the report: every drawn partnership, its figures and contradictions', () => {
    const u = usesOf(bundle, doc('003'));
    expect(u.partnerships.length).toBe(bundle.partnerships.filter((p) => p.sources.some((s) => s.file === doc('003').file)).length);
    expect(u.partnerships.length).toBeGreaterThanOrEqual(143);
    expect(u.statements.length).toBeGreaterThan(5);
    expect(u.contradictions.length).toBeGreaterThan(0);
    expect(u.profiles).toEqual([]);
  });

  it('finds the booklet’s profiles, and nothing of the report’s', () => {
    const u = usesOf(bundle, doc('002'));
    expect(u.profiles.length).toBe(44);
    expect(u.partnerships).toEqual([]);
  });

  it('a document cited nowhere gives empty lists', () => {
    const u = usesOf(bundle, { file: 'nothing.txt' });
    expect(Object.values(u).every((l) => l.length === 0)).toBe(true);
  });
});
