/**
 * Words of the Sources dialog and the citations (src/lib/sources). The references
 * themselves come from the data (seeds/sources.csv).
 */
export const SOURCES_BUTTON = 'Sources';
export const SOURCES_TITLE = 'Sources';
export const SOURCES_INTRO =
  'Every figure and record in this atlas cites one of these five documents. Citations elsewhere name a document by the short form in bold; its full reference follows.';
/** A citation's button: what it opens. */
export const openReference = (label: string) => `${label}: full reference`;
export const ADDRESS = 'Where to find it';
export const NO_ADDRESS = 'No address: the document prints no publisher or place.';
export const CITED_BY = 'Cited by';
/** One line of what cites a document: '143 partnership records'. */
export const USE_NOUNS: Record<string, [string, string]> = {
  partnerships: ['partnership record', 'partnership records'],
  places: ['place', 'places'],
  statements: ['figure the report states', 'figures the report states'],
  contradictions: ['contradiction', 'contradictions'],
  caseStudies: ['case study', 'case studies'],
  profiles: ['IURC profile', 'IURC profiles'],
  links: ['programme link', 'programme links'],
  story: ['presentation step', 'presentation steps'],
};
export const useLine = (kind: string, n: number) => `${n} ${USE_NOUNS[kind][n === 1 ? 0 : 1]}`;
export const CITED_BY_NOTHING = 'Nothing yet.';
export const CLOSE_SOURCES = 'Close sources';
/** A partnership in the Sources list: 'Bavaria → Shandong, since 1987'. */
export const partnershipLine = (eu: string, cn: string, when: string) => `${eu} → ${cn}, ${when}`;
export const CITE_ATLAS_HEADING = 'Cite this atlas';
/** 'EU–China Partnership Atlas, version 0.1.0, data of 28 November 2026. Drawn from Kamiński, … (2019) and …' */
export function citeAtlas(c: { title: string; version: string; date: string }, drawnFrom: readonly string[]): string {
  const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${c.date}T00:00:00Z`));
  const from = drawnFrom.length > 1 ? `${drawnFrom.slice(0, -1).join(', ')} and ${drawnFrom.at(-1)}` : (drawnFrom[0] ?? '');
  return `${c.title}, version ${c.version}, data of ${date}.${from ? ` Drawn from ${from}.` : ''}`;
}

// ── About this atlas (in the Sources dialog) ─────────────────────────────────
export const ABOUT_TITLE = 'About this atlas and its sources';
export const ABOUT_HEADING = 'About this atlas';
export const ABOUT_WHAT =
  'The atlas maps the partnerships that regions and cities of six EU countries hold with Chinese provinces and cities, as the 2019 report counts them, with the IURC programme’s pilot cities and visits as an extra layer.';
export const SURVEY_HEADING = 'What was surveyed, and when';
export const SURVEY_TABLE_CAPTION = 'Regions covered, per country (the report’s Table 3)';
export const SURVEY_COLUMNS = ['Country', 'Answered the survey', 'From other sources', 'Covered', 'Regions in the country'] as const;
export const PERIODS_HEADING = 'What the periods mean';
/** The periods and the years none of them covers ('1990, 2008–2009 and 2013'). */
export function periodsText(periods: readonly string[], gaps: readonly string[]): string {
  const list = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : (xs[0] ?? ''));
  return `The report counts new partnerships in one table per period: ${list(periods)}. No table covers ${list(gaps)}, so the map has no period for those years; a partnership that began then is counted only by the province ranking (Table 9) or named in the text, and the atlas says so where it lists it. “New in period” shows what a period’s table counts; “Cumulative” adds every earlier period.`;
}
export const DISAGREEMENTS_HEADING = 'Where the report disagrees with itself';
export const DISAGREEMENTS_INTRO = 'The atlas keeps both figures wherever the report gives two, and says which one the map follows.';
export const VERSUS_SHORT = 'against';
/** A disagreement's way to the table it concerns. */
export const showTable = (period: string) => `Show ${period}`;
export const GLOSSARY_HEADING = 'Words used here';
export const GLOSSARY: readonly { term: string; meaning: string }[] = [
  {
    term: 'Confidence',
    meaning:
      'How sure the atlas is of a record. High: the report names it. Medium: read from a table with the help of the text. Low: the table’s columns are lost in our copy of the report, so the record is placed only so that the printed totals hold.',
  },
  {
    term: 'Counted',
    meaning: 'Which table of the report counts a partnership: a period table (4–8), only the province ranking (Table 9), or none (named in the text only; listed in place panels, never drawn).',
  },
  { term: 'Country anchor', meaning: 'The point an arc starts from when the report gives the country but not the region or city.' },
  { term: 'Unattributed', meaning: 'Partnerships the province ranking (Table 9) counts that cannot be tied to any EU country; counted in totals, never drawn.' },
];
