/**
 * Every seed validation rule, one bad row each: `npm run data` must stop with
 * `file:line: reason` naming the seed file as the build prints it, the line of
 * the bad row and the rule's reason.
 *
 * A rule is a call site that turns a bad seed into an error: `fail('…')`,
 * `row.fail(`…`)`, `new SeedError(…, '…')` or `new Error('…')` in the data
 * build's sources (scripts/data/*.ts and scripts/lib/csv.ts). The last test
 * reads those sources, finds every such call site and checks that exactly one
 * case below throws from it (found from the error's stack), so a new rule
 * without a case here — or a case that no longer reaches its rule — fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { assembleBundle, SEED_FILES, type SeedKey, type SeedTexts } from './assemble.ts';
import { readSeedTexts } from './build.ts';
import { anchors, seeds } from './testing.ts';
import { csvCell, SeedError } from '../lib/csv.ts';

const root = path.resolve(import.meta.dirname, '../..');

// ---------------------------------------------------------------------------
// The minimal, valid seed set (./testing.ts), and a valid extra row for every
// file, so that each case appends or edits exactly one bad row.

/** A valid row that can be appended to each file (all columns, in header order). */
const EXTRA: Record<SeedKey, Record<string, string>> = {
  sources: { id: '004', file: '004_notes.txt', title: 'Notes', label: 'Notes (2018)', reference: 'Notes. 2018.', address: 'https://example.org/notes' },
  countries: { id: 'NL', name: 'Netherlands', anchor_lon: '5', anchor_lat: '52', surveyed: 'no' },
  places: { id: 'gb.york', kind: 'eu-city', country: 'GB', name: 'York', local_name: '', zh: '', province: '', aliases: '', lat: '53.96', lon: '-1.08', sources: '003#1.2.5' },
  partnerships: {
    id: 't4-gb-jinan-2', table: '4', period: '1982-1989', eu_country: 'GB', eu_unit: 'gb.leeds', cn_partner_printed: 'Jinan', cn_unit: 'cn.jinan', cn_province: 'CN-SD',
    start_year: '1988', status: 'active', agreement: '', renewals: '', confidence: 'high', note: '', sources: '003#Table 4', counted: 'period-table',
  },
  unattributed: { cn_province: 'CN-SD', count: '2', note: 'only in Table 9', sources: '003#Table 9' },
  printed: { table: '5', row: 'Shandong', column: 'Germany', value: '1', reading: 'printed', note: '' },
  caseTables: {
    table: '12', eu_unit: 'DE2', partner_printed: 'Shandong', cn_unit: 'CN-SD', cn_province: 'CN-SD', year: '1987', agreement: 'yes', status: 'active',
    partnership_id: 't4-de-sd-1', extra: '', sources: '003#Table 12',
  },
  statements: { id: 't9', subject: 'Table 9', figure: 'partnerships', value: '147', sources: '003#Table 9', paraphrase: 'Table 9 sums to 147.' },
  contradictions: { id: 'c2', about: 'total', value_a: '146', source_a: '003#1.2', value_b: '147', source_b: '003#Table 9', statements: 'total', explanation: 'Sums differ.' },
  caseStudies: { place_id: 'gb.leeds', section: '2.5', title: 'Leeds', summary: 'Short.', sources: '003#2.5' },
  profiles: {
    place_id: 'DE2', side: 'EU', programme: 'IURC 2021-2023', name_printed: 'Bavaria', population: '13000000', population_note: '', area_km2: '70550', area_note: '',
    thematic_clusters: '', preferred_areas: '', good_practices: '', summary: 'A region.', sources: '002#Bavaria',
  },
  links: { id: 'l2', kind: 'twinning', a: 'DE2', b: 'CN-SD', year: '1987', programme: '', description: 'A twinning.', sources: '003#Table 4' },
  story: { id: 'p2', view: 'period=1991-1999', title: 'The 1990s', caption: 'More partners.', sources: '003#Table 5' },
  units: { id: 'DE3', name: 'Berlin', local_name: 'Berlin', country: 'DE', level: 'NUTS1' },
  names: { id: 'DE2', lang: 'pl', name: 'Bawaria', source: 'https://example.org/bawaria', note: '' },
  storyText: { id: 'p2', lang: 'pl', title: 'Lata 90.', caption: 'Więcej partnerów.' },
};
/**
 * What other files need for an extra row to be valid alone: a new story step has its texts in both languages;
 * a step's Polish text needs the step, and its Chinese text. Appended after the extra row, so that it keeps its line.
 */
const COMPANIONS: Partial<Record<SeedKey, Partial<Record<SeedKey, string>>>> = {
  story: { storyText: 'p2,zh-Hans,九十年代,更多伙伴。\np2,pl,Lata 90.,Więcej partnerów.\n' },
  storyText: { story: 'p2,period=1991-1999,The 1990s,More partners.,003#Table 5\n', storyText: 'p2,zh-Hans,九十年代,更多伙伴。\n' },
};
const SEED_KEYS = Object.keys(SEED_FILES) as SeedKey[];

/** Appends the file's extra row, with some cells changed, to an otherwise valid seed set. */
function add(key: SeedKey, cells: Record<string, string>, base: SeedTexts = seeds()): SeedTexts {
  const header = base[key].split('\n')[0].split(',');
  for (const col of Object.keys(cells)) if (!header.includes(col)) throw new Error(`test fixture: ${key} has no column ${col}`);
  const row = { ...EXTRA[key], ...cells };
  const out = { ...base, [key]: base[key] + header.map((col) => csvCell(row[col])).join(',') + '\n' };
  for (const [k, text] of Object.entries(COMPANIONS[key] ?? {}) as [SeedKey, string][]) out[k] += text;
  return out;
}
/** Appends raw CSV text to one file. */
const addRaw = (key: SeedKey, text: string): SeedTexts => ({ ...seeds(), [key]: seeds()[key] + text });
/** Replaces line `n` (1-based) of one file; `null` removes it. */
function setLine(key: SeedKey, n: number, line: string | null): SeedTexts {
  const lines = seeds()[key].split('\n');
  if (line === null) lines.splice(n - 1, 1);
  else lines[n - 1] = line;
  return { ...seeds(), [key]: lines.join('\n') };
}

// ---------------------------------------------------------------------------
// The rules.

type Source = 'scripts/data/assemble.ts' | 'scripts/data/build.ts' | 'scripts/data/fields.ts' | 'scripts/lib/csv.ts';

interface RuleCase {
  /** The source file holding the rule's call site. */
  src: Source;
  /** The rule's message as written there, with every `${…}` shown as `…`. */
  rule: string;
  /** What is wrong with the bad row. */
  name: string;
  /** A seed set with one bad row, or a function that runs the build step that fails. */
  bad: SeedTexts | (() => unknown);
  /** The whole message the build prints. */
  message: string;
  /** The two whole-file checks throw a plain Error without a line (see the note on them). */
  error?: 'Error';
}

const A = 'scripts/data/assemble.ts';
const F = 'scripts/data/fields.ts';
const C = 'scripts/lib/csv.ts';
const B = 'scripts/data/build.ts';

const CASES: RuleCase[] = [
  // CSV syntax (scripts/lib/csv.ts), through the same path the build takes.
  {
    src: C, rule: 'stray quote inside an unquoted cell', name: 'a quote in the middle of an unquoted cell',
    bad: addRaw('sources', '004,004_notes.txt,The "Notes",Notes,Notes.,\n'),
    message: 'seeds/sources.csv:4: stray quote inside an unquoted cell',
  },
  {
    src: C, rule: 'unterminated quoted cell', name: 'a quoted cell that never closes (reported at the line its row starts)',
    bad: addRaw('places', 'gb.york,eu-city,GB,"York,,,,,53.96,-1.08,003#1.2.5\nmore\n'),
    message: 'seeds/places.csv:6: unterminated quoted cell',
  },
  {
    src: C, rule: 'empty file: a header row is required', name: 'an empty file',
    bad: seeds({ unattributed: '' }),
    message: 'seeds/report/unattributed.csv:1: empty file: a header row is required',
  },
  {
    src: C, rule: 'missing column "…"', name: 'a header without a required column',
    bad: seeds({ caseStudies: 'place_id,section,title,sources\nDE2,2.1,Bavaria,003#2.1\n' }),
    message: 'seeds/report/case_studies.csv:1: missing column "summary"',
  },
  {
    src: C, rule: 'duplicate column "…"', name: 'a header naming a column twice',
    bad: setLine('links', 1, 'id,kind,a,b,year,programme,description,sources,note,note'),
    message: 'seeds/iurc/links.csv:1: duplicate column "note"',
  },
  {
    src: C, rule: '… cells but the header has …', name: 'a row with more cells than the header (line counted past a two-line quoted cell)',
    bad: addRaw('story', 'p2,period=1991-1999,The 1990s,"Two\nlines.",003#Table 5\np3,period=all,Again,Caption.,003#1.2,extra\n'),
    message: 'seeds/report/story.csv:6: 6 cells but the header has 5',
  },

  // Reading the files (scripts/data/build.ts).
  {
    src: B, rule: 'file is missing', name: 'a seed file that does not exist',
    bad: () => {
      const existsSync = fs.existsSync;
      const missing = path.join(root, SEED_FILES.sources);
      const spy = vi.spyOn(fs, 'existsSync').mockImplementation((p) => p !== missing && existsSync(p));
      try {
        return readSeedTexts();
      } finally {
        spy.mockRestore();
      }
    },
    message: 'seeds/sources.csv:0: file is missing',
  },

  // Cell helpers (scripts/data/fields.ts).
  {
    src: A, rule: 'address must be an https:// address, got "…"', name: 'a source address that is not https',
    bad: add('sources', { address: 'ftp://example.org/notes' }),
    message: 'seeds/sources.csv:4: address must be an https:// address, got "ftp://example.org/notes"',
  },
  { src: F, rule: 'missing …', name: 'an empty required cell', bad: add('sources', { title: '' }), message: 'seeds/sources.csv:4: missing title' },
  {
    src: F, rule: 'unknown … "…" (expected one of: …)', name: 'a value outside its list',
    bad: add('partnerships', { status: 'dormant' }),
    message: 'seeds/report/partnerships.csv:4: unknown status "dormant" (expected one of: active, not-active, ended, unknown)',
  },
  {
    src: F, rule: '… must be a whole number, got "…"', name: 'a malformed whole number',
    bad: add('profiles', { population: '9.2m' }),
    message: 'seeds/iurc/profiles.csv:3: population must be a whole number, got "9.2m"',
  },
  { src: F, rule: 'missing …', name: 'an empty required whole number', bad: add('unattributed', { count: '' }), message: 'seeds/report/unattributed.csv:3: missing count' },
  { src: F, rule: '… must be a number, got "…"', name: 'a malformed number', bad: add('places', { lat: 'N53.96' }), message: 'seeds/places.csv:6: lat must be a number, got "N53.96"' },
  { src: F, rule: 'missing citation (…)', name: 'no citation', bad: add('caseStudies', { sources: '' }), message: 'seeds/report/case_studies.csv:3: missing citation (sources)' },
  {
    src: F, rule: 'citation "…" names an unknown source "…" (known: …)', name: 'a citation of an unknown document',
    bad: add('links', { sources: '002#Jinan|009#p. 4' }),
    message: 'seeds/iurc/links.csv:3: citation "009#p. 4" names an unknown source "009" (known: 003, 002)',
  },
  {
    src: F, rule: 'duplicate … id "…" (first on line …)', name: 'an id given twice',
    bad: add('statements', { id: 'total' }),
    message: 'seeds/report/statements.csv:3: duplicate statement id "total" (first on line 2)',
  },

  // Countries (scripts/data/assemble.ts).
  {
    src: A, rule: 'country id must be ISO 3166-1 alpha-2, got "…"', name: 'a country id that is not alpha-2',
    bad: add('countries', { id: 'NLD' }),
    message: 'seeds/countries.csv:9: country id must be ISO 3166-1 alpha-2, got "NLD"',
  },
  {
    src: A, rule: 'country … needs anchor_lon and anchor_lat', name: 'a country without its anchor',
    bad: add('countries', { anchor_lat: '' }),
    message: 'seeds/countries.csv:9: country NL needs anchor_lon and anchor_lat',
  },
  {
    src: A, rule: '…: the surveyed country … is missing', name: 'a surveyed country left out (whole-file check: no line)', error: 'Error',
    bad: setLine('countries', 7, null),
    message: 'seeds/countries.csv: the surveyed country IT is missing',
  },

  // The gazetteer.
  {
    src: A, rule: 'unknown country "…" (not in …)', name: 'a place in an unknown country',
    bad: add('places', { country: 'NL' }),
    message: 'seeds/places.csv:6: unknown country "NL" (not in seeds/countries.csv)',
  },
  { src: A, rule: 'a … must …have country CN', name: 'a Chinese kind outside China', bad: add('places', { kind: 'cn-city' }), message: 'seeds/places.csv:6: a cn-city must have country CN' },
  { src: A, rule: 'give both lat and lon, or neither', name: 'lat without lon', bad: add('places', { lon: '' }), message: 'seeds/places.csv:6: give both lat and lon, or neither' },
  { src: A, rule: 'coordinates out of range: …, …', name: 'a latitude beyond 90', bad: add('places', { lat: '95' }), message: 'seeds/places.csv:6: coordinates out of range: 95, -1.08' },
  {
    src: A, rule: 'place … has no coordinates and no polygon in public/geo', name: 'a place with neither coordinates nor a polygon',
    bad: add('places', { lat: '', lon: '' }),
    message: 'seeds/places.csv:6: place gb.york has no coordinates and no polygon in public/geo',
  },
  {
    src: A, rule: 'Chinese place … needs its province', name: 'a Chinese city without its province',
    bad: add('places', { id: 'cn.qingdao', kind: 'cn-city', country: 'CN', name: 'Qingdao', lat: '36.07', lon: '120.38' }),
    message: 'seeds/places.csv:6: Chinese place cn.qingdao needs its province',
  },
  {
    src: A, rule: 'European place … cannot have a Chinese province', name: 'a European place with a province',
    bad: add('places', { province: 'CN-SD' }),
    message: 'seeds/places.csv:6: European place gb.york cannot have a Chinese province',
  },
  {
    src: A, rule: 'unknown province "…" for …', name: 'a province that is not a cn-province place',
    bad: add('places', { id: 'cn.qingdao', kind: 'cn-city', country: 'CN', name: 'Qingdao', province: 'cn.jinan', lat: '36.07', lon: '120.38' }),
    message: 'seeds/places.csv:6: unknown province "cn.jinan" for cn.qingdao',
  },

  // References to places (any table).
  { src: A, rule: 'missing …', name: 'an empty required place reference', bad: add('caseStudies', { place_id: '' }), message: 'seeds/report/case_studies.csv:3: missing place_id' },
  {
    src: A, rule: 'unknown place id "…" in … (not in …)', name: 'a reference to an unknown place',
    bad: add('links', { b: 'cn.qingdao' }),
    message: 'seeds/iurc/links.csv:3: unknown place id "cn.qingdao" in b (not in seeds/places.csv)',
  },
  {
    src: A, rule: '… "…" is a …, expected …', name: 'a reference to a place of the wrong kind',
    bad: add('partnerships', { eu_unit: 'cn.jinan' }),
    message: 'seeds/report/partnerships.csv:4: eu_unit "cn.jinan" is a cn-city, expected eu-region or eu-city',
  },

  // The report's partnerships.
  { src: A, rule: 'eu_unit … is not in …', name: 'a European unit in another country', bad: add('partnerships', { eu_country: 'FR' }), message: 'seeds/report/partnerships.csv:4: eu_unit gb.leeds is not in FR' },
  {
    src: A, rule: 'cn_unit … lies in …, not in …', name: 'a Chinese unit outside the given province',
    bad: add('partnerships', { cn_province: 'CN-SC' }, seeds({ places: seeds().places + 'CN-SC,cn-province,CN,Sichuan,,四川省,,,30.6,103,003#Table 9\n' })),
    message: 'seeds/report/partnerships.csv:4: cn_unit cn.jinan lies in CN-SD, not in CN-SC',
  },
  {
    src: A, rule: 'cn_province is required when cn_unit is given', name: 'a Chinese unit without its province',
    bad: add('partnerships', { cn_province: '' }),
    message: 'seeds/report/partnerships.csv:4: cn_province is required when cn_unit is given',
  },
  { src: A, rule: 'table … does not count period …', name: 'a table that does not count the period', bad: add('partnerships', { table: '5' }), message: 'seeds/report/partnerships.csv:4: table 5 does not count period 1982-1989' },
  {
    src: A, rule: "start_year … is outside the report's range", name: 'a start year outside 1949–2019',
    bad: add('partnerships', { start_year: '2020' }),
    message: "seeds/report/partnerships.csv:4: start_year 2020 is outside the report's range",
  },
  {
    src: A, rule: 'start_year … is outside its period …', name: 'a start year outside its period',
    bad: add('partnerships', { start_year: '1990' }),
    message: 'seeds/report/partnerships.csv:4: start_year 1990 is outside its period 1982-1989',
  },
  {
    src: A, rule: 'a record counted in a table needs cn_partner_printed (its row label)', name: 'a counted record without its printed row label',
    bad: add('partnerships', { cn_partner_printed: '' }),
    message: 'seeds/report/partnerships.csv:4: a record counted in a table needs cn_partner_printed (its row label)',
  },
  {
    src: A, rule: 'counted "…" does not fit table "…"', name: 'a counted value that does not fit the table',
    bad: add('partnerships', { counted: 'table-9' }),
    message: 'seeds/report/partnerships.csv:4: counted "table-9" does not fit table "4"',
  },

  // Unattributed counts and printed cells.
  { src: A, rule: 'count must be at least 1', name: 'a zero count', bad: add('unattributed', { count: '0' }), message: 'seeds/report/unattributed.csv:3: count must be at least 1' },
  {
    src: A, rule: 'table …: only Tables 3–9 are printed count tables', name: 'a printed cell of a table that is not a count table',
    bad: add('printed', { table: '10' }),
    message: 'seeds/report/printed_tables.csv:4: table 10: only Tables 3–9 are printed count tables',
  },
  {
    src: A, rule: 'a cell without a value needs a note saying why', name: 'an empty printed cell without a note',
    bad: add('printed', { value: '', reading: 'missing' }),
    message: 'seeds/report/printed_tables.csv:4: a cell without a value needs a note saying why',
  },
  {
    src: A, rule: 'reading "…" does not fit value "…"', name: 'a reading that does not fit the value',
    bad: add('printed', { reading: 'missing' }),
    message: 'seeds/report/printed_tables.csv:4: reading "missing" does not fit value "1"',
  },
  {
    src: A, rule: 'cell (…, …, …) is given twice (first on line …)', name: 'a printed cell given twice',
    bad: add('printed', { table: '4' }),
    message: 'seeds/report/printed_tables.csv:4: cell (4, Shandong, Germany) is given twice (first on line 2)',
  },

  // Case tables, contradictions, IURC, story.
  {
    src: A, rule: 'unknown partnership id "…"', name: 'a case-table row for an unknown partnership',
    bad: add('caseTables', { partnership_id: 't4-de-sd-9' }),
    message: 'seeds/report/case_tables.csv:3: unknown partnership id "t4-de-sd-9"',
  },
  {
    src: A, rule: 'unknown statement id "…"', name: 'a contradiction naming an unknown statement',
    bad: add('contradictions', { statements: 'total|t9' }),
    message: 'seeds/report/contradictions.csv:3: unknown statement id "t9"',
  },
  { src: A, rule: 'side … does not match place …', name: 'a profile on the wrong side', bad: add('profiles', { side: 'CN' }), message: 'seeds/iurc/profiles.csv:3: side CN does not match place DE2' },
  { src: A, rule: 'year … is out of range', name: 'a link year outside 1980–2030', bad: add('links', { year: '1970' }), message: 'seeds/iurc/links.csv:3: year 1970 is out of range' },
  {
    src: A, rule: 'view "…" does not parse cleanly: …', name: 'a story view with an unknown parameter',
    bad: add('story', { view: 'period=all&zoom=4' }),
    message: 'seeds/report/story.csv:4: view "period=all&zoom=4" does not parse cleanly: Ignored unknown parameter "zoom".',
  },
  {
    src: A, rule: 'view "…" sets mode: the presenter chooses new or cumulative', name: 'a story view that sets the mode',
    bad: add('story', { view: 'period=all&mode=cumulative' }),
    message: 'seeds/report/story.csv:4: view "period=all&mode=cumulative" sets mode: the presenter chooses new or cumulative',
  },
  {
    src: A, rule: 'title is … characters long (at most …)', name: 'a story title over 60 characters',
    bad: add('story', { title: 'T'.repeat(61) }),
    message: 'seeds/report/story.csv:4: title is 61 characters long (at most 60)',
  },
  {
    src: A, rule: 'caption is … characters long (at most …)', name: 'a story caption over 300 characters',
    bad: add('story', { caption: 'x'.repeat(301) }),
    message: 'seeds/report/story.csv:4: caption is 301 characters long (at most 300)',
  },

  // The story in Chinese and Polish (seeds/report/story.i18n.csv).
  {
    src: A, rule: 'unknown story step "…" (not in …)', name: 'a story text for a step the story does not have',
    bad: add('storyText', { id: 'p9' }),
    message: 'seeds/report/story.i18n.csv:6: unknown story step "p9" (not in seeds/report/story.csv)',
  },
  {
    src: A, rule: 'duplicate … text for "…" (first on line …)', name: 'a step written twice in one language',
    bad: add('storyText', { id: 'p1' }),
    message: 'seeds/report/story.i18n.csv:6: duplicate pl text for "p1" (first on line 5)',
  },
  {
    src: A, rule: '… title is … characters long (at most …)', name: 'a Chinese story title over 30 characters',
    bad: add('storyText', { lang: 'zh-Hans', id: 'p1', title: '长'.repeat(31) }, seeds({ storyText: setLine('storyText', 4, null).storyText })),
    message: 'seeds/report/story.i18n.csv:5: zh-Hans title is 31 characters long (at most 30)',
  },
  {
    src: A, rule: '… caption is … characters long (at most …)', name: 'a Polish story caption over 330 characters',
    bad: add('storyText', { id: 'p1', caption: 'x'.repeat(331) }, seeds({ storyText: setLine('storyText', 5, null).storyText })),
    message: 'seeds/report/story.i18n.csv:5: pl caption is 331 characters long (at most 330)',
  },
  {
    src: A, rule: 'a zh-Hans title and caption must be written in Chinese', name: 'a Chinese story text in Latin letters',
    bad: add('storyText', { lang: 'zh-Hans', id: 'p1' }, seeds({ storyText: setLine('storyText', 4, null).storyText })),
    message: 'seeds/report/story.i18n.csv:5: a zh-Hans title and caption must be written in Chinese',
  },
  {
    src: A, rule: 'story step "…" has no … title and caption in …', name: 'a story step without its Polish text',
    bad: setLine('storyText', 5, null),
    message: 'seeds/report/story.csv:3: story step "p1" has no pl title and caption in seeds/report/story.i18n.csv',
  },

  // Place names in Chinese and Polish (seeds/names/names.csv).
  {
    src: A, rule: 'header must be exactly "…", got "…"', name: 'a names header with its columns in another order',
    bad: setLine('names', 1, 'id,lang,name,note,source'),
    message: 'seeds/names/names.csv:1: header must be exactly "id,lang,name,source,note", got "id,lang,name,note,source"',
  },
  {
    src: A, rule: 'unknown id "…" (not a place, unit or country: …, …, …)', name: 'a name for an id that is no place, unit or country',
    bad: add('names', { id: 'cn.qingdao' }),
    message: 'seeds/names/names.csv:5: unknown id "cn.qingdao" (not a place, unit or country: seeds/places.csv, seeds/geo/units.csv, seeds/countries.csv)',
  },
  {
    src: A, rule: 'name "…" has leading or trailing spaces', name: 'a name with a trailing space',
    bad: add('names', { name: 'Bawaria ' }),
    message: 'seeds/names/names.csv:5: name "Bawaria " has leading or trailing spaces',
  },
  {
    src: A, rule: 'a zh-Hans name must contain Han characters, got "…"', name: 'a Chinese name without Han characters',
    bad: add('names', { lang: 'zh-Hans', name: 'Bavaria' }),
    message: 'seeds/names/names.csv:5: a zh-Hans name must contain Han characters, got "Bavaria"',
  },
  {
    src: A, rule: 'a pl name must not contain Han characters, got "…"', name: 'a Polish name in Han characters',
    bad: add('names', { name: '巴伐利亚' }),
    message: 'seeds/names/names.csv:5: a pl name must not contain Han characters, got "巴伐利亚"',
  },
  {
    src: A, rule: 'duplicate … name for "…" (first on line …)', name: 'a second name for the same id and language',
    bad: add('names', { id: 'CN', name: 'Chińska Republika Ludowa' }),
    message: 'seeds/names/names.csv:5: duplicate pl name for "CN" (first on line 4)',
  },
];

/** Runs a case and returns what it threw. */
function thrown(c: RuleCase): unknown {
  try {
    if (typeof c.bad === 'function') c.bad();
    else assembleBundle(c.bad, anchors);
  } catch (e) {
    return e;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// The rules' call sites, read from the sources.

interface Site {
  src: string;
  line: number;
  /** The message literal, with every `${…}` shown as `…`. */
  rule: string;
  /** Matches exactly the reasons the site can produce. */
  pattern: RegExp;
}

const SOURCES = [
  ...fs
    .readdirSync(path.join(root, 'scripts/data'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `scripts/data/${f}`),
  'scripts/lib/csv.ts',
];

/** Calls that turn a bad seed into an error, whether or not their message is a literal. */
const CALL = /\bfail\(|\bnew (?:SeedError|Error)\(/g;

/** Reads the string or template literal at `i`: its parts (text, and null for each `${…}`) and where it ends. */
function readLiteral(text: string, i: number): { parts: (string | null)[]; end: number } {
  const quote = text[i];
  const parts: (string | null)[] = [''];
  let j = i + 1;
  while (j < text.length && text[j] !== quote) {
    if (text[j] === '\\') {
      const ch = text[j + 1];
      parts[parts.length - 1] += ch === 'n' ? '\n' : ch === 't' ? '\t' : ch;
      j += 2;
    } else if (quote === '`' && text.startsWith('${', j)) {
      let depth = 1;
      j += 2;
      while (depth > 0) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
        j++;
      }
      parts.push(null, '');
    } else parts[parts.length - 1] += text[j++];
  }
  return { parts, end: j + 1 };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every rule call site (the first argument that is a literal is its message), and every call without a literal message. */
function scanSources(): { sites: Site[]; passThrough: string[] } {
  const sites: Site[] = [];
  const passThrough: string[] = [];
  for (const src of SOURCES) {
    const text = fs.readFileSync(path.join(root, src), 'utf8');
    for (const m of text.matchAll(CALL)) {
      const line = text.slice(0, m.index).split('\n').length;
      // Skip the arguments before the message (`file, line, `), stopping at the call's end.
      let j = m.index + m[0].length;
      let depth = 0;
      while (j < text.length && !(depth === 0 && (text[j] === ')' || /['"`]/.test(text[j])))) {
        if (text[j] === '(') depth++;
        else if (text[j] === ')') depth--;
        j++;
      }
      if (text[j] === ')') {
        passThrough.push(`${src}: ${text.slice(m.index, j + 1)}`);
        continue;
      }
      const { parts } = readLiteral(text, j);
      sites.push({
        src,
        line,
        rule: parts.map((p) => p ?? '…').join(''),
        pattern: new RegExp(`^${parts.map((p) => (p === null ? '[\\s\\S]*?' : escapeRe(p))).join('')}$`),
      });
    }
  }
  return { sites, passThrough };
}

/** The rule call site an error was thrown from: the innermost frame of its stack that is one. */
function siteOf(err: unknown, sites: readonly Site[]): Site | undefined {
  const stack = err instanceof Error ? (err.stack ?? '') : '';
  for (const [, file, line] of stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+\.ts):(\d+):\d+/g)) {
    const src = path.relative(root, file).split(path.sep).join('/');
    const site = sites.find((s) => s.src === src && s.line === Number(line));
    if (site) return site;
  }
  return undefined;
}

// ---------------------------------------------------------------------------

describe('seed validation rules', () => {
  it('the fixture is valid, and so is every extra row before it is made bad', () => {
    expect(() => assembleBundle(seeds(), anchors)).not.toThrow();
    for (const key of SEED_KEYS) expect(() => assembleBundle(add(key, {}), anchors), key).not.toThrow();
  });

  describe.each(CASES)('$src: $rule', (c) => {
    it(`rejects ${c.name} with file, line and reason`, () => {
      const err = thrown(c);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toBe(c.message);
      if (c.error === 'Error') {
        expect(err).not.toBeInstanceOf(SeedError);
      } else {
        expect(err).toBeInstanceOf(SeedError);
        const e = err as SeedError;
        expect(Object.values(SEED_FILES)).toContain(e.file);
        expect(c.message).toMatch(new RegExp(`^${escapeRe(e.file)}:${e.line}: `));
        expect(c.message).toBe(`${e.file}:${e.line}: ${e.reason}`);
      }
    });
  });

  it('every rule in the sources has exactly one case here, and each case reaches its rule', () => {
    const { sites, passThrough } = scanSources();
    // The only calls without a literal message are Row.fail itself, which passes its reason on.
    expect(passThrough).toEqual([
      'scripts/data/fields.ts: fail(reason: string)',
      'scripts/data/fields.ts: new SeedError(this.file, this.record.line, reason)',
    ]);
    expect(sites.length).toBeGreaterThan(40);

    const covered = new Map<Site, string[]>();
    const misses: string[] = [];
    for (const c of CASES) {
      const err = thrown(c);
      const site = siteOf(err, sites);
      if (!site) {
        misses.push(`${c.name}: threw ${String(err)} from no rule call site`);
        continue;
      }
      const reason = c.error === 'Error' ? (err as Error).message : (err as SeedError).reason;
      if (site.src !== c.src || site.rule !== c.rule || !site.pattern.test(reason)) {
        misses.push(`${c.name}: declared ${c.src} "${c.rule}", threw from ${site.src}:${site.line} "${site.rule}" with "${reason}"`);
      }
      covered.set(site, [...(covered.get(site) ?? []), c.name]);
    }
    expect(misses).toEqual([]);
    const uncovered = sites.filter((s) => !covered.has(s)).map((s) => `${s.src}:${s.line}: ${s.rule}`);
    expect(uncovered, 'rules without a case').toEqual([]);
    const twice = [...covered].filter(([, names]) => names.length > 1).map(([s, names]) => `${s.src}:${s.line}: ${names.join('; ')}`);
    expect(twice, 'rules with more than one case').toEqual([]);
    expect(covered.size).toBe(sites.length);
    expect(CASES).toHaveLength(sites.length);
  });
});
