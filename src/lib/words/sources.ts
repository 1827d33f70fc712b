/**
 * Words of the Sources dialog and the citations (src/lib/sources). The references
 * themselves come from the data (seeds/sources.csv) and stay as printed: titles,
 * authors and publishers are facts, not interface words.
 */
import * as m from '../i18n/generated/m/sources.js';
import { MODE_LABEL } from './core.ts';
import { andList } from './lists.ts';

export const SOURCES_TITLE = m.sources_title();
export const SOURCES_INTRO = m.sources_intro();
export const ADDRESS = m.sources_address();
export const NO_ADDRESS = m.sources_no_address();
export const CITED_BY = m.sources_cited_by();
/** One line of what cites a document, a whole phrase per kind (the noun agrees with the count): '143 partnership records'. */
const USE_LINE: Record<string, (count: number) => string> = {
  partnerships: (count) => m.sources_use_partnerships({ count }),
  places: (count) => m.sources_use_places({ count }),
  statements: (count) => m.sources_use_statements({ count }),
  contradictions: (count) => m.sources_use_contradictions({ count }),
  caseStudies: (count) => m.sources_use_case_studies({ count }),
  profiles: (count) => m.sources_use_profiles({ count }),
  links: (count) => m.sources_use_links({ count }),
  story: (count) => m.sources_use_story({ count }),
};
export const useLine = (kind: string, n: number) => USE_LINE[kind](n);
export const CITED_BY_NOTHING = m.sources_cited_by_nothing();
export const CLOSE_SOURCES = m.sources_close();
/** A partnership in the Sources list: 'Bavaria → Shandong, since 1987'. */
export const partnershipLine = (eu: string, cn: string, when: string) => m.sources_partnership_line({ eu, cn, when });
export const CITE_ATLAS_HEADING = m.sources_cite_atlas_heading();

// ── About this atlas (in the Sources dialog) ─────────────────────────────────
export const ABOUT_TITLE = m.sources_about_title();
export const ABOUT_HEADING = m.sources_about_heading();
export const ABOUT_WHAT = m.sources_about_what();
export const SURVEY_HEADING = m.sources_survey_heading();
export const SURVEY_TABLE_CAPTION = m.sources_survey_table_caption();
export const SURVEY_COLUMNS = [
  m.sources_survey_column_country(),
  m.sources_survey_column_answered(),
  m.sources_survey_column_other_sources(),
  m.sources_survey_column_covered(),
  m.sources_survey_column_regions(),
] as const;
export const PERIODS_HEADING = m.sources_periods_heading();
/** The periods and the years none of them covers ('1990, 2008–2009 and 2013'); the modes named as the period control names them. */
export function periodsText(periods: readonly string[], gaps: readonly string[]): string {
  return m.sources_periods_text({ periods: andList(periods), gaps: andList(gaps), newLabel: MODE_LABEL.new, cumulativeLabel: MODE_LABEL.cumulative });
}
export const DISAGREEMENTS_HEADING = m.sources_disagreements_heading();
export const DISAGREEMENTS_INTRO = m.sources_disagreements_intro();
export const VERSUS_SHORT = m.sources_versus();
/** A disagreement's way to the table it concerns. */
export const showTable = (period: string) => m.sources_show_table({ period });
export const GLOSSARY_HEADING = m.sources_glossary_heading();
export const GLOSSARY: readonly { term: string; meaning: string }[] = [
  { term: m.sources_glossary_confidence_term(), meaning: m.sources_glossary_confidence_meaning() },
  { term: m.sources_glossary_counted_term(), meaning: m.sources_glossary_counted_meaning() },
  { term: m.sources_glossary_anchor_term(), meaning: m.sources_glossary_anchor_meaning() },
  { term: m.sources_glossary_unattributed_term(), meaning: m.sources_glossary_unattributed_meaning() },
];
