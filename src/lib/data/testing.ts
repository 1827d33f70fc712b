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
