import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { Gazetteer, gazetteerFromBundle, nameKey, nameKeys, type GazetteerEntry, type Match } from './match.ts';

const bundle = parseBundle(raw);
const gaz = gazetteerFromBundle(bundle);
const idOf = (m: Match) => (m.kind === 'place' ? m.entry.id : m.kind === 'country' ? `country:${m.country}` : m.kind);

describe('matching a cell to a place of the report', () => {
  it('by code: NUTS, ISO 3166-2:CN, the atlas’s own id, in any case', () => {
    expect(gaz.match('PL71', 'eu')).toMatchObject({ kind: 'place', by: 'code', entry: { id: 'PL71' } });
    expect(idOf(gaz.match('cn-sc', 'cn'))).toBe('CN-SC');
    expect(idOf(gaz.match('pl.lodz', 'eu'))).toBe('pl.lodz');
  });

  it('by name, ignoring case, accents and punctuation: "Lodzkie" is Łódzkie, and Łódź the city is not the region', () => {
    for (const cell of ['Łódzkie', 'Lodzkie', 'LODZKIE', ' łódzkie ', 'Łódzkie Voivodeship', 'Lodz Voivodeship', '罗兹省']) expect(idOf(gaz.match(cell, 'eu')), cell).toBe('PL71');
    for (const cell of ['Łódź', 'Lodz', 'lódz']) expect(idOf(gaz.match(cell, 'eu')), cell).toBe('pl.lodz');
  });

  it('Chinese names with or without their suffix, in characters, Polish or pinyin', () => {
    for (const cell of ['四川', '四川省', 'Sichuan', 'Sichuan Province', 'Syczuan', 'CN-SC']) expect(idOf(gaz.match(cell, 'cn')), cell).toBe('CN-SC');
    for (const cell of ['天津', '天津市', 'Tianjin', 'Tiencin', 'Tianjin City']) expect(idOf(gaz.match(cell, 'cn')), cell).toBe('CN-TJ');
    for (const cell of ['北京', '北京市', 'Beijing', 'Pekin', 'Beijing Municipality']) expect(idOf(gaz.match(cell, 'cn')), cell).toBe('CN-BJ');
    for (const cell of ['新疆', '新疆维吾尔自治区', 'Xinjiang']) expect(idOf(gaz.match(cell, 'cn')), cell).toBe('CN-XJ');
  });

  it('looks on one side only: a Chinese name is unknown as a European place', () => {
    expect(gaz.match('Sichuan', 'eu').kind).toBe('unknown');
    expect(gaz.match('Łódzkie', 'cn').kind).toBe('unknown');
  });

  it('places a European row on its country when only the country is known: by name, code or the row’s country', () => {
    expect(idOf(gaz.match('Polska', 'eu'))).toBe('country:PL');
    expect(idOf(gaz.match('Germany', 'eu'))).toBe('country:DE');
    expect(idOf(gaz.match('IT', 'eu'))).toBe('country:IT');
    expect(idOf(gaz.match('', 'eu', 'FR'))).toBe('country:FR');
    expect(idOf(gaz.match('Somewhere unheard of', 'eu'))).toBe('unknown');
    expect(gaz.match('China', 'cn').kind).toBe('unknown');
  });
});

describe('no silent choices', () => {
  const entry = (id: string, side: 'eu' | 'cn', country: string, names: string[], unit: string | null = null, cityUnit = false): GazetteerEntry => ({ id, side, country, names, codes: [id], unit, cityUnit, coord: [0, 0] });
  const g = new Gazetteer(
    [
      entry('ES-SANTIAGO', 'eu', 'ES', ['Santiago de Compostela', 'Santiago']),
      entry('PT-SANTIAGO', 'eu', 'PT', ['Santiago do Cacém', 'Santiago']),
      entry('DE3', 'eu', 'DE', ['Berlin'], 'DE3', true),
      entry('gn.2950159', 'eu', 'DE', ['Berlin', 'Berlín'], 'DE3'),
      entry('CN-CQ', 'cn', 'CN', ['Chongqing', '重庆市'], 'CN-CQ', true),
      entry('gn.1814906', 'cn', 'CN', ['Chongqing', '重庆'], 'CN-CQ'),
      entry('CN-JL', 'cn', 'CN', ['Jilin', '吉林省'], 'CN-JL'),
      entry('gn.2036502', 'cn', 'CN', ['Jilin City', '吉林市'], 'CN-JL'),
    ],
    [{ id: 'ES', names: ['Spain', 'España'] }],
  );

  it('asks about a name that fits several places, with every candidate, unless the row’s country decides', () => {
    const m = g.match('Santiago', 'eu');
    expect(m.kind).toBe('ambiguous');
    expect(m.kind === 'ambiguous' && m.candidates.map((c) => c.id).sort()).toEqual(['ES-SANTIAGO', 'PT-SANTIAGO']);
    expect(idOf(g.match('Santiago', 'eu', 'ES'))).toBe('ES-SANTIAGO');
  });

  it('never calls a city that is itself a map unit ambiguous with that unit (Berlin, Chongqing)', () => {
    expect(idOf(g.match('Berlin', 'eu'))).toBe('DE3');
    expect(idOf(g.match('Chongqing', 'cn'))).toBe('CN-CQ');
    expect(idOf(g.match('重庆', 'cn'))).toBe('CN-CQ');
  });

  it('keeps a city apart from the province of the same name when the names say which (吉林市, 吉林省)', () => {
    expect(idOf(g.match('吉林省', 'cn'))).toBe('CN-JL');
    expect(idOf(g.match('Jilin City', 'cn'))).toBe('gn.2036502');
    // "吉林" alone names both: a question, not a guess.
    expect(g.match('吉林', 'cn').kind).toBe('ambiguous');
  });
});

describe('the report’s gazetteer', () => {
  it('knows the municipalities and the German city-states as units that are cities, and no other province', () => {
    const cities = gaz.entries.filter((e) => e.cityUnit).map((e) => e.id).sort();
    expect(cities.filter((id) => id.startsWith('CN-'))).toEqual(['CN-BJ', 'CN-CQ', 'CN-SH', 'CN-TJ']);
    expect(cities.filter((id) => !id.startsWith('CN-')).every((id) => ['DE3', 'DE5', 'DE6'].includes(id))).toBe(true);
  });
});

describe('nameKey and nameKeys', () => {
  it('fold case, accents, Polish ł and punctuation; strip one administrative suffix', () => {
    expect(nameKey('Łódzkie')).toBe('lodzkie');
    expect(nameKey('Bielsko-Biała')).toBe('bielskobiala');
    expect(nameKey('Provence-Alpes-Côte d’Azur')).toBe('provencealpescotedazur');
    expect(nameKeys('广西壮族自治区').sort()).toEqual([nameKey('广西'), nameKey('广西壮族自治区')].sort());
    expect(nameKeys('香港特别行政区')).toContain(nameKey('香港'));
    // Never down to one character: 市 alone stays itself.
    expect(nameKeys('上市')).toEqual([nameKey('上市')]);
  });
});
