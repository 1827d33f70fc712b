/** JSON Schema (draft 2020-12) of public/data/bundle.json, written beside it by `npm run data`. */
import { CONFIDENCES, COUNTED, READINGS, EU_COUNTRIES, LINK_KINDS, NAME_LANGS, PERIODS, PLACE_KINDS, STATUSES } from '../../src/lib/data/types.ts';

const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const lonlat = { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2, description: '[longitude, latitude], WGS84 degrees' };
const sources = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['file', 'ref'],
    properties: {
      file: { ...str, description: 'source document in shared/seeds' },
      ref: { ...str, description: 'table or section within it; empty for a short document cited whole' },
    },
  },
};
const obj = (properties: Record<string, unknown>, description?: string) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
  ...(description ? { description } : {}),
});
const periodId = { enum: PERIODS.map((p) => p.id) };
const nameTable = {
  type: 'object',
  propertyNames: { minLength: 1 },
  additionalProperties: { type: 'string', minLength: 1 },
  description: 'id (place, geo unit or country) → name, ids sorted',
};

export const bundleSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'bundle.schema.json',
  title: 'EU–China Partnership Atlas data bundle',
  ...obj({
    version: { const: 1 },
    atlas: obj({ title: str, version: str, date: str }, 'how to cite the atlas (CITATION.cff)'),
    sources: { type: 'array', items: obj({ id: str, file: str, title: str, label: str, reference: str, address: nstr }) },
    periods: {
      type: 'array',
      items: obj({ id: periodId, start: { type: 'integer' }, end: { type: 'integer' }, table: { type: 'integer' } }),
    },
    countries: {
      type: 'array',
      items: obj({ id: { type: 'string', pattern: '^[A-Z]{2}$' }, name: str, anchor: lonlat, surveyed: { type: 'boolean' } }),
    },
    places: {
      type: 'array',
      items: obj({
        id: str,
        name: str,
        kind: { enum: [...PLACE_KINDS] },
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
        province: { type: ['string', 'null'], pattern: '^CN-[A-Z]{2}$' },
        localName: nstr,
        zh: nstr,
        aliases: { type: 'array', items: str },
        coord: lonlat,
        hasGeometry: { type: 'boolean' },
        sources,
      }),
    },
    partnerships: {
      type: 'array',
      items: obj({
        id: str,
        euCountry: { enum: [...EU_COUNTRIES] },
        euUnit: nstr,
        cnUnit: nstr,
        cnProvince: { type: ['string', 'null'], pattern: '^CN-[A-Z]{2}$' },
        cnPrinted: nstr,
        period: { enum: [...PERIODS.map((p) => p.id), null] },
        table: { type: ['integer', 'null'], minimum: 4, maximum: 8 },
        counted: { enum: [...COUNTED] },
        startYear: { type: ['integer', 'null'] },
        status: { enum: [...STATUSES] },
        agreement: nstr,
        renewals: nstr,
        confidence: { enum: [...CONFIDENCES] },
        note: nstr,
        sources,
      }),
    },
    unattributed: {
      type: 'array',
      items: obj({ cnProvince: { type: 'string', pattern: '^CN-[A-Z]{2}$' }, count: { type: 'integer', minimum: 1 }, note: str, sources }),
    },
    printedCells: {
      type: 'array',
      items: obj({ table: { type: 'integer' }, row: str, column: str, value: { type: ['integer', 'null'] }, reading: { enum: [...READINGS] }, note: nstr }),
    },
    statements: { type: 'array', items: obj({ id: str, subject: str, figure: str, value: str, paraphrase: str, sources }) },
    contradictions: {
      type: 'array',
      items: obj({ id: str, about: str, valueA: str, sourceA: sources, valueB: str, sourceB: sources, statements: { type: 'array', items: str }, explanation: str }),
    },
    caseTables: {
      type: 'array',
      items: obj({
        table: { type: 'integer' },
        euUnit: str,
        partnerPrinted: str,
        cnUnit: str,
        cnProvince: nstr,
        year: str,
        agreement: str,
        status: str,
        partnershipId: str,
        extra: nstr,
        sources,
      }),
    },
    caseStudies: { type: 'array', items: obj({ placeId: str, section: str, title: str, summary: str, sources }) },
    iurc: obj({
      profiles: {
        type: 'array',
        items: obj({
          placeId: str,
          side: { enum: ['EU', 'CN'] },
          programme: str,
          namePrinted: str,
          population: { type: ['integer', 'null'] },
          populationNote: nstr,
          areaKm2: { type: ['number', 'null'] },
          areaNote: nstr,
          thematicClusters: { type: 'array', items: str },
          preferredAreas: { type: 'array', items: str },
          goodPractices: { type: 'array', items: str },
          summary: str,
          sources,
        }),
      },
      links: {
        type: 'array',
        items: obj({
          id: str,
          kind: { enum: [...LINK_KINDS] },
          a: str,
          b: str,
          year: { type: ['integer', 'null'] },
          programme: nstr,
          description: str,
          sources,
        }),
      },
    }),
    story: {
      type: 'array',
      description: 'presenter-mode steps, in order',
      items: obj({
        id: str,
        view: { type: 'string', minLength: 1, description: 'URL query of the view this step shows, e.g. period=1982-1989' },
        title: { type: 'string', minLength: 1, maxLength: 60 },
        caption: { type: 'string', minLength: 1, maxLength: 300 },
        sources,
        translations: obj(
          Object.fromEntries(NAME_LANGS.map((lang) => [lang, obj({ title: { type: 'string', minLength: 1 }, caption: { type: 'string', minLength: 1 } })])),
          'the title and caption in Chinese and Polish, from seeds/report/story.i18n.csv',
        ),
      }),
    },
    names: obj(
      Object.fromEntries(NAME_LANGS.map((lang) => [lang, nameTable])),
      'place names in Chinese and Polish from seeds/names/names.csv (each sourced there): language → id → name; an id without a name falls back to the English/local name',
    ),
  }),
};
