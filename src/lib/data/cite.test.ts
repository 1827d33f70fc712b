import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from './load.ts';
import { citations, placeIn } from './cite.ts';

const bundle = parseBundle(raw);
const docs = bundle.sources;
const REPORT = docs.find((d) => d.id === '003')!;
const BOOKLET = docs.find((d) => d.id === '002')!;

describe('placeIn', () => {
  it('reads each kind of ref the seeds use', () => {
    expect(placeIn(REPORT, '1.2')).toBe('§1.2');
    expect(placeIn(REPORT, '1.3.1')).toBe('§1.3.1');
    expect(placeIn(REPORT, '3')).toBe('Chapter 3');
    expect(placeIn(REPORT, 'Table 4')).toBe('Table 4');
    expect(placeIn(REPORT, '2.4 Table 11')).toBe('§2.4, Table 11');
    expect(placeIn(REPORT, 'Introduction')).toBe('Introduction');
    expect(placeIn(BOOKLET, 'Hefei')).toBe('profile of Hefei');
    expect(placeIn(REPORT, '')).toBe('');
  });
});

describe('citations', () => {
  it('resolves every citation in the bundle to one of the five documents, and none reads as a file name', () => {
    expect(docs.map((d) => d.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const d of docs) {
      expect(d.label.length).toBeGreaterThan(0);
      expect(d.reference.length).toBeGreaterThan(d.label.length);
    }
    const all = [
      ...bundle.partnerships.flatMap((p) => p.sources),
      ...bundle.places.flatMap((p) => p.sources),
      ...bundle.statements.flatMap((s) => s.sources),
      ...bundle.story.flatMap((s) => s.sources),
      ...bundle.caseStudies.flatMap((s) => s.sources),
    ];
    expect(all.length).toBeGreaterThan(500);
    const files = new Set(docs.map((d) => d.file));
    for (const r of all) expect(files.has(r.file), r.file).toBe(true);
    for (const c of citations(all, docs)) for (const p of c.places) expect(p).not.toMatch(/\.txt|_/);
  });
});
