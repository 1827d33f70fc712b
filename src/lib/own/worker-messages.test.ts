import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { Gazetteer, gazetteerFromBundle, type GazetteerEntry } from './match.ts';
import { readOwn } from './read.ts';
import { fullRows, slimRows } from './worker-messages.ts';

const gaz = gazetteerFromBundle(parseBundle(raw));

describe('the rows between the worker and the page', () => {
  it('travel with their places by id and come back with the page’s own entries, ambiguous candidates too', () => {
    const santiago = (id: string, country: string): GazetteerEntry => ({ id, side: 'eu', country, names: ['Santiago'], codes: [id], unit: null, coord: [0, 0] });
    const g = new Gazetteer([...gaz.entries, santiago('ES-S', 'ES'), santiago('PT-S', 'PT')], gaz.countries);
    const r = readOwn(new TextEncoder().encode('eu_place,cn_place,year\nŁódzkie,Sichuan,2014\nSantiago,Shandong,2001\n,Beijing,1999\n'), g);
    if (r.kind !== 'ready') throw new Error(r.kind);
    const slim = slimRows(r.rows);
    // What crosses: ids, not the entries' names.
    expect(JSON.stringify(slim)).not.toContain('罗兹');
    expect(slim[1].problems[0]).toMatchObject({ reason: 'ambiguous', candidates: [{ id: 'ES-S' }, { id: 'PT-S' }] });
    const back = fullRows(structuredClone(slim), g);
    expect(back).toEqual(r.rows);
    expect(back[0].eu?.kind === 'place' && back[0].eu.entry).toBe(g.entry('PL71'));
    expect(() => fullRows(slim, gaz)).toThrow(/ES-S/);
  });
});

describe('the address key of a hosted file', () => {
  it('is the one the address reading leaves to the page (no notice for it)', async () => {
    const [{ DATA_KEY }, query] = await Promise.all([import('./start.ts'), import('../state/query.ts')]);
    expect(DATA_KEY).toBe(query.DATA_KEY);
    expect(query.OWN_KEYS).toContain(DATA_KEY);
  });
});
