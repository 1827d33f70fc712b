/**
 * Which place a reader's cell names (issue 18): by code (NUTS, ISO 3166-2:CN, a gazetteer id), else by any of
 * its names (English, local, Chinese, Polish, the spellings the sources use), compared without case, accents,
 * spaces or punctuation ("Lodzkie" is Łódzkie), and Chinese names with or without their administrative suffix
 * (四川 is 四川省). A city that is itself a unit of the map is one place, not two. A name that fits several
 * places is asked about, never chosen; a European row whose place is unknown may still be placed on its
 * country (the country anchor).
 */
import type { Bundle } from '../data/types.ts';

export type Side = 'eu' | 'cn';

export interface GazetteerEntry {
  /** The atlas's place id (a map unit or a place of the report), or a gazetteer id. */
  id: string;
  side: Side;
  /** ISO 3166-1 alpha-2 (CN for Chinese places). */
  country: string;
  /** Its names in every language and spelling. */
  names: readonly string[];
  /** Codes that name it: its NUTS or ISO 3166-2:CN code, its gazetteer id. */
  codes: readonly string[];
  /** The map unit it is or lies in, when known. */
  unit: string | null;
  /** A map unit that is itself a city (Berlin, Hamburg, Beijing, Chongqing…): a city of its name in it is it. */
  cityUnit?: boolean;
  /** A unit of the map the report names no partnership for (withUnits): drawn as a region of its own. */
  isUnit?: boolean;
  coord: readonly [number, number];
}

export interface CountryEntry {
  id: string;
  names: readonly string[];
}

export type Match =
  | { kind: 'place'; entry: GazetteerEntry; by: 'code' | 'name' }
  | { kind: 'ambiguous'; candidates: GazetteerEntry[] }
  | { kind: 'country'; country: string }
  | { kind: 'unknown' };

/** Chinese administrative suffixes, longest first: a name matches with or without one. */
const CN_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '自治州', '地区', '省', '市', '区', '县'];
/** The same said in Latin letters: "Sichuan Province", "Tianjin Shi", "Łódź Voivodeship". */
const LATIN_SUFFIXES = /\s+(?:province|city|municipality|autonomous region|special administrative region|sar|region|voivodeship|sheng|shi|prowincja|województwo|wojewodztwo)$/i;

const HAN = /\p{Script=Han}/u;

/** A name as compared: lower case, no accents (ł as l), no spaces or punctuation. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The keys a name is known by: itself, and without its administrative suffix. */
export function nameKeys(name: string): string[] {
  const trimmed = name.normalize('NFKC').trim();
  const keys = new Set<string>([nameKey(trimmed)]);
  if (HAN.test(trimmed)) {
    const bare = trimmed.replace(/[\s（(][^）)]*[）)]$/, '');
    for (const s of CN_SUFFIXES)
      if (bare.endsWith(s) && bare.length - s.length >= 2) {
        keys.add(nameKey(bare.slice(0, -s.length)));
        break;
      }
  } else {
    const bare = trimmed.replace(LATIN_SUFFIXES, '');
    if (bare !== trimmed && bare.length >= 2) keys.add(nameKey(bare));
  }
  keys.delete('');
  return [...keys];
}

export class Gazetteer {
  private readonly byCode = new Map<string, GazetteerEntry[]>();
  /** By each name as it is written (compared by nameKey). */
  private readonly byName = new Map<string, GazetteerEntry[]>();
  /** By each name and each name without its administrative suffix. */
  private readonly byBareName = new Map<string, GazetteerEntry[]>();
  private readonly countryByName = new Map<string, string>();
  private readonly byId = new Map<string, GazetteerEntry>();

  constructor(
    readonly entries: readonly GazetteerEntry[],
    readonly countries: readonly CountryEntry[] = [],
  ) {
    const add = (index: Map<string, GazetteerEntry[]>, key: string, e: GazetteerEntry) => {
      const list = index.get(key);
      if (!list) index.set(key, [e]);
      else if (!list.includes(e)) list.push(e);
    };
    for (const e of entries) {
      this.byId.set(e.id, e);
      for (const c of e.codes) add(this.byCode, c.toUpperCase(), e);
      for (const n of e.names) {
        add(this.byName, nameKey(n), e);
        for (const k of nameKeys(n)) add(this.byBareName, k, e);
      }
    }
    for (const c of countries) {
      this.countryByName.set(c.id.toUpperCase(), c.id);
      for (const n of c.names) for (const k of nameKeys(n)) this.countryByName.set(k, c.id);
    }
  }

  /**
   * A city in a unit that is itself a city, and of its name (Berlin in Berlin, 重庆 in 重庆市), is that unit:
   * one place, not two. Jilin City stays apart from Jilin Province: that unit is no city.
   */
  private onePlaceEach(candidates: readonly GazetteerEntry[]): GazetteerEntry[] {
    const out = new Set<GazetteerEntry>();
    for (const e of candidates) {
      const unit = e.unit && e.unit !== e.id ? this.byId.get(e.unit) : undefined;
      out.add(unit?.cityUnit && sameName(e, unit) ? unit : e);
    }
    return [...out];
  }

  /** The entry of an id, or undefined. */
  entry(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /** The EU country a cell names (its code or a name), or null. */
  country(cell: string): string | null {
    const s = cell.trim();
    return this.countryByName.get(s.toUpperCase()) ?? this.countryByName.get(nameKey(s)) ?? null;
  }

  /**
   * The place a cell names on one side. `country`, when the row gives it, keeps only that country's places
   * (a European name found in two countries is then one place). A European cell that names no place but a
   * country (or is empty, with the row's country given) is placed on the country.
   */
  match(cell: string, side: Side, country: string | null = null): Match {
    const s = cell.normalize('NFKC').trim();
    const inSide = (list: readonly GazetteerEntry[] | undefined) => (list ?? []).filter((e) => e.side === side && (!country || e.country === country));
    const byCode = inSide(this.byCode.get(s.toUpperCase()));
    if (byCode.length === 1) return { kind: 'place', entry: byCode[0], by: 'code' };
    // A name as written first ("Jilin City", "Łódź Voivodeship"); only then with the suffixes off, on both sides.
    let found = inSide(this.byName.get(nameKey(s)));
    if (!found.length) found = [...new Set(nameKeys(s).flatMap((k) => inSide(this.byBareName.get(k))))];
    const candidates = this.onePlaceEach(found);
    if (candidates.length === 1) return { kind: 'place', entry: candidates[0], by: 'name' };
    if (candidates.length > 1) return { kind: 'ambiguous', candidates };
    if (side === 'eu') {
      const named = s ? this.country(s) : country;
      if (named && named !== 'CN') return { kind: 'country', country: named };
    }
    return { kind: 'unknown' };
  }
}

const sameName = (a: GazetteerEntry, b: GazetteerEntry) => {
  const keys = new Set(b.names.flatMap(nameKeys));
  return a.names.some((n) => nameKeys(n).some((k) => keys.has(k)));
};

/** European map units that are themselves cities: the German city-states (NUTS 1). */
export const EU_CITY_UNITS: ReadonlySet<string> = new Set(['DE3', 'DE5', 'DE6']);

/** The report's places and countries as a gazetteer, with their Chinese and Polish names (bundle.names). */
export function gazetteerFromBundle(bundle: Pick<Bundle, 'places' | 'countries' | 'names'>): Gazetteer {
  const other = (id: string) => [bundle.names['zh-Hans'][id], bundle.names.pl[id]].filter((n): n is string => !!n);
  const entries: GazetteerEntry[] = bundle.places.map((p) => ({
    id: p.id,
    side: p.country === 'CN' ? 'cn' : 'eu',
    country: p.country,
    names: [p.name, p.localName, p.zh, ...p.aliases, ...other(p.id)].filter((n): n is string => !!n),
    codes: [p.id],
    unit: p.hasGeometry ? p.id : p.province,
    // The four municipalities are provinces that are cities (北京市…); so are the German city-states.
    cityUnit: p.hasGeometry && (EU_CITY_UNITS.has(p.id) || (p.kind === 'cn-province' && !!p.zh?.endsWith('市'))),
    coord: p.coord,
  }));
  const countries = bundle.countries.filter((c) => c.id !== 'CN').map((c) => ({ id: c.id, names: [c.name, ...other(c.id)] }));
  return new Gazetteer(entries, countries);
}

/** A unit of the map in public/data/gazetteer.json: id, name, local name, country, label point (lon, lat). */
export type UnitRow = [string, string, string, string, number, number];

/**
 * The gazetteer with every unit of the map the report's places do not already hold (a region the report never
 * names is still a region a reader's list may name), with its Chinese and Polish names (bundle.names).
 */
export function withUnits(base: Gazetteer, units: readonly UnitRow[], names: Bundle['names']): Gazetteer {
  const known = new Set(base.entries.map((e) => e.id));
  const added: GazetteerEntry[] = units
    .filter(([id]) => !known.has(id))
    .map(([id, name, local, country, lon, lat]) => {
      const zh = names['zh-Hans'][id];
      return {
        id,
        side: country === 'CN' ? 'cn' : 'eu',
        country,
        names: [...new Set([name, local, zh, names.pl[id]].filter((n): n is string => !!n))],
        codes: [id],
        unit: id,
        cityUnit: EU_CITY_UNITS.has(id) || (country === 'CN' && !!(local || zh)?.endsWith('市')),
        coord: [lon, lat],
        isUnit: true,
      };
    });
  return new Gazetteer([...base.entries, ...added], base.countries);
}

/**
 * A city of public/data/gazetteer.json (scripts/gazetteer/build.ts): GeoNames id, name, another name ('' when
 * none), country, the map unit it lies in (null: none), lon, lat, population.
 */
export type CityRow = [number, string, string, string, string | null, number, number, number];

/** Two points closer than this are one place when they share a name, km. */
export const SAME_PLACE_KM = 30;

function km(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The gazetteer with the cities added. A city that is a place already (the same country, a name in common,
 * within SAME_PLACE_KM) is not a second place: its GeoNames id becomes one more code of that place, and its map
 * unit that place's when the report gives none.
 */
export function withCities(base: Gazetteer, cities: readonly CityRow[]): Gazetteer {
  const entries = base.entries.map((e) => ({ ...e, codes: [...e.codes] }));
  const byKey = new Map<string, (typeof entries)[number][]>();
  for (const e of entries) for (const n of e.names) for (const k of nameKeys(n)) byKey.set(k, [...(byKey.get(k) ?? []), e]);
  for (const [id, name, other, country, unit, lon, lat] of cities) {
    const names = [name, other].filter((n) => n);
    const coord: [number, number] = [lon, lat];
    const code = `gn.${id}`;
    const known = names
      .flatMap((n) => nameKeys(n))
      .flatMap((k) => byKey.get(k) ?? [])
      .find((e) => e.country === country && km(e.coord, coord) <= SAME_PLACE_KM);
    if (known) {
      known.codes.push(code);
      // The report names a city without its unit: the city's point says which.
      known.unit ??= unit;
      continue;
    }
    entries.push({ id: code, side: country === 'CN' ? 'cn' : 'eu', country, names, codes: [code], unit, coord });
  }
  return new Gazetteer(entries, base.countries);
}
