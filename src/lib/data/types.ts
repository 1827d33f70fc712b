/**
 * The shape of public/data/bundle.json: the one dataset the app loads. Written
 * by scripts/data (from seeds/), read by src/lib/data. Field-by-field
 * documentation is in README.md ("The data bundle") and bundle.schema.json.
 */

/** The report's five periods, in order, with the table that counts each. */
export const PERIODS = [
  { id: '1982-1989', start: 1982, end: 1989, table: 4 },
  { id: '1991-1999', start: 1991, end: 1999, table: 5 },
  { id: '2000-2007', start: 2000, end: 2007, table: 6 },
  { id: '2010-2012', start: 2010, end: 2012, table: 7 },
  { id: '2014-2017', start: 2014, end: 2017, table: 8 },
] as const;
/**
 * A step of the data: one of the report's periods, or a reader's own (issue 18: a decade, a single year).
 * Its id names its years, 'start-end' or, for one year, 'start' (own/groups.ts), so that a label or an end
 * year is read from the id alone (words/core.ts periodLabel).
 */
export interface PeriodDef {
  id: string;
  start: number;
  end: number;
  /** The report's table (4–8) that counts the period; null for a reader's periods. */
  table: number | null;
}
export type PeriodId = string;
/** The report's period ids. The periods of the data shown are its bundle's `periods`. */
export const PERIOD_IDS: readonly PeriodId[] = PERIODS.map((p) => p.id);
/** A period, or every partnership at once. */
export type PeriodSelection = PeriodId | 'all';
/** How a period is shown: what is new in it (what its table counts), or everything up to its end. */
export const MODES = ['new', 'cumulative'] as const;
export type PeriodMode = (typeof MODES)[number];

/** The six EU countries of the report, in the column order of its Tables 4–8 (ISO 3166-1 alpha-2). */
export const EU_COUNTRIES = ['FR', 'ES', 'DE', 'PL', 'GB', 'IT'] as const;
/**
 * A European country of the data shown (ISO 3166-1 alpha-2): one of the report's six, or any European country
 * of a reader's list. The columns of the data are its bundle's surveyed countries, in order (selectors.ts euColumns).
 */
export type EuCountry = string;

export const STATUSES = ['active', 'not-active', 'ended', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const READINGS = ['printed', 'inferred', 'unrecoverable', 'missing'] as const;
export type Reading = (typeof READINGS)[number];

export const COUNTED = ['period-table', 'table-9', 'none'] as const;
export type Counted = (typeof COUNTED)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const PLACE_KINDS = ['eu-region', 'eu-city', 'cn-province', 'cn-city', 'cn-district', 'cn-new-area'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A citation: which source document, and where in it. */
export interface SourceRef {
  /** Source file name in shared/seeds, e.g. `003_458e3c3747cef798.txt`. */
  file: string;
  /** Table or section, e.g. `Table 4`, `1.2.3`, `2.9 Table 12`; empty for a whole short document. */
  ref: string;
}

export interface SourceDoc {
  /** Short id used in seeds, e.g. `003`. */
  id: string;
  /** The converted document in shared/seeds: for the tooling only, never shown or exported. */
  file: string;
  /** The document's own title, as it prints it. */
  title: string;
  /** How a citation names it on screen: author–year where the authors are confirmed, else a short title and year. */
  label: string;
  /** The full reference, from the document and, where the seed notes say so, a public catalogue record. */
  reference: string;
  /** Where the document can be found (a catalogue record or the page itself), or null. */
  address: string | null;
}

export interface Country {
  /** ISO 3166-1 alpha-2. */
  id: string;
  name: string;
  /** Anchor for partnerships whose European region the report does not name: [lon, lat]. */
  anchor: [number, number];
  /** True for the six countries the report surveys. */
  surveyed: boolean;
  /** Set in the reader's language only (data/language.ts): the English name, when `name` is another language's. */
  nameEn?: string;
  /** Set in the reader's language only: the language of `name` when it is not the page's ('en'), for its `lang`. */
  nameLang?: string;
}

export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 (CN for Chinese places). */
  country: string;
  /** ISO 3166-2:CN of a Chinese place (its own id for a province). Null for European places. */
  province: string | null;
  localName: string | null;
  /** Chinese characters, for Chinese places. */
  zh: string | null;
  /** Spelling variants used in the sources. */
  aliases: string[];
  /** Point (city) or label/arc anchor (region, province): [lon, lat]. */
  coord: [number, number];
  /** True when public/geo has a polygon with this id. */
  hasGeometry: boolean;
  sources: SourceRef[];
  /** Set in the reader's language only (data/language.ts): the English name, when `name` is another language's. */
  nameEn?: string;
  /** Set in the reader's language only: the language of `name` when it is not the page's ('en'), for its `lang`. */
  nameLang?: string;
}

export interface Partnership {
  id: string;
  euCountry: EuCountry;
  /** Place id of the European region or city; null where the report does not say. */
  euUnit: string | null;
  /** Place id of the Chinese partner (province or city). */
  cnUnit: string | null;
  /** ISO 3166-2:CN of the Chinese partner's province. */
  cnProvince: string | null;
  /** The Chinese partner as printed in the period table (row label), if it is in one. */
  cnPrinted: string | null;
  period: PeriodId | null;
  /** The report table (4–8) that counts it, or null. */
  table: number | null;
  /**
   * How the report counts it: `period-table` (one of Tables 4–8, hence also Table 9),
   * `table-9` (only in the province ranking, no period), `none` (named in the text but
   * counted by no table; listed in place panels, never drawn or counted).
   */
  counted: Counted;
  startYear: number | null;
  status: Status;
  agreement: string | null;
  renewals: string | null;
  /** How sure the reconstruction of this record is. */
  confidence: Confidence;
  note: string | null;
  sources: SourceRef[];
  /** A reader's own list (issue 18): what its `source` cell says, shown as plain text. Absent in the report's data. */
  ownSource?: string | null;
}

/** Partnerships Table 9 counts for a province that cannot be tied to any EU country. Never drawn. */
export interface UnattributedCount {
  cnProvince: string;
  count: number;
  note: string;
  sources: SourceRef[];
}

/** One cell of a table as printed in the report. */
export interface PrintedCell {
  table: number;
  row: string;
  column: string;
  /** Null where the converted text lost the cell (the note says so). */
  value: number | null;
  /**
   * How the cell was recovered from the scrambled text: `printed` (read as it
   * stands), `inferred` (value printed, its column or row decided from the running
   * text, case tables or totals), `unrecoverable` (value printed, column chosen only
   * so that totals hold), `missing` (lost in the conversion).
   */
  reading: Reading;
  note: string | null;
}

export interface Statement {
  id: string;
  subject: string;
  figure: string;
  value: string;
  paraphrase: string;
  sources: SourceRef[];
}

export interface Contradiction {
  id: string;
  about: string;
  valueA: string;
  sourceA: SourceRef[];
  valueB: string;
  sourceB: SourceRef[];
  /** Ids of the statements (Statement.id) this contradiction concerns. */
  statements: string[];
  explanation: string;
}

export interface CaseTableRow {
  table: number;
  euUnit: string;
  partnerPrinted: string;
  cnUnit: string;
  cnProvince: string | null;
  year: string;
  agreement: string;
  status: string;
  /** The partnership record this row corresponds to. */
  partnershipId: string;
  extra: string | null;
  sources: SourceRef[];
}

export interface CaseStudy {
  placeId: string;
  section: string;
  title: string;
  summary: string;
  sources: SourceRef[];
}

export interface IurcProfile {
  placeId: string;
  side: 'EU' | 'CN';
  programme: string;
  namePrinted: string;
  population: number | null;
  populationNote: string | null;
  areaKm2: number | null;
  areaNote: string | null;
  thematicClusters: string[];
  preferredAreas: string[];
  goodPractices: string[];
  summary: string;
  sources: SourceRef[];
}

export const LINK_KINDS = ['pairing', 'visit', 'twinning', 'workshop', 'cooperation'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface ProgrammeLink {
  id: string;
  kind: LinkKind;
  a: string;
  b: string;
  year: number | null;
  programme: string | null;
  description: string;
  sources: SourceRef[];
}

/** How to cite the atlas itself (from CITATION.cff, by `npm run data`). */
export interface AtlasCitation {
  title: string;
  version: string;
  /** When this version of the data was released (YYYY-MM-DD). */
  date: string;
}

/** The languages other than English whose place names the bundle carries (seeds/names/names.csv). */
export const NAME_LANGS = ['zh-Hans', 'pl'] as const;
export type NameLang = (typeof NAME_LANGS)[number];

/**
 * Place names in the reader's language, from seeds/names/names.csv (sourced there,
 * row by row): language → id → name, ids sorted. An id is a place id (`Place.id`),
 * a geo unit id (the polygons of public/geo, seeds/geo/units.csv, also those without
 * a place) or a country id (`Country.id`). A missing id means no name in that language
 * was confirmed, or the language uses the English/local form: the app falls back to
 * the English/local name.
 */
export type PlaceNames = Record<NameLang, Record<string, string>>;

export interface Bundle {
  version: 1;
  /** The atlas's own citation; absent only in hand-made test bundles and a reader's own data. */
  atlas?: AtlasCitation;
  /** A reader's own data (issue 18, own/bundle.ts): the name of their file. Absent for the report's data. */
  ownFile?: string;
  sources: SourceDoc[];
  /** The data's periods, in time order: the report's five, or a reader's grouping of their years. */
  periods: PeriodDef[];
  countries: Country[];
  places: Place[];
  partnerships: Partnership[];
  unattributed: UnattributedCount[];
  printedCells: PrintedCell[];
  statements: Statement[];
  contradictions: Contradiction[];
  caseTables: CaseTableRow[];
  caseStudies: CaseStudy[];
  iurc: { profiles: IurcProfile[]; links: ProgrammeLink[] };
  story: StoryStep[];
  /** Place, unit and country names in Chinese and Polish; a missing id falls back to the English/local name. */
  names: PlaceNames;
}

export interface StoryStep {
  id: string;
  /** The view this step shows, as the URL query the app writes (e.g. "period=1982-1989"). */
  view: string;
  title: string;
  caption: string;
  sources: SourceRef[];
  /** The title and caption in Chinese and Polish (seeds/report/story.i18n.csv), written for each language. */
  translations: Record<NameLang, { title: string; caption: string }>;
}
