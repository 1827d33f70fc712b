/** Test helper: a partnership record with plain defaults, overridden field by field. */
import type { Partnership } from './types.ts';

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
