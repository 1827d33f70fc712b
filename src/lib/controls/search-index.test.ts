import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import type { Place } from '../data/types.ts';
import { buildSearchIndex, MAX_QUERY, normalize, placeContext, search } from './search-index.ts';
import { KIND_WORD } from '../words/index.ts';

const bundle = parseBundle(raw);
const index = buildSearchIndex(bundle.places, bundle.countries);
const ids = (q: string, limit?: number) => search(index, q, limit).map((r) => r.place.id);

const place = (over: Partial<Place> & Pick<Place, 'id' | 'name'>): Place => ({
  kind: 'eu-city',
  country: 'FR',
  province: null,
  localName: null,
  zh: null,
  aliases: [],
  coord: [0, 0],
  hasGeometry: false,
  sources: [],
  ...over,
});

describe('normalize', () => {
  it('folds case, diacritics, ł and apostrophes', () => {
    expect(normalize('Łódzkie')).toBe('lodzkie');
    expect(normalize('  LODZ ')).toBe('lodz');
    expect(normalize('Xi’an')).toBe('xian');
    expect(normalize('Vallée d’Aoste')).toBe('vallee daoste');
    expect(normalize('Changning District (Shanghai)')).toBe('changning district shanghai');
    expect(normalize('山东省')).toBe('山东省');
  });
});

describe('search (real bundle)', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   \t ')).toEqual([]);
    expect(search(index, '—')).toEqual([]);
  });

  it('is case- and diacritic-insensitive, ł included', () => {
    for (const q of ['lodzkie', 'Łódzkie', 'ŁÓDZKIE', 'LODZKIE']) expect(ids(q)[0]).toBe('PL71');
    const lodz = ids('LODZ');
    expect(lodz).toContain('PL71');
    expect(lodz).toContain('pl.lodz');
    expect(ids('łódź').slice(0, 2).sort()).toEqual(['PL71', 'pl.lodz']);
    const r = search(index, 'lodzkie')[0];
    // The region's name is its Polish form, as the report's case study 2.8 names it (the city is Łódź).
    expect(r).toMatchObject({ matched: 'Łódzkie', kind: 'name' });
  });

  it('finds places by the spellings the sources use', () => {
    expect(search(index, 'Shantung')[0]).toMatchObject({ place: { id: 'CN-SD' }, matched: 'Shantung', kind: 'alias' });
    expect(search(index, 'pekin')[0]).toMatchObject({ place: { id: 'CN-BJ' }, matched: 'Pekin', kind: 'alias' });
    expect(search(index, 'Changing')[0]).toMatchObject({ place: { id: 'cn.shanghai-changning' }, matched: 'Changing', kind: 'alias' });
    expect(search(index, 'Nei Mongol')[0]).toMatchObject({ place: { id: 'CN-NM' }, matched: 'Nei Mongol', kind: 'alias' });
    expect(ids('xian')[0]).toBe('cn.xian');
  });

  it('finds places by Chinese characters', () => {
    expect(search(index, '山东')[0]).toMatchObject({ place: { id: 'CN-SD' }, matched: '山东省', kind: 'zh' });
    expect(ids('长宁')[0]).toBe('cn.shanghai-changning');
    expect(ids('内蒙古')[0]).toBe('CN-NM');
  });

  it('ranks prefix above word start above substring', () => {
    const shan = ids('shan');
    for (const id of ['CN-SD', 'CN-SH', 'CN-SX', 'CN-SN']) expect(shan).toContain(id);
    const pos = (id: string) => shan.indexOf(id);
    // prefix (Shanghai) < word start (Changning District (Shanghai)) < substring (Zhoushan)
    expect(pos('CN-SH')).toBeLessThan(pos('cn.shanghai-changning'));
    expect(pos('cn.shanghai-changning')).toBeLessThan(pos('cn.zhoushan'));
    // Shaanxi (a doubled letter away from "shan…") still ranks with the prefix matches
    expect(pos('CN-SN')).toBeLessThan(pos('cn.shanghai-changning'));
    // the name is preferred to an alias of the same place
    expect(search(index, 'shandong')[0]).toMatchObject({ place: { id: 'CN-SD' }, kind: 'name', matched: 'Shandong' });
  });

  it('gives one result per place and honours the limit', () => {
    const all = ids('a', 500);
    expect(new Set(all).size).toBe(all.length);
    expect(ids('a')).toHaveLength(8);
    expect(ids('a', 3)).toHaveLength(3);
    expect(ids('a', 0)).toEqual([]);
  });

  it('cuts queries longer than 100 characters', () => {
    const long = 'Shandong' + ' '.repeat(MAX_QUERY - 8) + 'zzzz';
    expect(ids(long)[0]).toBe('CN-SD');
    expect(ids('x'.repeat(10_000))).toEqual([]);
  });

  it('describes where a place is', () => {
    const by = (id: string) => bundle.places.find((p) => p.id === id)!;
    expect(placeContext(index, by('cn.jinan'))).toBe('Shandong');
    expect(placeContext(index, by('CN-SD'))).toBe('China');
    expect(placeContext(index, by('ITI2'))).toBe('Italy');
    expect(KIND_WORD['cn-district']).toBe('district');
    expect(placeContext(buildSearchIndex(bundle.places), by('ITI2'))).toBe('IT');
  });
});

describe('search (synthetic)', () => {
  it('orders exact, prefix, word start, substring', () => {
    const idx = buildSearchIndex([
      place({ id: 'sub', name: 'Montepor' }),
      place({ id: 'word', name: 'Alto Porto' }),
      place({ id: 'prefix', name: 'Portobello' }),
      place({ id: 'exact', name: 'Porto' }),
    ]);
    expect(search(idx, 'porto').map((r) => r.place.id)).toEqual(['exact', 'prefix', 'word']);
    expect(search(idx, 'por').map((r) => r.place.id)).toEqual(['exact', 'prefix', 'word', 'sub']);
  });
});
