/**
 * The committed cities of public/data/gazetteer.json (scripts/gazetteer/build.ts): reproducible bytes, what it
 * holds, and the report's gazetteer grown with them (src/lib/own/match.ts withCities).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, MIN_POPULATION, OUT, serializeGazetteer, type GazetteerFile } from '../scripts/gazetteer/build.ts';
import raw from '../public/data/bundle.json';
import { parseBundle } from '../src/lib/data/load.ts';
import { gazetteerFromBundle, withCities, type Match } from '../src/lib/own/match.ts';

const committed = fs.readFileSync(OUT, 'utf8');
const file = JSON.parse(committed) as GazetteerFile;
const gaz = withCities(gazetteerFromBundle(parseBundle(raw)), file.cities);
const idOf = (m: Match) => (m.kind === 'place' ? m.entry.id : m.kind);

describe('public/data/gazetteer.json', () => {
  it('is what `npm run gazetteer` writes, byte for byte', () => {
    expect(serializeGazetteer(buildGazetteer())).toBe(committed);
  });

  it('holds cities of at least 100,000 in Europe and China, credited, each inside its map unit where it has one', () => {
    expect(file.licence).toBe('CC BY 4.0');
    expect(file.source).toContain('GeoNames');
    expect(file.cities.length).toBeGreaterThan(1000);
    expect(file.cities.every((c) => c[7] >= MIN_POPULATION)).toBe(true);
    expect(new Set(file.cities.map((c) => c[0])).size).toBe(file.cities.length);
    const unit = (name: string, country: string) => file.cities.find((c) => c[1] === name && c[3] === country)?.[4];
    expect(unit('Łódź', 'PL')).toBe('PL71');
    expect(unit('Wrocław', 'PL')).toBe('PL51');
    expect(unit('Munich', 'DE')).toBe('DE2');
    expect(unit('Berlin', 'DE')).toBe('DE3');
    expect(unit('Chengdu', 'CN')).toBe('CN-SC');
    expect(unit('Beijing', 'CN')).toBe('CN-BJ');
    expect(unit('Amsterdam', 'NL')).toBeNull();
  });
});

describe('the gazetteer grown with the cities', () => {
  it('finds cities the report never names, in their unit; and gives a city the report names its unit', () => {
    expect(gaz.match('Wroclaw', 'eu')).toMatchObject({ kind: 'place', entry: { id: 'pl.wroclaw', unit: 'PL51', country: 'PL' } });
    expect(gaz.match('Munich', 'eu')).toMatchObject({ kind: 'place', entry: { unit: 'DE2' } });
    expect(gaz.match('Amsterdam', 'eu')).toMatchObject({ kind: 'place', entry: { country: 'NL', unit: null } });
    expect(gaz.match('Qingdao', 'cn')).toMatchObject({ kind: 'place', entry: { unit: 'CN-SD' } });
  });

  it('keeps one place for a city the report has already, and for a city that is its unit', () => {
    expect(idOf(gaz.match('Łódź', 'eu'))).toBe('pl.lodz');
    expect(idOf(gaz.match('Chengdu', 'cn'))).toBe('cn.chengdu');
    expect(idOf(gaz.match('Berlin', 'eu'))).toBe('DE3');
    expect(idOf(gaz.match('Beijing', 'cn'))).toBe('CN-BJ');
    expect(idOf(gaz.match('Chongqing', 'cn'))).toBe('CN-CQ');
    // The city's GeoNames id names the report's place too.
    expect(idOf(gaz.match(`gn.${file.cities.find((c) => c[1] === 'Chengdu')![0]}`, 'cn'))).toBe('cn.chengdu');
  });

  it('asks which Jilin: the province or the city of that name', () => {
    const m = gaz.match('Jilin', 'cn');
    expect(m.kind).toBe('ambiguous');
    expect(m.kind === 'ambiguous' && m.candidates.map((c) => c.id).sort()).toEqual(['CN-JL', `gn.${file.cities.find((c) => c[1] === 'Jilin' && c[3] === 'CN')![0]}`].sort());
  });
});
