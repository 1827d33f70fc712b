/**
 * Words of the side panels (src/lib/panels): the tabs, the place panel, the period
 * table, the overview, the growth chart and the list of partnerships. Statuses,
 * periods, modes, kinds and country names come from core.ts; numbers and names
 * are arguments. The words themselves are messages (messages/panels/*.json).
 */
import type { Confidence, LinkKind, PeriodMode, PeriodSelection, Reading, Status } from '../data/types.ts';
import * as m from '../i18n/generated/m/panels.js';
import { MODE_WORD, periodLabel, STATUS_WORD } from './core.ts';
import { plainList } from './lists.ts';

// ── The side panel and its tabs ──────────────────────────────────────────────
export const SIDE_LABEL = m.panels_side_label();
/** A citation's button: what it opens. */
export const openReference = (label: string) => m.panels_open_reference({ label });
export const TABS_LABEL = m.panels_tabs_label();
export const TAB_PLACE = m.panels_tab_place();
export const TAB_PERIOD = m.panels_tab_period();
/** The list tab names how many rows it holds: 'List (27)'. */
export const tabList = (n: number) => m.panels_tab_list({ count: n });
export const TAB_OVERVIEW = m.panels_tab_overview();
export const LOADING_OVERVIEW = m.panels_loading_overview();

/** What the list shows, for its caption: 'all periods', '1982–1989, new in the period'. */
export function viewCaption(period: PeriodSelection, mode: PeriodMode): string {
  return period === 'all' ? m.panels_view_caption_all() : m.panels_view_caption({ period: periodLabel(period), mode: MODE_WORD[mode] });
}

// ── The place panel ──────────────────────────────────────────────────────────
export const PLACE_CLOSE = m.panels_place_close();
export const NO_SUCH_PLACE = m.panels_no_such_place();
export const noSuchPlace = (id: string) => m.panels_no_such_place_text({ id });
/** Between a city's kind and its province: 'city in Shandong, China'. */
export const IN_PROVINCE = m.panels_in();
export const partnershipsHeading = (n: number) => m.panels_partnerships_heading({ count: n });
export const noPartnerships = (name: string) => m.panels_no_partnerships({ name });
/** A province's partnerships with the province itself. */
export const groupSelf = (province: string) => m.panels_group_self({ province });
/** A province's partnerships through its cities and districts. */
export const groupCities = (province: string) => m.panels_group_cities({ province });
/** The list of a place's partnerships when they are not grouped. */
export const placeRecordsLabel = (name: string) => m.panels_place_records_label({ name });
/** A heading with a count: 'With Shandong itself (5)'. */
export const withCount = (title: string, n: number) => m.panels_with_count({ title, count: n });
export const NONE = m.panels_none();
/** Between a Chinese city and its European partner, in a province's list. */
export const WITH = m.panels_with();
export const NO_PERIOD = m.panels_no_period();
export const startedIn = (year: number) => m.panels_started_in({ year: String(year) });
export const NO_START_YEAR = m.panels_no_start_year();
/** A record's status: 'status: active', or 'status not stated'. */
export const statusFact = (s: Status) => (s === 'unknown' ? STATUS_WORD[s] : m.panels_status_fact({ status: STATUS_WORD[s] }));
/**
 * A record's agreement in words. The data's bare 'agreement' (an agreement exists) reads 'with an agreement',
 * 'agreement 2016' 'with an agreement (2016)'; anything longer is quoted after 'agreement:' (never 'agreement: agreement').
 */
export function agreementFact(a: string): string {
  const match = /^(official )?agreement(?: (\d{4}))?$/.exec(a.trim());
  if (!match) return m.panels_agreement_text({ text: a });
  const [, official, year] = match;
  if (official) return year ? m.panels_agreement_official_year({ year }) : m.panels_agreement_official();
  return year ? m.panels_agreement_year({ year }) : m.panels_agreement();
}
export const renewalsFact = (r: string) => m.panels_renewals({ renewals: r });
export const COUNTED_NONE = m.panels_counted_none();
export const COUNTED_TABLE_9 = m.panels_counted_table_9();
export function readingConfidence(c: Confidence): string {
  return c === 'high' ? m.panels_confidence_high() : c === 'medium' ? m.panels_confidence_medium() : m.panels_confidence_low();
}
export const HOW_READ = m.panels_how_read();
export const NO_NOTE = m.panels_no_note();
/** Before a list of citations. */
export const sourcesLead = (n: number) => (n > 1 ? m.panels_sources_lead() : m.panels_source_lead());
export const caseStudyHeading = (section: string, title: string) => m.panels_case_study_heading({ section, title });
export const iurcHeading = (programme: string) => m.panels_iurc_heading({ programme });
export const printedAs = (name: string) => m.panels_printed_as({ name });
export const POPULATION = m.panels_population();
export const AREA = m.panels_area();
export const NOT_GIVEN = m.panels_not_given();
export const areaKm2 = (formatted: string) => m.panels_area_km2({ area: formatted });
export const THEMATIC_CLUSTERS = m.panels_thematic_clusters();
export const PREFERRED_AREAS = m.panels_preferred_areas();
export const GOOD_PRACTICES = m.panels_good_practices();
export const programmeLinksHeading = (n: number) => m.panels_programme_links_heading({ count: n });

/** A programme link's kind as the data names it, in a sentence. */
export const LINK_KIND_WORD: Record<LinkKind, string> = {
  pairing: m.panels_link_kind_pairing(),
  visit: m.panels_link_kind_visit(),
  twinning: m.panels_link_kind_twinning(),
  workshop: m.panels_link_kind_workshop(),
  cooperation: m.panels_link_kind_cooperation(),
};

/** Before the other end of a programme link: 'visit to', 'visit from', 'pairing with'. */
export function linkLead(kind: LinkKind, outgoing: boolean): string {
  switch (kind) {
    case 'visit':
      return outgoing ? m.panels_link_visit_to() : m.panels_link_visit_from();
    case 'pairing':
      return m.panels_link_pairing_with();
    case 'twinning':
      return m.panels_link_twinning_with();
    case 'workshop':
      return m.panels_link_workshop_with();
    case 'cooperation':
      return m.panels_link_cooperation_with();
  }
}

// ── The period table ────────────────────────────────────────────────────────
export const periodPanelLabel = (table: number, period: PeriodSelection) => m.panels_period_panel_label({ table: String(table), period: periodLabel(period) });
export function periodTableCaption(table: number, period: PeriodSelection): string {
  return m.panels_period_table_caption({ table: String(table), period: periodLabel(period) });
}
/** The first and last of the tables added up, as the caption writes them. */
const tableRange = (tables: readonly number[]) => ({ first: String(tables[0]), last: String(tables.at(-1)) });
/** Cumulative mode: the tables added up ('Tables 4–6, up to the end of 2000–2007'). */
export const cumulativePanelLabel = (tables: readonly number[], period: PeriodSelection) =>
  m.panels_cumulative_panel_label({ ...tableRange(tables), period: periodLabel(period) });
export function cumulativeTableCaption(tables: readonly number[], period: PeriodSelection): string {
  return m.panels_cumulative_table_caption({ ...tableRange(tables), period: periodLabel(period) });
}
/** A reader's own period (issue 18): no report table, counted from their rows; new in the period, or up to its end. */
export const ownPanelLabel = (period: PeriodSelection, cumulative: boolean) =>
  cumulative ? m.panels_own_cumulative_panel_label({ period: periodLabel(period) }) : m.panels_own_panel_label({ period: periodLabel(period) });
export const ownTableCaption = (period: PeriodSelection, cumulative: boolean) =>
  cumulative ? m.panels_own_cumulative_table_caption({ period: periodLabel(period) }) : m.panels_own_table_caption({ period: periodLabel(period) });
export const CHINESE_PARTNER = m.panels_chinese_partner();
export const TOTAL = m.panels_total();
/** The total the report prints, beside the computed one. */
export const printedTotal = (n: number | null) => (n === null ? m.panels_printed_total_missing() : m.panels_printed_total({ count: n }));
/** Readings of a printed cell that get a marker: a short form for screen readers, and the footnote. */
export const READING_FLAG: Partial<Record<Reading, { short: string; note: string }>> = {
  unrecoverable: {
    short: m.panels_flag_unrecoverable_short(),
    note: m.panels_flag_unrecoverable_note(),
  },
  missing: {
    short: m.panels_flag_missing_short(),
    note: m.panels_flag_missing_note(),
  },
};
export const CONTRADICTIONS_HEADING = m.panels_contradictions_heading();
export const VERSUS = m.panels_versus();

// ── The overview ─────────────────────────────────────────────────────────────
export const OVERVIEW_HEADING = TAB_OVERVIEW;
export const COUNTED_HEADING = m.panels_counted_heading();
export const BY_COUNTRY = m.panels_by_country();
export const COUNTRY = m.panels_country();
export const PARTNERSHIPS = m.panels_partnerships();
export const BY_STATUS = m.panels_by_status();
export const STATUS = m.panels_status();
export const SHARE = m.panels_share();
/** A whole percentage, or a dash when there is no base. */
export const percent = (p: number | null) => (p === null ? '–' : `${p}%`);
export const REPORT_SAYS = m.panels_report_says();
/** The report's own figure, as printed ('146'): its number, when it is one, chooses the plural form. */
export const reportTotal = (value: string) => m.panels_report_total({ value, count: Number(value) });
export const reportActive = (value: string) => m.panels_report_active({ value });
export function statusNote(stated: number, total: number, active: number, ofAll: number | null, ofStated: number | null, own = false): string {
  const args = { stated, total, active, shareAll: percent(ofAll), shareStated: percent(ofStated) };
  // A reader's own data (issue 18): the status is their rows', not the report's.
  return own ? m.panels_own_status_note(args) : m.panels_status_note(args);
}
export const unattributedNote = (n: number) => m.panels_unattributed_note({ count: n });
export const RANKING_HEADING = m.panels_ranking_heading();
export const RANKING_CAPTION = m.panels_ranking_caption();
export const PROVINCE = m.panels_province();
export const unattributedCount = (n: number) => m.panels_unattributed_count({ count: n });
export const SUM = m.panels_sum();
export const rankingSum = (n: number) => m.panels_ranking_sum({ count: n });
export const reportGives = (value: string) => m.panels_report_gives({ value });
export const GROWTH_HEADING = m.panels_growth_heading();

// ── The growth chart ─────────────────────────────────────────────────────────
/** The chart's accessible summary, from 'period total' parts (English keeps its plain commas; other languages list them their way). */
export const growthSummary = (parts: string[]) =>
  m.panels_growth_summary({ parts: plainList(parts) });
export const growthPart = (period: PeriodSelection, total: number) => m.panels_growth_part({ period: periodLabel(period), count: total });
export const growthBar = (country: string, period: PeriodSelection, n: number) => m.panels_growth_bar({ country, period: periodLabel(period), count: n });
export const GROWTH_CAPTION = m.panels_growth_caption();
export const PERIOD = m.panels_period();

// ── The list of partnerships ─────────────────────────────────────────────────
export const COLUMN_EU_COUNTRY = m.panels_column_eu_country();
export const COLUMN_EU_PARTNER = m.panels_column_eu_partner();
export const COLUMN_CN_PARTNER = CHINESE_PARTNER;
export const COLUMN_PROVINCE = PROVINCE;
/** Under a Chinese city in the List: its province ('in Sichuan'). */
export const inProvince = (province: string) => m.panels_in_province({ province });
export const COLUMN_PERIOD = PERIOD;
export const COLUMN_SINCE = m.panels_column_since();
export const COLUMN_STATUS = STATUS;
export function partnershipTableCaption(n: number, view: string): string {
  return m.panels_table_caption({ count: n, view });
}

// ── Tabs with nothing to show yet (never disabled without a reason) ─────────
export const NO_PLACE_HEADING = m.panels_no_place_heading();
export const NO_PLACE_TEXT = m.panels_no_place_text();
export const CHOOSE_PERIOD_HEADING = TAB_PERIOD;
export const CHOOSE_PERIOD_TEXT = m.panels_choose_period_text();
/** A period button in the Period table's chooser: '1982–1989 (Table 4)'. */
/** A period's button: with the report's table that counts it, or (a reader's own period) its years alone. */
export const periodTableButton = (label: string, table: number | null) => (table === null ? label : m.panels_period_table_button({ label, table: String(table) }));
export const PERIOD_CHOICES_LABEL = m.panels_period_choices_label();

// ── What the Overview covers ─────────────────────────────────────────────────
/** Under the Overview's heading: it does not follow the period or the filters, and says so. */
export const OVERVIEW_SCOPE = m.panels_overview_scope();
/** The Overview of a reader's own data (issue 18): their list, not the report's tables. */
export const OWN_OVERVIEW = {
  scope: m.panels_own_overview_scope(),
  counted: m.panels_own_counted_heading(),
  rankingCaption: m.panels_own_ranking_caption(),
  growth: m.panels_own_growth_heading(),
  noPeriod: m.panels_own_no_period(),
};
/** …and what the map shows beside it when the view is narrower: 'The map shows 27 of them now (1982–1989, new in the period).' */
export const overviewScopeView = (n: number, view: string) => m.panels_overview_scope_view({ count: n, view });

// ── The embed's head ─────────────────────────────────────────────────────────
/** An embed that opens on a chosen place names it and its kind (its kind, as in a tooltip): 'Selected: Łódzkie (region)'. */
export const embedSelection = (name: string, kind: string) => m.panels_embed_selection({ name, kind });

// ── What the report leaves open about a European place's country ────────────
/**
 * Beside a European place's partnerships, when its country has partnerships with no named region:
 * with none of its own, 'It names the region or city for only 2 of Germany's 23 partnerships; the other
 * 21 start at Germany's anchor, and any of them may be Bavaria's.'; with some, the same for the rest.
 * One whole sentence per case (none of its own or some; one unnamed partnership or more).
 */
export function unnamedInCountry(name: string, country: string, c: { total: number; named: number; unnamed: number }, own: number): string {
  if (own === 0) {
    return c.unnamed === 1
      ? m.panels_unnamed_none_one({ name, country, named: c.named, total: c.total })
      : m.panels_unnamed_none({ name, country, named: c.named, total: c.total, unnamed: c.unnamed });
  }
  return c.unnamed === 1 ? m.panels_unnamed_more_one({ name, country }) : m.panels_unnamed_more({ name, country, unnamed: c.unnamed });
}

// ── How the totals add up ────────────────────────────────────────────────────
export const TOTALS_HEADING = m.panels_totals_heading();
/** One line per step of the sum, from the records: the Overview shows them as a short list. */
export function totalsSteps(t: { periodTables: number; table9Only: number; drawn: number; unattributed: number; table9: number; namedOnly: number }, textSays: string | null): string[] {
  return [
    m.panels_totals_tables({ count: t.periodTables }),
    m.panels_totals_table9_only({ count: t.table9Only, drawn: t.drawn }),
    m.panels_totals_unattributed({ count: t.unattributed, table9: t.table9 }),
    ...(textSays ? [m.panels_totals_text_says({ value: textSays })] : []),
    ...(t.namedOnly ? [m.panels_totals_named_only({ count: t.namedOnly })] : []),
  ];
}

/**
 * A province whose ranking (Table 9) holds partnerships no EU country can be given for: why its panel
 * lists fewer. 'Table 9 ranks Shandong with 16: the 15 counted here, plus 1 it cannot tie to an EU country.'
 */
export const rankingDiffers = (name: string, ranked: number, counted: number, unattributed: number) =>
  m.panels_ranking_differs({ name, ranked, counted, unattributed });
