/**
 * What the place panel shows, worked out from the data: a place's partnerships in
 * order, grouped for a province, where the place is, and its programme links.
 * Pure: no Svelte, no words (the components word it through src/lib/words).
 */
import { involving } from '../../data/selectors.ts';
import { periodStart } from '../../data/selectors.ts';
import { type Bundle, type CaseStudy, type IurcProfile, type Partnership, type Place, type ProgrammeLink } from '../../data/types.ts';

/**
 * Oldest first: by period, then start year (undated last), then id; records with
 * no period (Table 9 only, or named in the text only) after every period.
 */
export function chronological(list: readonly Partnership[]): Partnership[] {
  const rank = (p: Partnership) => (p.period ? periodStart(p.period) : Infinity);
  return [...list].sort((a, b) => rank(a) - rank(b) || (a.startYear ?? 9999) - (b.startYear ?? 9999) || a.id.localeCompare(b.id));
}

/** A place's partnerships, in the panel's order. */
export function placeRecords(list: readonly Partnership[], placeId: string): Partnership[] {
  return chronological(involving(list, placeId));
}

export interface RecordGroup {
  /** `all`: one untitled list; a province's `self` (with the province itself) and `cities` (through its cities and districts). */
  key: 'all' | 'self' | 'cities';
  list: Partnership[];
}

/**
 * A province's records in two groups, the province itself first, then its cities
 * and districts (always both, even when one is empty); any other place's in one.
 * The order inside each group is the order given.
 */
export function groupRecords(place: Pick<Place, 'id' | 'kind'>, records: readonly Partnership[]): RecordGroup[] {
  if (place.kind !== 'cn-province') return [{ key: 'all', list: [...records] }];
  return [
    { key: 'self', list: records.filter((p) => p.cnUnit === place.id) },
    { key: 'cities', list: records.filter((p) => p.cnUnit !== place.id) },
  ];
}

/** The province a Chinese city or district lies in (null for a province itself and for European places). */
export function provinceOf(place: Pick<Place, 'id' | 'province'>, places: ReadonlyMap<string, Place>): Place | null {
  return place.province && place.province !== place.id ? (places.get(place.province) ?? null) : null;
}

/** A programme link seen from one of its ends: the other end, and whether the link goes out from this place. */
export interface LinkView {
  link: ProgrammeLink;
  other: string;
  outgoing: boolean;
}

/** The IUC/IURC programme links of a place, in the data's order, each seen from the place. */
export function linksOf(links: readonly ProgrammeLink[], placeId: string): LinkView[] {
  return links
    .filter((l) => l.a === placeId || l.b === placeId)
    .map((link) => ({ link, other: link.a === placeId ? link.b : link.a, outgoing: link.a === placeId }));
}

/** What the report and the IURC say about a place beyond its partnerships. */
export function placeExtras(bundle: Pick<Bundle, 'caseStudies' | 'iurc'>, placeId: string): { caseStudies: CaseStudy[]; profile: IurcProfile | null; links: LinkView[] } {
  return {
    caseStudies: bundle.caseStudies.filter((c) => c.placeId === placeId),
    profile: bundle.iurc.profiles.find((p) => p.placeId === placeId) ?? null,
    links: linksOf(bundle.iurc.links, placeId),
  };
}

/** How many of a country's counted partnerships the report ties to a named region or city. */
export interface CountryNaming {
  /** Partnerships of the country a table counts (Tables 4–9). */
  total: number;
  /** Of those, the ones whose European region or city the report names. */
  named: number;
  /** The rest: drawn from the country's anchor; any of them may belong to any of its regions. */
  unnamed: number;
}

/**
 * For a European place's panel: what the report leaves open about its country.
 * A region with no named partnership may still hold some of the country's
 * unnamed ones (Bavaria: Germany has 23, the report names the Land for 2).
 */
export function countryNaming(list: readonly Partnership[], country: string): CountryNaming {
  let total = 0;
  let named = 0;
  for (const p of list) {
    if (p.euCountry !== country || p.counted === 'none') continue;
    total++;
    if (p.euUnit !== null) named++;
  }
  return { total, named, unnamed: total - named };
}
