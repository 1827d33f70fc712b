/**
 * The atlas's vocabulary: every word the interface, the exports and the
 * screen-reader summary use for a status, a period, a mode, a place kind, a
 * country, and the credit line. One word for each thing, in one place, so the
 * legend, the panels, the tooltips and the exports cannot drift apart (and the
 * interface languages have one file to translate).
 *
 * Pure: no Svelte, no DOM. Counts and names come from the data; this module only
 * words them.
 */
import * as m from '../i18n/generated/m.js';
import { PERIODS, STATUSES, type Country, type PeriodId, type PeriodMode, type PeriodSelection, type PlaceKind, type Status } from '../data/types.ts';

export const APP_NAME = 'EU–China Partnership Atlas';
export const APP_SUBTITLE = 'Partnerships between European regions and cities and Chinese provinces and cities, 1982–2017';

/** The period control's and the presenter's name for each mode. */
export const MODE_LABEL: Record<PeriodMode, string> = { new: 'New in period', cumulative: 'Cumulative' };

/** A mode inside a sentence (the list's caption, the presenter's choice): lower case. */
export const MODE_WORD: Record<PeriodMode, string> = { new: 'new in the period', cumulative: 'cumulative' };

/** A status as a label (legend, tables, headers): capitalised. */
export const STATUS_LABEL: Record<Status, string> = {
  active: 'Active',
  'not-active': 'Not active',
  ended: 'Ended',
  unknown: 'Status not stated',
};

/** A status inside a sentence (tooltips, panels, the view summary): lower case. */
export const STATUS_WORD: Record<Status, string> = {
  active: 'active',
  'not-active': 'not active',
  ended: 'ended',
  unknown: 'status not stated',
};

/** Statuses in the order every list, legend and table shows them. */
export const STATUS_ORDER: readonly Status[] = STATUSES;

/** '1982–1989' (en dash), or 'All periods'. */
export function periodLabel(p: PeriodSelection): string {
  return p === 'all' ? 'All periods' : p.replace('-', '–');
}

/**
 * A period label short enough for a narrow button ('2010–12'); the full label
 * stays its accessible name. 'All' for every period.
 */
export function periodShortLabel(p: PeriodSelection): string {
  if (p === 'all') return 'All';
  const { start, end } = periodOf(p);
  return Math.floor(start / 100) === Math.floor(end / 100) ? `${start}–${String(end).slice(2)}` : `${start}–${end}`;
}

function periodOf(p: PeriodId) {
  return PERIODS.find((x) => x.id === p)!;
}

/** 'partnership' or 'partnerships'. */
export const partnershipNoun = (n: number) => (n === 1 ? 'partnership' : 'partnerships');

/** A count with its noun: '1 partnership', '27 partnerships'. */
export const partnershipCount = (n: number) => m.partnership_count({ count: n });

/** The title of a view (page title, embed title, exports): 'EU–China partnerships: 1982–1989'. */
export function viewTitle(period: PeriodSelection): string {
  return `EU–China partnerships: ${periodLabel(period)}`;
}

/** What the view counts, under its title. */
export function viewSubtitle(period: PeriodSelection, mode: PeriodMode): string {
  if (period === 'all') return 'Every partnership the report counts';
  return mode === 'new' ? 'New in the period' : 'Cumulative to the end of the period';
}

/** The presenter's words under its large counter: 'new partnerships, 1982–1989'. */
export function counterPhrase(period: PeriodSelection, mode: PeriodMode, n: number): string {
  const noun = partnershipNoun(n);
  if (period === 'all') return `${noun} in all periods`;
  const p = periodOf(period);
  return mode === 'new' ? `new ${noun}, ${p.start}–${p.end}` : `${noun} by the end of ${p.end}`;
}

/** The head of the view summary: 'All periods: 143 partnerships', '1982–1989: 27 new partnerships', 'Up to 1999: …'. */
export function summaryHead(period: PeriodSelection, mode: PeriodMode, total: number): string {
  const noun = partnershipNoun(total);
  if (period === 'all') return `All periods: ${total} ${noun}`;
  const p = periodOf(period);
  return mode === 'new' ? `${p.start}–${p.end}: ${total} new ${noun}` : `Up to ${p.end}: ${total} ${noun}`;
}

/** A place kind in a sentence or beside a name: 'region', 'city', 'province'… */
export const KIND_WORD: Record<PlaceKind, string> = {
  'eu-region': 'region',
  'eu-city': 'city',
  'cn-province': 'province',
  'cn-city': 'city',
  'cn-district': 'district',
  'cn-new-area': 'new area',
};

/**
 * What a place is, as a reader would call it. China's province-level units are not all provinces: the
 * suffix of the official Chinese name (the seeds' `local_name`, e.g. 北京市, 广西壮族自治区, 香港特别行政区)
 * says which they are: 市 a municipality, 自治区 an autonomous region, 特别行政区 a special administrative
 * region, 省 a province (the standard English terms for China's administrative divisions).
 */
export function kindOf(place: { kind: PlaceKind; localName?: string | null }): string {
  if (place.kind !== 'cn-province') return KIND_WORD[place.kind];
  const local = place.localName ?? '';
  if (local.endsWith('特别行政区')) return 'special administrative region';
  if (local.endsWith('自治区')) return 'autonomous region';
  if (local.endsWith('市')) return 'municipality';
  return KIND_WORD[place.kind];
}

/** The kind beside a place's name, unless the name already says it ('Changning District (Shanghai)' needs no 'district'). */
export function kindBeside(place: { name: string; kind: PlaceKind; localName?: string | null }): string | null {
  const kind = kindOf(place);
  return new RegExp(`\\b${kind}\\b`, 'i').test(place.name) ? null : kind;
}

/** A country's name from the data (the bundle's `countries`), never an abbreviation; its id if unknown. */
export function countryName(countries: ReadonlyMap<string, Pick<Country, 'name'>>, id: string): string {
  return countries.get(id)?.name ?? id;
}

/** Where an arc starts when the report names no European region. */
export const ANCHOR_NOTE = 'region not named in the report';

/** An arc's European end when it is the country's anchor: 'Germany (region not named in the report)'. */
export const anchoredEnd = (country: string) => `${country} (${ANCHOR_NOTE})`;

/** When a partnership began, for an arc's tooltip: 'since 1987', else its period, else 'no period given'. */
export function arcWhen(startYear: number | null, period: PeriodId | null): string {
  return startYear ? `since ${startYear}` : period ? periodLabel(period) : 'no period given';
}

/** An arc's tooltip: 'Bavaria → Jiangsu: since 1987, active'. */
export const arcSentence = (eu: string, cn: string, when: string, status: Status) => `${eu} → ${cn}: ${when}, ${STATUS_WORD[status]}`;

/**
 * The credit line: under the map, in every export and in the no-WebGL drawing.
 * `short` leaves out the app's name (for the map's own corner).
 */
export const ATTRIBUTION = {
  source: 'The Subnational Dimension of EU-China Relations',
  sourceYear: 2019,
  sourceScope: 'Tables 4–9',
  profiles: 'IURC city and region profiles',
  boundaries: 'Natural Earth',
} as const;

/** The credit line as one plain-text sentence (exports, the SVG drawing). */
export function attributionText(): string {
  const a = ATTRIBUTION;
  return `Source: ${a.source} (${a.sourceYear}), ${a.sourceScope}; ${a.profiles}. Boundaries: ${a.boundaries}. ${APP_NAME}.`;
}
