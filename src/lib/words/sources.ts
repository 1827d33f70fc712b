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
