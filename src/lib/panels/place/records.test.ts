import { describe, expect, it } from 'vitest';
import { partnership, testPlace } from '../../data/testing.ts';
import type { Place, ProgrammeLink } from '../../data/types.ts';
import { chronological, countryNaming, groupRecords, linksOf, placeExtras, placeRecords, provinceOf } from './records.ts';

const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('chronological', () => {
  it('orders by period, then start year, then id; undated start years last within a period', () => {
    const list = [
      partnership({ id: 'c', period: '2000-2007', startYear: 2001 }),
      partnership({ id: 'b', period: '1982-1989', startYear: null }),
      partnership({ id: 'a', period: '1982-1989', startYear: 1988 }),
      partnership({ id: 'd', period: '1982-1989', startYear: 1985 }),
    ];
    expect(ids(chronological(list))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('breaks ties on the id, and puts records with no period after every period', () => {
    const list = [
      partnership({ id: 'z-none', period: null, table: null, counted: 'table-9', startYear: 1980 }),
      partnership({ id: 'y', period: '2014-2017', startYear: 2015 }),
      partnership({ id: 'x', period: '2014-2017', startYear: 2015 }),
      partnership({ id: 'a-none', period: null, table: null, counted: 'none' }),
    ];
    expect(ids(chronological(list))).toEqual(['x', 'y', 'z-none', 'a-none']);
  });

  it('leaves its input alone', () => {
    const list = [partnership({ id: 'b', period: '2000-2007' }), partnership({ id: 'a', period: '1982-1989' })];
    chronological(list);
    expect(ids(list)).toEqual(['b', 'a']);
  });
});

describe('placeRecords', () => {
  it('takes the records of a place at either end, or through a city of a province, oldest first', () => {
    const list = [
      partnership({ id: 'city', cnUnit: 'cn.nanjing', cnProvince: 'CN-JS', period: '1991-1999' }),
      partnership({ id: 'self', euUnit: 'DE2', cnUnit: 'CN-JS', period: '1982-1989' }),
      partnership({ id: 'other', cnUnit: 'CN-SD', cnProvince: 'CN-SD' }),
    ];
    expect(ids(placeRecords(list, 'CN-JS'))).toEqual(['self', 'city']);
    expect(ids(placeRecords(list, 'DE2'))).toEqual(['self']);
  });
});

describe('groupRecords', () => {
  const province = testPlace('CN-JS', [119, 33], 'CN');
  const list = [
    partnership({ id: 'p1', cnUnit: 'CN-JS' }),
    partnership({ id: 'c1', cnUnit: 'cn.nanjing' }),
    partnership({ id: 'p2', cnUnit: 'CN-JS' }),
    partnership({ id: 'c2', cnUnit: 'cn.suzhou' }),
  ];

  it('splits a province’s records into the province itself, then its cities, keeping their order', () => {
    const groups = groupRecords(province, list);
    expect(groups.map((g) => g.key)).toEqual(['self', 'cities']);
    expect(ids(groups[0].list)).toEqual(['p1', 'p2']);
    expect(ids(groups[1].list)).toEqual(['c1', 'c2']);
  });

  it('keeps both groups of a province even when one is empty', () => {
    const groups = groupRecords(province, [list[0]]);
    expect(groups.map((g) => [g.key, g.list.length])).toEqual([
      ['self', 1],
      ['cities', 0],
    ]);
  });

  it('gives any other place one group with every record', () => {
    const region = testPlace('DE2', [11, 48]);
    const city: Place = { ...testPlace('cn.nanjing', [118, 32], 'CN'), kind: 'cn-city', province: 'CN-JS' };
    for (const place of [region, city]) {
      const groups = groupRecords(place, list);
      expect(groups).toHaveLength(1);
      expect(groups[0].key).toBe('all');
      expect(ids(groups[0].list)).toEqual(['p1', 'c1', 'p2', 'c2']);
    }
  });
});

describe('provinceOf', () => {
  const province = testPlace('CN-JS', [119, 33], 'CN');
  const city: Place = { ...testPlace('cn.nanjing', [118, 32], 'CN'), kind: 'cn-city', province: 'CN-JS' };
  const places = new Map([province, city].map((p) => [p.id, p]));

  it('finds a city’s province, and none for a province or a European place', () => {
    expect(provinceOf(city, places)).toBe(province);
    expect(provinceOf(province, places)).toBeNull();
    expect(provinceOf(testPlace('DE2', [11, 48]), places)).toBeNull();
    expect(provinceOf({ ...city, province: 'CN-XX' }, places)).toBeNull();
  });
});

describe('linksOf and placeExtras', () => {
  const link = (id: string, a: string, b: string): ProgrammeLink => ({ id, kind: 'visit', a, b, year: null, programme: null, description: '', sources: [] });
  const links = [link('l1', 'es.barcelona', 'cn.liuzhou'), link('l2', 'cn.wuhan', 'es.barcelona'), link('l3', 'cn.wuhan', 'it.milan')];

  it('sees each link from the place: the other end, and whether it goes out', () => {
    expect(linksOf(links, 'es.barcelona').map((l) => [l.link.id, l.other, l.outgoing])).toEqual([
      ['l1', 'cn.liuzhou', true],
      ['l2', 'cn.wuhan', false],
    ]);
    expect(linksOf(links, 'nowhere')).toEqual([]);
  });

  it('collects a place’s case studies, profile and links', () => {
    const bundle = {
      caseStudies: [
        { placeId: 'es.barcelona', section: '2.1', title: 'T', summary: '', sources: [] },
        { placeId: 'it.milan', section: '2.2', title: 'U', summary: '', sources: [] },
      ],
      iurc: {
        profiles: [{ placeId: 'es.barcelona', programme: 'IURC' } as never],
        links,
      },
    };
    const e = placeExtras(bundle, 'es.barcelona');
    expect(e.caseStudies.map((c) => c.section)).toEqual(['2.1']);
    expect(e.profile).toBe(bundle.iurc.profiles[0]);
    expect(e.links).toHaveLength(2);
    expect(placeExtras(bundle, 'fr.paris')).toEqual({ caseStudies: [], profile: null, links: [] });
  });
});

describe('countryNaming', () => {
  it('counts a country\'s counted partnerships and how many name their European place; text-only records are left out', () => {
    const list = [
      partnership({ id: 'a', euCountry: 'DE', euUnit: 'DE2', counted: 'period-table' }),
      partnership({ id: 'b', euCountry: 'DE', euUnit: null, counted: 'period-table' }),
      partnership({ id: 'c', euCountry: 'DE', euUnit: null, counted: 'table-9' }),
      partnership({ id: 'd', euCountry: 'DE', euUnit: 'DE1', counted: 'none' }),
      partnership({ id: 'e', euCountry: 'FR', euUnit: null, counted: 'period-table' }),
    ];
    expect(countryNaming(list, 'DE')).toEqual({ total: 3, named: 1, unnamed: 2 });
    expect(countryNaming(list, 'PL')).toEqual({ total: 0, named: 0, unnamed: 0 });
  });
});
