/**
 * Words of the side panels (src/lib/panels): the tabs, the place panel, the period
 * table, the overview, the growth chart and the list of partnerships. Statuses,
 * periods, modes, kinds and country names come from core.ts; numbers and names
 * are arguments.
 */
import type { Confidence, LinkKind, PeriodMode, PeriodSelection, Reading, Status } from '../data/types.ts';
import { MODE_WORD, partnershipNoun, periodLabel, STATUS_WORD } from './core.ts';

// ── The side panel and its tabs ──────────────────────────────────────────────
export const SIDE_LABEL = 'Details';
export const TABS_LABEL = 'Panels';
export const TAB_PLACE = 'Place';
export const TAB_PERIOD = 'Period table';
/** The list tab names how many rows it holds: 'List (27)'. */
export const tabList = (n: number) => `List (${n})`;
export const TAB_OVERVIEW = 'Overview';
export const LOADING_OVERVIEW = 'Loading the overview…';

/** What the list shows, for its caption: 'all periods', '1982–1989, new in the period'. */
export function viewCaption(period: PeriodSelection, mode: PeriodMode): string {
  return period === 'all' ? 'all periods' : `${periodLabel(period)}, ${MODE_WORD[mode]}`;
}

// ── The place panel ──────────────────────────────────────────────────────────
export const PLACE_CLOSE = 'Close place panel';
export const NO_SUCH_PLACE = 'No such place';
export const noSuchPlace = (id: string) => `There is no place “${id}” in the data.`;
/** Between a city's kind and its province: 'city in Shandong, China'. */
export const IN_PROVINCE = 'in';
export const partnershipsHeading = (n: number) => `Partnerships (${n})`;
export const noPartnerships = (name: string) => `The report names no partnership for ${name}.`;
/** A province's partnerships with the province itself. */
export const groupSelf = (province: string) => `With ${province} itself`;
/** A province's partnerships through its cities and districts. */
export const groupCities = (province: string) => `Through cities and districts in ${province}`;
/** The list of a place's partnerships when they are not grouped. */
export const placeRecordsLabel = (name: string) => `Partnerships of ${name}`;
/** A heading with a count: 'With Shandong itself (5)'. */
export const withCount = (title: string, n: number) => `${title} (${n})`;
export const NONE = 'None.';
/** Between a Chinese city and its European partner, in a province's list. */
export const WITH = 'with';
export const NO_PERIOD = 'no period';
export const startedIn = (year: number) => `started ${year}`;
export const NO_START_YEAR = 'start year not given';
/** A record's status: 'status: active', or 'status not stated'. */
export const statusFact = (s: Status) => (s === 'unknown' ? STATUS_WORD[s] : `status: ${STATUS_WORD[s]}`);
/**
 * A record's agreement in words. The data's bare 'agreement' (an agreement exists) reads 'with an agreement',
 * 'agreement 2016' 'with an agreement (2016)'; anything longer is quoted after 'agreement:' (never 'agreement: agreement').
 */
export function agreementFact(a: string): string {
  const m = /^(official )?agreement(?: (\d{4}))?$/.exec(a.trim());
  if (m) return `with an ${m[1] ?? ''}agreement${m[2] ? ` (${m[2]})` : ''}`;
  return `agreement: ${a}`;
}
export const renewalsFact = (r: string) => `renewals: ${r}`;
export const COUNTED_NONE = "Named in the report's text; not counted in its tables.";
export const COUNTED_TABLE_9 = 'Counted only in Table 9, no period.';
export const readingConfidence = (c: Confidence) => `${c} confidence: how this record was read`;
export const HOW_READ = 'how this record was read';
export const NO_NOTE = 'No note.';
/** Before a list of citations. */
export const sourcesLead = (n: number) => (n > 1 ? 'Sources:' : 'Source:');
export const caseStudyHeading = (section: string, title: string) => `Case study ${section}: ${title}`;
export const iurcHeading = (programme: string) => `IURC profile (${programme})`;
export const printedAs = (name: string) => `Printed as “${name}”.`;
export const POPULATION = 'Population';
export const AREA = 'Area';
export const NOT_GIVEN = 'not given';
export const areaKm2 = (formatted: string) => `${formatted} km²`;
export const THEMATIC_CLUSTERS = 'Thematic clusters';
export const PREFERRED_AREAS = 'Preferred areas of cooperation';
export const GOOD_PRACTICES = 'Good practices';
export const programmeLinksHeading = (n: number) => `Programme links (${n})`;

/** A programme link's kind as the data names it, in a sentence. */
export const LINK_KIND_WORD: Record<LinkKind, string> = {
  pairing: 'pairing',
  visit: 'visit',
  twinning: 'twinning',
  workshop: 'workshop',
  cooperation: 'cooperation',
};

/** Before the other end of a programme link: 'visit to', 'visit from', 'pairing with'. */
export function linkLead(kind: LinkKind, outgoing: boolean): string {
  return `${LINK_KIND_WORD[kind]} ${kind === 'visit' ? (outgoing ? 'to' : 'from') : 'with'}`;
}

// ── The period table ────────────────────────────────────────────────────────
export const periodPanelLabel = (table: number, period: PeriodSelection) => `Table ${table}, ${periodLabel(period)}`;
export function periodTableCaption(table: number, period: PeriodSelection): string {
  return `Table ${table}. Partnerships between regions of the six EU countries and Chinese provinces/cities, ${periodLabel(period)} (computed from the data)`;
}
/** Cumulative mode: the tables added up ('Tables 4–6, up to the end of 2000–2007'). */
export const cumulativePanelLabel = (tables: readonly number[], period: PeriodSelection) => `Tables ${tables[0]}–${tables.at(-1)}, up to the end of ${periodLabel(period)}`;
export function cumulativeTableCaption(tables: readonly number[], period: PeriodSelection): string {
  return `Tables ${tables[0]}–${tables.at(-1)} added up. Partnerships between regions of the six EU countries and Chinese provinces/cities up to the end of ${periodLabel(period)}; each row adds the rows of the same printed label (computed from the data; the printed total is the sum of the tables' printed totals)`;
}
export const CHINESE_PARTNER = 'Chinese partner';
export const TOTAL = 'Total';
/** The total the report prints, beside the computed one. */
export const printedTotal = (n: number | null) => `printed: ${n ?? '— (missing from our copy of the report)'}`;
/** Readings of a printed cell that get a marker: a short form for screen readers, and the footnote. */
export const READING_FLAG: Partial<Record<Reading, { short: string; note: string }>> = {
  unrecoverable: {
    short: 'country not shown in our copy of the report',
    note: 'Our copy of the report does not show which country this cell belongs to; placed so that the printed totals hold.',
  },
  missing: {
    short: 'cell missing from our copy of the report',
    note: 'Cell missing from our copy of the report; the value shown is computed.',
  },
};
export const CONTRADICTIONS_HEADING = 'Where the report disagrees with itself';
export const VERSUS = 'versus';

// ── The overview ─────────────────────────────────────────────────────────────
export const OVERVIEW_HEADING = TAB_OVERVIEW;
export const COUNTED_HEADING = 'Partnerships the report counts';
export const BY_COUNTRY = 'By EU country';
export const COUNTRY = 'Country';
export const PARTNERSHIPS = 'Partnerships';
export const BY_STATUS = 'By status';
export const STATUS = 'Status';
export const SHARE = 'Share';
/** A whole percentage, or a dash when there is no base. */
export const percent = (p: number | null) => (p === null ? '–' : `${p}%`);
export const REPORT_SAYS = 'The report says:';
export const reportTotal = (value: string) => `${value} partnerships`;
export const reportActive = (value: string) => `${value} declared active`;
export function statusNote(stated: number, total: number, active: number, ofAll: number | null, ofStated: number | null): string {
  return `Status is known per partnership only where the report states it (${stated} of ${total}); here ${active} are active, ${percent(ofAll)} of all and ${percent(ofStated)} of those with a stated status.`;
}
export const unattributedNote = (n: number) =>
  `Table 9 also counts ${n} partnerships that no EU country can be given for; they are in the ranking only.`;
export const RANKING_HEADING = 'Chinese provinces by number of partnerships';
export const RANKING_CAPTION = 'Table 9, recomputed from the data';
export const PROVINCE = 'Province';
export const unattributedCount = (n: number) => `(${n} not attributable to a country)`;
export const SUM = 'Sum';
export const rankingSum = (n: number) => `The ranking adds up to ${n}`;
export const reportGives = (value: string) => `; the report’s text gives ${value}`;
export const GROWTH_HEADING = 'New partnerships per period (the report’s Figure 6)';

// ── The growth chart ─────────────────────────────────────────────────────────
/** The chart's accessible summary, from 'period total' parts. */
export const growthSummary = (parts: string[]) => `Stacked bar chart of new partnerships per period by EU country: ${parts.join(', ')}.`;
export const growthPart = (period: PeriodSelection, total: number) => `${periodLabel(period)} ${total}`;
export const growthBar = (country: string, period: PeriodSelection, n: number) => `${country}, ${periodLabel(period)}: ${n}`;
export const GROWTH_CAPTION = 'New partnerships per period by EU country';
export const PERIOD = 'Period';

// ── The list of partnerships ─────────────────────────────────────────────────
export const COLUMN_EU_COUNTRY = 'EU country';
export const COLUMN_EU_PARTNER = 'European partner';
export const COLUMN_CN_PARTNER = 'Chinese partner';
export const COLUMN_PROVINCE = PROVINCE;
/** Under a Chinese city in the List: its province ('in Sichuan'). */
export const inProvince = (province: string) => `${IN_PROVINCE} ${province}`;
export const COLUMN_PERIOD = PERIOD;
export const COLUMN_SINCE = 'Since';
export const COLUMN_STATUS = STATUS;
export function partnershipTableCaption(n: number, view: string): string {
  return `Partnerships shown: ${n} (${view}). The same rows as the CSV export. Sort by a column with its header.`;
}

// ── Tabs with nothing to show yet (never disabled without a reason) ─────────
export const NO_PLACE_HEADING = 'No place chosen';
export const NO_PLACE_TEXT = 'Choose a place on the map, in the List or with Search to see its partnerships, since when and whether still active.';
export const CHOOSE_PERIOD_HEADING = 'Period table';
export const CHOOSE_PERIOD_TEXT =
  'The report counts partnerships in one table per period (Tables 4–8): EU country by Chinese partner. “All periods” has no such table; choose a period to see its table cell for cell.';
/** A period button in the Period table's chooser: '1982–1989 (Table 4)'. */
export const periodTableButton = (label: string, table: number) => `${label} (Table ${table})`;
export const PERIOD_CHOICES_LABEL = 'Periods of the report';

// ── What the Overview covers ─────────────────────────────────────────────────
/** Under the Overview's heading: it does not follow the period or the filters, and says so. */
export const OVERVIEW_SCOPE = 'The whole report: every period, country and status.';
/** …and what the map shows beside it when the view is narrower: 'The map shows 27 of them now (1982–1989, new in the period).' */
export const overviewScopeView = (n: number, view: string) => `The map shows ${n} of them now (${view}); this overview does not change with the view.`;

// ── The embed's head ─────────────────────────────────────────────────────────
/** An embed that opens on a chosen place names it and its kind (its kind, as in a tooltip): 'Selected: Łódzkie (region)'. */
export const embedSelection = (name: string, kind: string) => `Selected: ${name} (${kind})`;

// ── What the report leaves open about a European place's country ────────────
/**
 * Beside a European place's partnerships, when its country has partnerships with no named region:
 * with none of its own, 'It names the region or city for only 2 of Germany's 23 partnerships; the other
 * 21 start at Germany's anchor, and any of them may be Bavaria's.'; with some, the same for the rest.
 */
export function unnamedInCountry(name: string, country: string, c: { total: number; named: number; unnamed: number }, own: number): string {
  const them = c.unnamed === 1 ? 'it' : 'any of them';
  const start = c.unnamed === 1 ? 'the other one starts' : `the other ${c.unnamed} start`;
  return own === 0
    ? `The report names the region or city for only ${c.named} of ${country}’s ${c.total} partnerships; ${start} at ${country}’s anchor on the map, and ${them} may be ${name}’s.`
    : `${country} has ${c.unnamed} more ${partnershipNoun(c.unnamed)} whose region or city the report does not name (drawn from ${country}’s anchor); ${them} may also be ${name}’s.`;
}

// ── How the totals add up ────────────────────────────────────────────────────
export const TOTALS_HEADING = 'How the totals add up';
/** One line per step of the sum, from the records: the Overview shows them as a short list. */
export function totalsSteps(t: { periodTables: number; table9Only: number; drawn: number; unattributed: number; table9: number; namedOnly: number }, textSays: string | null): string[] {
  return [
    `${t.periodTables} in the period tables (Tables 4–8)`,
    `+ ${t.table9Only} counted only in the province ranking (Table 9), with no period = ${t.drawn} drawn under “All”`,
    `+ ${t.unattributed} Table 9 counts that cannot be tied to an EU country = ${t.table9}, Table 9’s sum`,
    ...(textSays ? [`The report’s text says ${textSays}.`] : []),
    ...(t.namedOnly ? [`${t.namedOnly} more are named in the text but counted by no table: they appear in their places’ panels, never on the map.`] : []),
  ];
}

/**
 * A province whose ranking (Table 9) holds partnerships no EU country can be given for: why its panel
 * lists fewer. 'Table 9 ranks Shandong with 16: the 15 counted here, plus 1 it cannot tie to an EU country.'
 */
export const rankingDiffers = (name: string, ranked: number, counted: number, unattributed: number) =>
  `Table 9 ranks ${name} with ${ranked}: the ${counted} counted here, plus ${unattributed} it cannot tie to an EU country (not drawn on the map).`;
