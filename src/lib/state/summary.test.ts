import { describe, expect, it } from 'vitest';
import { summarizeView } from './summary.ts';
import { COUNTRY_NAMES, TABLE4_BY_COUNTRY } from '../data/testing.ts';

const names = COUNTRY_NAMES;
const byCountry = TABLE4_BY_COUNTRY();

describe('summarizeView', () => {
  it('says the period, the total and the countries, largest first, leaving out zeros', () => {
    expect(summarizeView({ period: '1982-1989', mode: 'new', byCountry, names, countries: [], statuses: [] })).toBe(
      '1982–1989: 27 new partnerships (Germany 14, United Kingdom 7, France 4, Poland 1, Italy 1).',
    );
  });
  it('phrases cumulative and all, filters and the selection', () => {
    const one = [{ country: 'PL' as const, count: 1 }];
    expect(summarizeView({ period: '2000-2007', mode: 'cumulative', byCountry: one, names, countries: ['PL'], statuses: ['active', 'unknown'], selected: 'Łódzkie' })).toBe(
      'Up to 2007: 1 partnership (Poland 1). Filtered by countries: Poland; status: active, status not stated. Selected: Łódzkie.',
    );
    expect(summarizeView({ period: 'all', mode: 'new', byCountry: [], names, countries: [], statuses: [] })).toBe('All periods: 0 partnerships.');
  });
});
