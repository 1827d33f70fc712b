/**
 * Seeds → bundle, pure part: read every seed table, validate each row and every
 * cross-reference, and assemble the bundle the app loads. No file access: the
 * caller passes the seed texts and the geometry's anchor points.
 */
import { parseCsv, parseRows, SeedError } from '../lib/csv.ts';
import { readUnits } from '../geo/crosswalk.ts';
import {
  CONFIDENCES,
  COUNTED,
  EU_COUNTRIES,
  LINK_KINDS,
  NAME_LANGS,
  PERIODS,
  PLACE_KINDS,
  READINGS,
  STATUSES,
  type Bundle,
  type CaseStudy,
  type CaseTableRow,
  type Contradiction,
  type Country,
  type IurcProfile,
  type Partnership,
  type PeriodId,
  type Place,
  type PlaceNames,
  type PrintedCell,
  type ProgrammeLink,
  type SourceDoc,
  type Statement,
  type StoryStep,
  type UnattributedCount,
} from '../../src/lib/data/types.ts';
import { parseViewState } from '../../src/lib/state/url.ts';
import { Row, rows, uniqueIds } from './fields.ts';

/** The seed files, relative to the repository root, in the order they are read. */
export const SEED_FILES = {
  sources: 'seeds/sources.csv',
  countries: 'seeds/countries.csv',
  places: 'seeds/places.csv',
  partnerships: 'seeds/report/partnerships.csv',
  unattributed: 'seeds/report/unattributed.csv',
  printed: 'seeds/report/printed_tables.csv',
  caseTables: 'seeds/report/case_tables.csv',
  statements: 'seeds/report/statements.csv',
  contradictions: 'seeds/report/contradictions.csv',
  caseStudies: 'seeds/report/case_studies.csv',
  story: 'seeds/report/story.csv',
  storyText: 'seeds/report/story.i18n.csv',
  profiles: 'seeds/iurc/profiles.csv',
  links: 'seeds/iurc/links.csv',
  units: 'seeds/geo/units.csv',
  names: 'seeds/names/names.csv',
} as const;
export type SeedKey = keyof typeof SEED_FILES;
export type SeedTexts = Record<SeedKey, string>;

/** What the geometry offers the data: the units that have a polygon, with their anchor point. */
export type GeoAnchors = ReadonlyMap<string, [number, number]>;

const PERIOD_IDS = PERIODS.map((p) => p.id) as PeriodId[];

/**
 * The longest title and caption of a story step, per language: what the presenter's caption box holds (a Chinese
 * character is about two Latin letters wide; Polish runs about a tenth longer than English).
 */
const STORY_LIMITS = { en: { title: 60, caption: 300 }, 'zh-Hans': { title: 30, caption: 150 }, pl: { title: 60, caption: 330 } } as const;

/** The columns of seeds/names/names.csv, exactly and in this order. */
const NAMES_HEADER = ['id', 'lang', 'name', 'source', 'note'];
const HAN = /\p{Script=Han}/u;

function table(texts: SeedTexts, key: SeedKey, required: string[]): Row[] {
  return rows(SEED_FILES[key], parseCsv(texts[key], SEED_FILES[key], required));
}

const yes = (row: Row, col: string) => row.oneOf(col, ['yes', 'no']) === 'yes';

export function assembleBundle(texts: SeedTexts, anchors: GeoAnchors): Bundle {
  // Sources and countries.
  const sourceRows = table(texts, 'sources', ['id', 'file', 'title', 'label', 'reference', 'address']).map((row) => {
    const address = row.opt('address');
    if (address !== null && !/^https:\/\/[^\s]+$/.test(address)) row.fail(`address must be an https:// address, got "${address}"`);
    return {
      row,
      id: row.req('id'),
      doc: { id: row.req('id'), file: row.req('file'), title: row.req('title'), label: row.req('label'), reference: row.req('reference'), address } as SourceDoc,
    };
  });
  uniqueIds(sourceRows, 'source');
  const docs = new Map(sourceRows.map((s) => [s.id, s.doc]));

  const countryRows = table(texts, 'countries', ['id', 'name', 'anchor_lon', 'anchor_lat', 'surveyed']).map((row) => {
    const id = row.req('id');
    if (!/^[A-Z]{2}$/.test(id)) row.fail(`country id must be ISO 3166-1 alpha-2, got "${id}"`);
    const lon = row.optNum('anchor_lon');
    const lat = row.optNum('anchor_lat');
    if (lon === null || lat === null) return row.fail(`country ${id} needs anchor_lon and anchor_lat`);
    const country: Country = { id, name: row.req('name'), anchor: [lon, lat], surveyed: yes(row, 'surveyed') };
    return { row, id, country };
  });
  uniqueIds(countryRows, 'country');
  const countries = new Map(countryRows.map((c) => [c.id, c.country]));
  for (const c of EU_COUNTRIES) if (!countries.has(c)) throw new Error(`${SEED_FILES.countries}: the surveyed country ${c} is missing`);

  // The gazetteer.
  const placeRows = table(texts, 'places', ['id', 'kind', 'country', 'name', 'local_name', 'zh', 'province', 'aliases', 'lat', 'lon', 'sources']).map(
    (row) => {
      const id = row.req('id');
      const kind = row.oneOf('kind', PLACE_KINDS, 'place kind');
      const country = row.req('country');
      if (!countries.has(country)) row.fail(`unknown country "${country}" (not in ${SEED_FILES.countries})`);
      const isCn = kind.startsWith('cn-');
      if (isCn !== (country === 'CN')) row.fail(`a ${kind} must ${isCn ? '' : 'not '}have country CN`);
      const lat = row.optNum('lat');
      const lon = row.optNum('lon');
      if ((lat === null) !== (lon === null)) row.fail('give both lat and lon, or neither');
      const anchor = anchors.get(id);
      let coord: [number, number];
      if (lat !== null && lon !== null) {
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) row.fail(`coordinates out of range: ${lat}, ${lon}`);
        coord = [lon, lat];
      } else if (anchor) coord = anchor;
      else return row.fail(`place ${id} has no coordinates and no polygon in public/geo`);
      const province = kind === 'cn-province' ? id : row.opt('province');
      if (isCn && !province) row.fail(`Chinese place ${id} needs its province`);
      if (!isCn && province) row.fail(`European place ${id} cannot have a Chinese province`);
      const place: Place = {
        id,
        name: row.req('name'),
        kind,
        country,
        province,
        localName: row.opt('local_name'),
        zh: row.opt('zh'),
        aliases: row.list('aliases'),
        coord,
        hasGeometry: anchors.has(id),
        sources: row.cites('sources', docs),
      };
      return { row, id, place };
    },
  );
  uniqueIds(placeRows, 'place');
  const places = new Map(placeRows.map((p) => [p.id, p.place]));
  for (const { row, place } of placeRows) {
    if (place.province && place.kind !== 'cn-province') {
      const prov = places.get(place.province);
      if (!prov || prov.kind !== 'cn-province') row.fail(`unknown province "${place.province}" for ${place.id}`);
    }
  }

  const placeRef = (row: Row, col: string, opts: { kinds?: readonly string[]; optional?: boolean } = {}): string | null => {
    const id = row.str(col);
    if (id === '') {
      if (opts.optional) return null;
      row.fail(`missing ${col}`);
    }
    const place = places.get(id);
    if (!place) row.fail(`unknown place id "${id}" in ${col} (not in ${SEED_FILES.places})`);
    if (opts.kinds && !opts.kinds.includes(place.kind)) row.fail(`${col} "${id}" is a ${place.kind}, expected ${opts.kinds.join(' or ')}`);
    return id;
  };

  // The report's partnerships.
  const partnershipRows = table(texts, 'partnerships', [
    'id', 'table', 'period', 'eu_country', 'eu_unit', 'cn_partner_printed', 'cn_unit', 'cn_province',
    'start_year', 'status', 'agreement', 'renewals', 'confidence', 'note', 'sources', 'counted',
  ]).map((row) => {
    const id = row.req('id');
    const euCountry = row.oneOf('eu_country', EU_COUNTRIES, 'EU country');
    const euUnit = placeRef(row, 'eu_unit', { kinds: ['eu-region', 'eu-city'], optional: true });
    if (euUnit && places.get(euUnit)!.country !== euCountry) row.fail(`eu_unit ${euUnit} is not in ${euCountry}`);
    const cnUnit = placeRef(row, 'cn_unit', { kinds: ['cn-province', 'cn-city', 'cn-district', 'cn-new-area'], optional: true });
    const cnProvince = placeRef(row, 'cn_province', { kinds: ['cn-province'], optional: true });
    if (cnUnit && cnProvince && places.get(cnUnit)!.province !== cnProvince) {
      row.fail(`cn_unit ${cnUnit} lies in ${places.get(cnUnit)!.province}, not in ${cnProvince}`);
    }
    if (cnUnit && !cnProvince) row.fail(`cn_province is required when cn_unit is given`);
    const period = row.optOneOf('period', PERIOD_IDS, 'period');
    const tableNo = row.optInt('table');
    const def = PERIODS.find((p) => p.id === period);
    if (tableNo !== null && (!def || def.table !== tableNo)) row.fail(`table ${tableNo} does not count period ${period ?? '(none)'}`);
    const startYear = row.optInt('start_year');
    if (startYear !== null) {
      if (startYear < 1949 || startYear > 2019) row.fail(`start_year ${startYear} is outside the report's range`);
      if (def && (startYear < def.start || startYear > def.end)) row.fail(`start_year ${startYear} is outside its period ${def.id}`);
    }
    const p: Partnership = {
      id,
      euCountry,
      euUnit,
      cnUnit,
      cnProvince,
      cnPrinted: row.opt('cn_partner_printed'),
      period,
      table: tableNo,
      counted: row.oneOf('counted', COUNTED, 'counted'),
      startYear,
      status: row.oneOf('status', STATUSES, 'status'),
      agreement: row.opt('agreement'),
      renewals: row.opt('renewals'),
      confidence: row.oneOf('confidence', CONFIDENCES, 'confidence'),
      note: row.opt('note'),
      sources: row.cites('sources', docs),
    };
    if (p.table !== null && !p.cnPrinted) row.fail('a record counted in a table needs cn_partner_printed (its row label)');
    if ((p.counted === 'period-table') !== (p.table !== null)) row.fail(`counted "${p.counted}" does not fit table "${p.table ?? ''}"`);
    return { row, id, p };
  });
  uniqueIds(partnershipRows, 'partnership');
  const partnershipIds = new Set(partnershipRows.map((r) => r.id));

  const unattributed: UnattributedCount[] = table(texts, 'unattributed', ['cn_province', 'count', 'note', 'sources']).map((row) => {
    const count = row.int('count');
    if (count < 1) row.fail('count must be at least 1');
    return {
      cnProvince: placeRef(row, 'cn_province', { kinds: ['cn-province'] })!,
      count,
      note: row.req('note'),
      sources: row.cites('sources', docs),
    };
  });

  const firstCell = new Map<string, number>();
  const printedCells: PrintedCell[] = table(texts, 'printed', ['table', 'row', 'column', 'value', 'reading']).map((row) => {
    const t = row.int('table');
    const key = `${t}|${row.req('row')}|${row.req('column')}`;
    const first = firstCell.get(key);
    if (first !== undefined) row.fail(`cell (${t}, ${row.req('row')}, ${row.req('column')}) is given twice (first on line ${first})`);
    firstCell.set(key, row.line);
    if (t < 3 || t > 9) row.fail(`table ${t}: only Tables 3–9 are printed count tables`);
    const value = row.optInt('value');
    if (value === null && !row.opt('note')) row.fail('a cell without a value needs a note saying why');
    const reading = row.oneOf('reading', READINGS, 'reading');
    if ((reading === 'missing') !== (value === null)) row.fail(`reading "${reading}" does not fit value "${row.str('value')}"`);
    return { table: t, row: row.req('row'), column: row.req('column'), value, reading, note: row.opt('note') };
  });

  const caseTables: CaseTableRow[] = table(texts, 'caseTables', ['table', 'eu_unit', 'partner_printed', 'cn_unit', 'cn_province', 'year', 'agreement', 'status', 'partnership_id', 'sources']).map(
    (row) => ({
      partnershipId: partnershipIds.has(row.req('partnership_id'))
        ? row.req('partnership_id')
        : row.fail(`unknown partnership id "${row.str('partnership_id')}"`),
      table: row.int('table'),
      euUnit: placeRef(row, 'eu_unit', { kinds: ['eu-region', 'eu-city'] })!,
      partnerPrinted: row.req('partner_printed'),
      cnUnit: placeRef(row, 'cn_unit')!,
      cnProvince: placeRef(row, 'cn_province', { kinds: ['cn-province'], optional: true }),
      year: row.str('year'),
      agreement: row.str('agreement'),
      status: row.str('status'),
      extra: row.opt('extra'),
      sources: row.cites('sources', docs),
    }),
  );

  const statementRows = table(texts, 'statements', ['id', 'subject', 'figure', 'value', 'sources', 'paraphrase']).map((row) => {
    const s: Statement = {
      id: row.req('id'),
      subject: row.req('subject'),
      figure: row.req('figure'),
      value: row.req('value'),
      paraphrase: row.req('paraphrase'),
      sources: row.cites('sources', docs),
    };
    return { row, id: s.id, s };
  });
  uniqueIds(statementRows, 'statement');

  const statementIds = new Set(statementRows.map((r) => r.id));
  const contradictionRows = table(texts, 'contradictions', ['id', 'about', 'value_a', 'source_a', 'value_b', 'source_b', 'statements', 'explanation']).map((row) => {
    const statements = row.list('statements');
    for (const id of statements) if (!statementIds.has(id)) row.fail(`unknown statement id "${id}"`);
    const c: Contradiction = {
      statements,
      id: row.req('id'),
      about: row.req('about'),
      valueA: row.req('value_a'),
      sourceA: row.cites('source_a', docs),
      valueB: row.req('value_b'),
      sourceB: row.cites('source_b', docs),
      explanation: row.req('explanation'),
    };
    return { row, id: c.id, c };
  });
  uniqueIds(contradictionRows, 'contradiction');

  const caseStudies: CaseStudy[] = table(texts, 'caseStudies', ['place_id', 'section', 'title', 'summary', 'sources']).map((row) => ({
    placeId: placeRef(row, 'place_id')!,
    section: row.req('section'),
    title: row.req('title'),
    summary: row.req('summary'),
    sources: row.cites('sources', docs),
  }));

  const profileRows = table(texts, 'profiles', ['place_id', 'side', 'programme', 'name_printed', 'population', 'area_km2', 'thematic_clusters', 'preferred_areas', 'summary', 'sources']).map(
    (row) => {
      const id = placeRef(row, 'place_id')!;
      const side = row.oneOf('side', ['EU', 'CN'] as const, 'side');
      if ((side === 'CN') !== (places.get(id)!.country === 'CN')) row.fail(`side ${side} does not match place ${id}`);
      const prof: IurcProfile = {
        placeId: id,
        side,
        programme: row.req('programme'),
        namePrinted: row.req('name_printed'),
        population: row.optInt('population'),
        populationNote: row.opt('population_note'),
        areaKm2: row.optNum('area_km2'),
        areaNote: row.opt('area_note'),
        thematicClusters: row.list('thematic_clusters'),
        preferredAreas: row.list('preferred_areas'),
        goodPractices: row.list('good_practices'),
        summary: row.req('summary'),
        sources: row.cites('sources', docs),
      };
      return { row, id, prof };
    },
  );
  uniqueIds(profileRows, 'profile');

  const linkRows = table(texts, 'links', ['id', 'kind', 'a', 'b', 'year', 'programme', 'description', 'sources']).map((row) => {
    const year = row.optInt('year');
    if (year !== null && (year < 1980 || year > 2030)) row.fail(`year ${year} is out of range`);
    const link: ProgrammeLink = {
      id: row.req('id'),
      kind: row.oneOf('kind', LINK_KINDS, 'link kind'),
      a: placeRef(row, 'a')!,
      b: placeRef(row, 'b')!,
      year,
      programme: row.opt('programme'),
      description: row.req('description'),
      sources: row.cites('sources', docs),
    };
    return { row, id: link.id, link };
  });
  uniqueIds(linkRows, 'link');

  // The presenter-mode story: view states (URL queries) with captions, in CSV order.
  const storyRows = table(texts, 'story', ['id', 'view', 'title', 'caption', 'sources']).map((row) => {
    const id = row.req('id');
    const view = row.req('view');
    const { notices } = parseViewState(view, (placeId) => places.has(placeId));
    if (notices.length > 0) row.fail(`view "${view}" does not parse cleanly: ${notices.join(' ')}`);
    if (new URLSearchParams(view).has('mode')) row.fail(`view "${view}" sets mode: the presenter chooses new or cumulative`);
    const title = row.req('title');
    if (title.length > STORY_LIMITS.en.title) row.fail(`title is ${title.length} characters long (at most ${STORY_LIMITS.en.title})`);
    const caption = row.req('caption');
    if (caption.length > STORY_LIMITS.en.caption) row.fail(`caption is ${caption.length} characters long (at most ${STORY_LIMITS.en.caption})`);
    const step: StoryStep = { id, view, title, caption, sources: row.cites('sources', docs), translations: {} as StoryStep['translations'] };
    return { row, id, step };
  });
  uniqueIds(storyRows, 'story step');
  // Each step's title and caption in Chinese and Polish, written in each language (not carried sentence by sentence).
  const steps = new Map(storyRows.map((r) => [r.id, r.step]));
  const firstText = new Map<string, number>();
  for (const row of table(texts, 'storyText', ['id', 'lang', 'title', 'caption'])) {
    const id = row.req('id');
    const step = steps.get(id);
    if (!step) row.fail(`unknown story step "${id}" (not in ${SEED_FILES.story})`);
    const lang = row.oneOf('lang', NAME_LANGS, 'language');
    const first = firstText.get(`${lang}|${id}`);
    if (first !== undefined) row.fail(`duplicate ${lang} text for "${id}" (first on line ${first})`);
    firstText.set(`${lang}|${id}`, row.line);
    const limit = STORY_LIMITS[lang];
    const title = row.req('title');
    if (title.length > limit.title) row.fail(`${lang} title is ${title.length} characters long (at most ${limit.title})`);
    const caption = row.req('caption');
    if (caption.length > limit.caption) row.fail(`${lang} caption is ${caption.length} characters long (at most ${limit.caption})`);
    if (lang === 'zh-Hans' && !HAN.test(title + caption)) row.fail('a zh-Hans title and caption must be written in Chinese');
    step!.translations[lang] = { title, caption };
  }
  for (const { row, step } of storyRows) {
    const missing = NAME_LANGS.filter((lang) => !step.translations[lang]);
    if (missing.length) row.fail(`story step "${step.id}" has no ${missing.join(' or ')} title and caption in ${SEED_FILES.storyText}`);
    // The languages in one order in the bundle, whatever the file's.
    step.translations = Object.fromEntries(NAME_LANGS.map((lang) => [lang, step.translations[lang]])) as StoryStep['translations'];
  }

  // Place names in Chinese and Polish (seeds/names/NOTES.md): one sourced name per id and language.
  const unitIds = new Set(readUnits(texts.units, SEED_FILES.units).map((u) => u.id));
  const nameRecords = table(texts, 'names', NAMES_HEADER);
  const [head, ...rawNames] = parseRows(texts.names, SEED_FILES.names);
  if (head.cells.join(',') !== NAMES_HEADER.join(',')) throw new SeedError(SEED_FILES.names, head.line, `header must be exactly "${NAMES_HEADER.join(',')}", got "${head.cells.join(',')}"`);
  const rawName = new Map(rawNames.map((r) => [r.line, r.cells[NAMES_HEADER.indexOf('name')] ?? '']));
  const firstName = new Map<string, number>();
  const names = new Map(NAME_LANGS.map((lang) => [lang, new Map<string, string>()]));
  for (const row of nameRecords) {
    const id = row.req('id');
    if (!places.has(id) && !unitIds.has(id) && !countries.has(id)) row.fail(`unknown id "${id}" (not a place, unit or country: ${SEED_FILES.places}, ${SEED_FILES.units}, ${SEED_FILES.countries})`);
    const lang = row.oneOf('lang', NAME_LANGS, 'language');
    const name = row.req('name');
    if (rawName.get(row.line) !== name) row.fail(`name "${rawName.get(row.line)}" has leading or trailing spaces`);
    if (lang === 'zh-Hans' && !HAN.test(name)) row.fail(`a zh-Hans name must contain Han characters, got "${name}"`);
    if (lang === 'pl' && HAN.test(name)) row.fail(`a pl name must not contain Han characters, got "${name}"`);
    row.req('source');
    const first = firstName.get(`${lang}|${id}`);
    if (first !== undefined) row.fail(`duplicate ${lang} name for "${id}" (first on line ${first})`);
    firstName.set(`${lang}|${id}`, row.line);
    names.get(lang)!.set(id, name);
  }
  // Keys in code-unit order, the same on every machine.
  const sortedNames = Object.fromEntries(
    NAME_LANGS.map((lang) => [lang, Object.fromEntries([...names.get(lang)!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))]),
  ) as PlaceNames;

  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  return {
    version: 1,
    sources: [...docs.values()],
    periods: PERIODS.map((p) => ({ ...p })),
    countries: [...countries.values()],
    places: [...places.values()].sort(byId),
    partnerships: partnershipRows.map((r) => r.p),
    unattributed,
    printedCells,
    statements: statementRows.map((r) => r.s),
    contradictions: contradictionRows.map((r) => r.c),
    caseTables,
    caseStudies,
    iurc: { profiles: profileRows.map((r) => r.prof), links: linkRows.map((r) => r.link) },
    story: storyRows.map((r) => r.step),
    names: sortedNames,
  };
}
