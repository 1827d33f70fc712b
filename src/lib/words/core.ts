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
import * as m from '../i18n/generated/m/core.js';
import { ownAttribution } from './own-bar.ts';
import { locale } from '../i18n/active.ts';
import { STATUSES, type Country, type PeriodId, type PeriodMode, type PeriodSelection, type PlaceKind, type Status } from '../data/types.ts';

export const APP_NAME = m.core_app_name();
export const APP_SUBTITLE = m.core_app_subtitle();

/** The period control's and the presenter's name for each mode. */
export const MODE_LABEL: Record<PeriodMode, string> = { new: m.core_mode_label_new(), cumulative: m.core_mode_label_cumulative() };

/** A mode inside a sentence (the list's caption, the presenter's choice): lower case. */
export const MODE_WORD: Record<PeriodMode, string> = { new: m.core_mode_word_new(), cumulative: m.core_mode_word_cumulative() };

/** A status as a label (legend, tables, headers): capitalised. */
export const STATUS_LABEL: Record<Status, string> = {
  active: m.core_status_label_active(),
  'not-active': m.core_status_label_not_active(),
  ended: m.core_status_label_ended(),
  unknown: m.core_status_label_unknown(),
};

/** A status inside a sentence (tooltips, panels, the view summary): lower case. */
export const STATUS_WORD: Record<Status, string> = {
  active: m.core_status_word_active(),
  'not-active': m.core_status_word_not_active(),
  ended: m.core_status_word_ended(),
  unknown: m.core_status_word_unknown(),
};

/** Statuses in the order every list, legend and table shows them. */
export const STATUS_ORDER: readonly Status[] = STATUSES;

/** A period's years, read from its id ('1991-1999', or '2015' for one year: data/types.ts PeriodDef). */
function yearsOf(p: PeriodId): { start: number; end: number } {
  const [start, end = start] = p.split('-').map(Number);
  return { start, end };
}

/** '1982–1989' (en dash), or 'All periods'. */
export function periodLabel(p: PeriodSelection): string {
  return p === 'all' ? m.core_period_all() : p.replace('-', '–');
}

/**
 * A period label short enough for a narrow button ('2010–12'); the full label
 * stays its accessible name. 'All' for every period.
 */
export function periodShortLabel(p: PeriodSelection): string {
  if (p === 'all') return m.core_period_all_short();
  const { start, end } = yearsOf(p);
  if (start === end) return String(start);
  return Math.floor(start / 100) === Math.floor(end / 100) ? `${start}–${String(end).slice(2)}` : `${start}–${end}`;
}


/**
 * 'partnership' or 'partnerships': the noun that agrees with n (Polish partnerstwo / partnerstwa / partnerstw,
 * Chinese 伙伴关系). A noun without its number cannot be right in every language's sentence (Polish case after a
 * preposition, the Chinese measure word): a sentence with a count should be one message of its own.
 */
export const partnershipNoun = (n: number) => m.core_partnership_noun({ count: n });

/** A count with its noun: '1 partnership', '27 partnerships'. */
export const partnershipCount = (n: number) => m.partnership_count({ count: n });

/** The title of a view (page title, embed title, exports): 'EU–China partnerships: 1982–1989'. */
export function viewTitle(period: PeriodSelection): string {
  return period === 'all' ? m.core_view_title_all() : m.core_view_title({ period: periodLabel(period) });
}

/** What the view counts, under its title. */
export function viewSubtitle(period: PeriodSelection, mode: PeriodMode): string {
  if (period === 'all') return m.core_view_subtitle_all();
  return mode === 'new' ? m.core_view_subtitle_new() : m.core_view_subtitle_cumulative();
}

/** The presenter's words under its large counter: 'new partnerships, 1982–1989'. */
export function counterPhrase(period: PeriodSelection, mode: PeriodMode, n: number): string {
  if (period === 'all') return m.core_counter_all({ count: n });
  const p = yearsOf(period);
  return mode === 'new' ? m.core_counter_new({ count: n, period: periodLabel(period) }) : m.core_counter_cumulative({ count: n, end: String(p.end) });
}

/** The head of the view summary: 'All periods: 143 partnerships', '1982–1989: 27 new partnerships', 'Up to 1999: …'. */
export function summaryHead(period: PeriodSelection, mode: PeriodMode, total: number): string {
  if (period === 'all') return m.core_summary_all({ count: total });
  const p = yearsOf(period);
  return mode === 'new'
    ? m.core_summary_new({ count: total, period: periodLabel(period) })
    : m.core_summary_cumulative({ count: total, end: String(p.end) });
}

/** A place kind in a sentence or beside a name: 'region', 'city', 'province'… */
export const KIND_WORD: Record<PlaceKind, string> = {
  'eu-region': m.core_kind_region(),
  'eu-city': m.core_kind_city(),
  'cn-province': m.core_kind_province(),
  'cn-city': m.core_kind_city(),
  'cn-district': m.core_kind_district(),
  'cn-new-area': m.core_kind_new_area(),
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
  if (local.endsWith('特别行政区')) return m.core_kind_special_administrative_region();
  if (local.endsWith('自治区')) return m.core_kind_autonomous_region();
  if (local.endsWith('市')) return m.core_kind_municipality();
  return KIND_WORD[place.kind];
}

/**
 * The kind beside a place's name, unless the name already says it ('Changning District (Shanghai)' needs no 'district').
 * Chinese writes no spaces (长宁区 says 区); other languages' kinds are whole words (any letter, not only ASCII).
 */
export function kindBeside(place: { name: string; kind: PlaceKind; localName?: string | null }): string | null {
  const kind = kindOf(place);
  const says =
    locale === 'en'
      ? new RegExp(`\\b${kind}\\b`, 'i').test(place.name)
      : locale === 'zh-Hans'
        ? place.name.includes(kind)
        : new RegExp(`(?<![\\p{L}\\p{N}_])${kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'iu').test(place.name);
  return says ? null : kind;
}

/** A country's name from the data (the bundle's `countries`), never an abbreviation; its id if unknown. */
export function countryName(countries: ReadonlyMap<string, Pick<Country, 'name'>>, id: string): string {
  return countries.get(id)?.name ?? id;
}

/** Where an arc starts when the report names no European region. */
export const ANCHOR_NOTE = m.core_anchor_note();

/** An arc's European end when it is the country's anchor: 'Germany (region not named in the report)'. */
export const anchoredEnd = (country: string) => m.core_anchored_end({ country });
/** Beside the sources' own prose, left in English in a Chinese or Polish page (case studies, profiles, contradictions). */
export const IN_ENGLISH = m.core_in_english();
/** A duration: '8 s' (the presenter's pace, the arcs' animation). */
export const seconds = (s: number) => m.core_seconds({ s });

/** When a partnership began, for an arc's tooltip: 'since 1987', else its period, else 'no period given'. */
export function arcWhen(startYear: number | null, period: PeriodId | null): string {
  return startYear ? m.core_arc_since({ year: String(startYear) }) : period ? periodLabel(period) : m.core_arc_no_period();
}

/** An arc's tooltip: 'Bavaria → Jiangsu: since 1987, active'. */
export const arcSentence = (eu: string, cn: string, when: string, status: Status) => m.core_arc_sentence({ eu, cn, when, status: STATUS_WORD[status] });

/**
 * The credit line: under the map, in every export and in the no-WebGL drawing.
 * `short` leaves out the app's name (for the map's own corner).
 */
export const ATTRIBUTION = {
  /** The report's own title, cited as published (English in every language). */
  source: 'The Subnational Dimension of EU-China Relations',
  sourceYear: 2019,
  sourceScope: m.core_source_scope(),
  profiles: m.core_source_profiles(),
  /** A dataset's name. */
  boundaries: 'Natural Earth',
} as const;

/** The credit line as one plain-text sentence (exports, the SVG drawing); for a reader's own data, their file's. */
export function attributionText(ownFile?: string): string {
  const a = ATTRIBUTION;
  if (ownFile !== undefined) return ownAttribution(ownFile, a.boundaries, APP_NAME);
  return m.core_attribution({
    source: a.source,
    year: String(a.sourceYear),
    scope: a.sourceScope,
    profiles: a.profiles,
    boundaries: a.boundaries,
    app: APP_NAME,
  });
}
