/**
 * A reader's rows as the atlas's one dataset (issue 18): a bundle of the same shape as the report's
 * (data/types.ts), so that every view, panel, export, the presenter and the address work on it unchanged.
 *
 * - **Places:** the report's places a row names, as the report has them (names in every language); a city of
 *   the gazetteer (GeoNames) as a city of its own; a place the row gives by coordinates, under the row's words.
 * - **Partnerships:** one per row drawn. A row whose year lies in a group of the chosen grouping is in that
 *   period; one undated, unreadable, outside every group or across two is drawn under "All" only and counted
 *   apart (`counted: 'table-9'` is the bundle's word for "no period"). The row's note and source cells are kept
 *   as plain text; its citation is its line in the reader's file.
 * - **Rows waiting** (a place not found or ambiguous, and no decision yet) and **rows skipped** are not drawn, and
 *   are counted: rows = drawn + waiting + skipped, always.
 *
 * Pure: rows, the reader's decisions and the report's bundle in, a bundle and its counts out.
 */
import type { Bundle, Country, Partnership, PeriodDef, Place, SourceDoc, StoryStep } from '../data/types.ts';
import type { Gazetteer, GazetteerEntry, Side } from './match.ts';
import { APART, groupsOf, place as placeYear, type Apart, type Grouping, type Placement } from './groups.ts';
import type { End, OwnRow, Problem } from './rows.ts';

/** What the reader decided for a row that could not be placed: a place for an end, or to leave the row out. */
export type Decision = { skip: true } | { eu?: string; cn?: string };

/** The citation of the reader's file (its one source document). */
export const OWN_SOURCE = 'own';

export interface OwnCounts {
  rows: number;
  /** Drawn as read. */
  placed: number;
  /** Drawn after the reader chose a place. */
  fixed: number;
  skipped: number;
  /** Not drawn yet: a problem the reader has not settled. */
  waiting: number;
  duplicates: number;
  /** Drawn rows in no period, by why. */
  apart: Record<Apart, number>;
  /** Drawn rows whose year is approximate ("ca. 1995"), in the period of that year. */
  approximate: number;
}

export interface OwnWords {
  /** The file's full reference in the Sources dialog: its name, and that it never left the browser. */
  reference: (file: string) => string;
  /** A European country's name, for a country the report does not list (Intl.DisplayNames on the page). */
  countryName: (id: string) => string;
  /** The story: the whole list first, then each period with its count. */
  storyAll: (n: number) => { title: string; caption: string };
  storyPeriod: (label: string, n: number) => { title: string; caption: string };
}

export interface OwnBundleInput {
  rows: readonly OwnRow[];
  /** The report's bundle in the reader's language: its places, countries and names are the atlas's own. */
  base: Bundle;
  gazetteer: Gazetteer;
  grouping: Grouping;
  decisions: ReadonlyMap<number, Decision>;
  /** The file's name as the reader gave it. */
  file: string;
  words: OwnWords;
}

export interface OwnBundle {
  bundle: Bundle;
  counts: OwnCounts;
  /** The rows still waiting for a decision, with what each end lacks. */
  waiting: { row: OwnRow; problems: Problem[] }[];
}

/** The ends of a row once the reader's decision for it is applied; problems that remain. */
function settle(row: OwnRow, decision: Decision | undefined, gazetteer: Gazetteer): { eu: End | null; cn: End | null; problems: Problem[]; fixed: boolean } {
  if (!decision || 'skip' in decision) return { eu: row.eu, cn: row.cn, problems: row.problems, fixed: false };
  const chosen = (side: Side): End | null => {
    const id = decision[side];
    const entry = id ? gazetteer.entry(id) : undefined;
    return entry && entry.side === side ? { kind: 'place', entry } : null;
  };
  const eu = chosen('eu') ?? row.eu;
  const cn = chosen('cn') ?? row.cn;
  const problems = row.problems.filter((p) => (p.side === 'eu' ? !eu : !cn));
  return { eu, cn, problems, fixed: problems.length < row.problems.length };
}

export function ownBundle({ rows, base, gazetteer, grouping, decisions, file, words }: OwnBundleInput): OwnBundle {
  const basePlaces = new Map(base.places.map((p) => [p.id, p]));
  const baseCountries = new Map(base.countries.map((c) => [c.id, c]));
  const places = new Map<string, Place>();
  const counts: OwnCounts = { rows: rows.length, placed: 0, fixed: 0, skipped: 0, waiting: 0, duplicates: 0, apart: Object.fromEntries(APART.map((a) => [a, 0])) as Record<Apart, number>, approximate: 0 };
  const waiting: OwnBundle['waiting'] = [];
  const drawn: { row: OwnRow; eu: End; cn: End; when: Placement }[] = [];

  for (const row of rows) {
    const decision = decisions.get(row.line);
    if (decision && 'skip' in decision) {
      counts.skipped++;
      continue;
    }
    const { eu, cn, problems, fixed } = settle(row, decision, gazetteer);
    if (problems.length > 0 || !eu || !cn) {
      counts.waiting++;
      waiting.push({ row, problems });
      continue;
    }
    if (fixed) counts.fixed++;
    else counts.placed++;
    if (row.duplicateOf !== null) counts.duplicates++;
    const when = placeYear(row.year, grouping);
    if ('apart' in when) counts.apart[when.apart]++;
    else if (when.approximate) counts.approximate++;
    drawn.push({ row, eu, cn, when });
  }

  /** The place an end is drawn at (added to the bundle's places once), or null for a country's anchor. */
  const coordPlaces = new Map<string, string>();
  const placeOf = (end: End, side: Side, country: string): string | null => {
    if (end.kind === 'country') return null;
    if (end.kind === 'place') return addEntry(end.entry);
    const key = `${side}|${end.name}|${end.coord.join(',')}`;
    let id = coordPlaces.get(key);
    if (!id) {
      id = `own.${side}.${coordPlaces.size + 1}`;
      coordPlaces.set(key, id);
      places.set(id, ownPlace(id, side, country, end.name, [], end.coord, null));
    }
    return id;
  };
  const addEntry = (e: GazetteerEntry): string => {
    if (places.has(e.id)) return e.id;
    const known = basePlaces.get(e.id);
    if (known) {
      places.set(e.id, known);
      // A Chinese city's province is a place too (the shading counts it).
      if (known.province && known.province !== known.id && basePlaces.has(known.province)) places.set(known.province, basePlaces.get(known.province)!);
      return e.id;
    }
    if (e.isUnit) {
      // A unit of the map the report names no partnership for: a region (or province) with its polygon.
      places.set(e.id, { ...ownPlace(e.id, e.side, e.country, e.names[0], e.names.slice(1), [e.coord[0], e.coord[1]], e.side === 'cn' ? e.id : null), kind: e.side === 'eu' ? 'eu-region' : 'cn-province', hasGeometry: true });
      return e.id;
    }
    const unit = e.side === 'cn' && e.unit ? gazetteer.entry(e.unit) : undefined;
    const province = unit && (basePlaces.has(unit.id) || unit.isUnit) ? unit.id : null;
    if (unit && province) addEntry(unit);
    places.set(e.id, ownPlace(e.id, e.side, e.country, e.names[0], e.names.slice(1), [e.coord[0], e.coord[1]], province));
    return e.id;
  };

  const placements = drawn.map((d) => d.when);
  const groups = groupsOf(placements);
  const periods: PeriodDef[] = groups.map((g) => ({ id: g.id, start: g.start, end: g.end, table: null }));
  const partnerships: Partnership[] = drawn.map(({ row, eu, cn, when }) => {
    const euCountry = eu.kind === 'country' ? eu.country : eu.kind === 'place' ? eu.entry.country : (gazetteer.country(row.cells.eu_country ?? '') ?? '');
    const euUnit = placeOf(eu, 'eu', euCountry);
    const cnUnit = placeOf(cn, 'cn', 'CN');
    const cnPlace = cnUnit ? places.get(cnUnit)! : null;
    const cnProvince = cnPlace ? (cnPlace.kind === 'cn-province' ? cnPlace.id : cnPlace.province) : null;
    const inGroup = 'group' in when;
    return {
      id: `row-${row.line}`,
      euCountry,
      euUnit,
      cnUnit,
      cnProvince,
      cnPrinted: cnPlace?.name ?? null,
      period: inGroup ? when.group.id : null,
      table: null,
      counted: inGroup ? 'period-table' : 'table-9',
      startYear: row.year.kind === 'year' || row.year.kind === 'approximate' ? row.year.year : null,
      status: row.status ?? 'unknown',
      agreement: null,
      renewals: null,
      confidence: 'high',
      note: row.cells.note?.trim() || null,
      sources: [{ file: OWN_SOURCE, ref: `${row.line}` }],
      ownSource: row.cells.source?.trim() || null,
    };
  });

  // The columns: the report's six in their order where present, then the others by how many rows they hold.
  const perCountry = new Map<string, number>();
  for (const p of partnerships) perCountry.set(p.euCountry, (perCountry.get(p.euCountry) ?? 0) + 1);
  const reportOrder = base.countries.filter((c) => c.surveyed).map((c) => c.id);
  const columns = [
    ...reportOrder.filter((c) => perCountry.has(c)),
    ...[...perCountry.keys()].filter((c) => !reportOrder.includes(c)).sort((a, b) => perCountry.get(b)! - perCountry.get(a)! || a.localeCompare(b)),
  ];
  const countries: Country[] = [
    ...columns.map((id) => {
      const known = baseCountries.get(id);
      if (known) return { ...known, surveyed: true };
      const own = [...places.values()].filter((p) => p.country === id);
      const anchor: [number, number] = own.length ? [mean(own.map((p) => p.coord[0])), mean(own.map((p) => p.coord[1]))] : [0, 0];
      return { id, name: words.countryName(id), anchor, surveyed: true };
    }),
    ...base.countries.filter((c) => !perCountry.has(c.id)).map((c) => ({ ...c, surveyed: false })),
  ];

  const source: SourceDoc = { id: OWN_SOURCE, file: OWN_SOURCE, title: file, label: file, reference: words.reference(file), address: null };
  const story: StoryStep[] = [storyStep('all', 'period=all', words.storyAll(partnerships.length))];
  for (const p of periods) {
    const n = partnerships.filter((x) => x.period === p.id).length;
    story.push(storyStep(p.id, `period=${p.id}`, words.storyPeriod(p.id.replace('-', '–'), n)));
  }

  const bundle: Bundle = {
    version: 1,
    ownFile: file,
    sources: [source],
    periods,
    countries,
    places: [...places.values()].sort((a, b) => a.id.localeCompare(b.id)),
    partnerships,
    unattributed: [],
    printedCells: [],
    statements: [],
    contradictions: [],
    caseTables: [],
    caseStudies: [],
    iurc: { profiles: [], links: [] },
    story,
    names: base.names,
  };
  return { bundle, counts, waiting };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const HAN = /\p{Script=Han}/u;

function ownPlace(id: string, side: Side, country: string, name: string, aliases: string[], coord: [number, number], province: string | null): Place {
  return {
    id,
    name,
    kind: side === 'eu' ? 'eu-city' : 'cn-city',
    country,
    province,
    localName: null,
    zh: side === 'cn' ? ([name, ...aliases].find((n) => HAN.test(n)) ?? null) : null,
    aliases,
    coord,
    hasGeometry: false,
    sources: [],
  };
}

function storyStep(id: string, view: string, words: { title: string; caption: string }): StoryStep {
  return { id: `own-${id}`, view, ...words, sources: [], translations: { 'zh-Hans': words, pl: words } };
}
