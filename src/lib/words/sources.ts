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
