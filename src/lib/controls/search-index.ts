/**
 * Place search over the gazetteer: English name, local name, Chinese characters
 * and the spellings the sources use (aliases). Case- and diacritic-insensitive,
 * ranked exact > prefix > word start > substring. Pure, no state.
 */
import { NAME_LANGS, type Country, type Place, type PlaceNames } from '../data/types.ts';

export type MatchKind = 'name' | 'local' | 'zh' | 'alias';

export interface SearchResult {
  place: Place;
  /** The string that matched, as written in the data (e.g. the alias `Shantung`). */
  matched: string;
  kind: MatchKind;
}

interface Entry {
  place: Place;
  text: string;
  kind: MatchKind;
  /** Normalised text (see `normalize`). */
  norm: string;
  /** Normalised text with doubled letters collapsed (`shaanxi` → `shanxi`). */
  loose: string;
}

export interface SearchIndex {
  entries: Entry[];
  /** Place id → place. */
  byId: Map<string, Place>;
  /** Country id → name (from the `countries` given to `buildSearchIndex`). */
  countryNames: Map<string, string>;
}

/** Longest query considered; longer ones are cut. */
export const MAX_QUERY = 100;

const KIND_ORDER: Record<MatchKind, number> = { name: 0, local: 1, zh: 2, alias: 3 };

/** Letters NFD does not decompose into a base letter plus a mark. */
const FOLD: Record<string, string> = { ł: 'l', đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th', ħ: 'h' };

/**
 * Lower case, no diacritics (NFD + marks stripped, plus ł→l and the like), no
 * apostrophes (`Xi’an` → `xian`), any other punctuation as a single space.
 */
export function normalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łđðøæœßıþħ]/g, (c) => FOLD[c])
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Each doubled letter once (`shaanxi` → `shanxi`, `larrisa` → `larisa`). */
const collapse = (s: string) => s.replace(/(\p{L})\1/gu, '$1');
/** Shortest (collapsed) query the doubled-letter fallback is tried for. */
const LOOSE_MIN = 3;

/**
 * Every place by every name it has: the one shown, its local name, its characters, its spellings, and its names in
 * the other languages (`names`, the bundle's: a reader of any language finds Tianjin as 天津 or Tiencin).
 */
export function buildSearchIndex(places: readonly Place[], countries: readonly Country[] = [], names?: PlaceNames): SearchIndex {
  const entries: Entry[] = [];
  for (const place of places) {
    const seen = new Set<string>();
    const add = (text: string | null, kind: MatchKind) => {
      if (!text) return;
      const norm = normalize(text);
      if (!norm || seen.has(norm)) return;
      seen.add(norm);
      entries.push({ place, text, kind, norm, loose: collapse(norm) });
    };
    add(place.name, 'name');
    // A Chinese place's local name is usually its characters: index those as `zh`.
    if (place.localName !== place.zh) add(place.localName, 'local');
    add(place.zh, 'zh');
    for (const alias of place.aliases) add(alias, 'alias');
    for (const lang of NAME_LANGS) add(names?.[lang][place.id] ?? null, 'alias');
  }
  return {
    entries,
    byId: new Map(places.map((p) => [p.id, p])),
    countryNames: new Map(countries.map((c) => [c.id, c.name])),
  };
}

/** 0 exact, 1 prefix, 2 word start, 3 substring, -1 no match. */
function tier(text: string, query: string): number {
  if (text === query) return 0;
  if (text.startsWith(query)) return 1;
  const at = text.indexOf(query);
  if (at < 0) return -1;
  if (text.includes(' ' + query)) return 2;
  return 3;
}

/**
 * Places matching `query`, best first, one result per place (its best match),
 * at most `limit`. Empty or blank query: none.
 */
export function search(index: SearchIndex, query: string, limit = 8): SearchResult[] {
  const q = normalize(query.slice(0, MAX_QUERY));
  if (!q || limit <= 0) return [];
  const qLoose = collapse(q);
  const best = new Map<string, { entry: Entry; score: number }>();
  for (const entry of index.entries) {
    let t = tier(entry.norm, q);
    // A spelling that differs only by a doubled letter (Shaanxi/Shanxi, Larrisa/Larissa)
    // ranks just below the same kind of exact-spelling match.
    let score = t * 2;
    if (t < 0) {
      if (qLoose.length < LOOSE_MIN) continue;
      t = tier(entry.loose, qLoose);
      if (t < 0) continue;
      score = t * 2 + 1;
    }
    const prev = best.get(entry.place.id);
    if (!prev || better(entry, score, prev.entry, prev.score)) best.set(entry.place.id, { entry, score });
  }
  return [...best.values()]
    .sort((a, b) => (better(a.entry, a.score, b.entry, b.score) ? -1 : better(b.entry, b.score, a.entry, a.score) ? 1 : 0))
    .slice(0, limit)
    .map(({ entry }) => ({ place: entry.place, matched: entry.text, kind: entry.kind }));
}

function better(a: Entry, sa: number, b: Entry, sb: number): boolean {
  if (sa !== sb) return sa < sb;
  if (KIND_ORDER[a.kind] !== KIND_ORDER[b.kind]) return KIND_ORDER[a.kind] < KIND_ORDER[b.kind];
  if (a.norm.length !== b.norm.length) return a.norm.length < b.norm.length;
  return a.place.name.localeCompare(b.place.name, 'en') < 0 || (a.place.name === b.place.name && a.place.id < b.place.id);
}

/**
 * Where a place is, for a result line: a Chinese city's province, a province's or
 * European place's country (its id when the index has no country names).
 */
export function placeContext(index: SearchIndex, place: Place): string {
  if (place.province && place.province !== place.id) return index.byId.get(place.province)?.name ?? place.province;
  return index.countryNames.get(place.country) ?? place.country;
}
