/** Test helper: a partnership record with plain defaults, overridden field by field. */
import type { Partnership, Place } from './types.ts';

export function partnership(over: Partial<Partnership> & { id: string }): Partnership {
  return {
    euCountry: 'DE',
    euUnit: null,
    cnUnit: 'CN-JS',
    cnProvince: 'CN-JS',
    cnPrinted: 'Jiangsu',
    period: '1982-1989',
    table: 4,
    counted: 'period-table',
    startYear: null,
    status: 'active',
    agreement: null,
    renewals: null,
    confidence: 'high',
    note: null,
    sources: [],
    ...over,
  };
}

/** Test helper: a place with a polygon (a region, or a province when `country` is CN). */
export function testPlace(id: string, coord: [number, number], country = 'DE'): Place {
  return {
    id,
    name: id,
    kind: country === 'CN' ? 'cn-province' : 'eu-region',
    country,
    province: country === 'CN' ? id : null,
    localName: null,
    zh: null,
    aliases: [],
    coord,
    hasGeometry: true,
    sources: [],
  };
}

/** Country names as the bundle gives them, for tests that need no bundle. */
export const COUNTRY_NAMES = { FR: 'France', ES: 'Spain', DE: 'Germany', PL: 'Poland', GB: 'United Kingdom', IT: 'Italy' };

/** Table 4's column totals (1982–1989, new), per country in the report's column order. */
export const TABLE4_BY_COUNTRY = () => [
  { country: 'FR' as const, count: 4 },
  { country: 'ES' as const, count: 0 },
  { country: 'DE' as const, count: 14 },
  { country: 'PL' as const, count: 1 },
  { country: 'GB' as const, count: 7 },
  { country: 'IT' as const, count: 1 },
];
