import { describe, expect, it } from 'vitest';
import { viewText } from './view-text.ts';
import { DEFAULT_STATE } from '../state/url.ts';

const names = { IT: 'Italy', DE: 'Germany' };
const places = new Map([['DE2', { name: 'Bayern' }]]);

describe('viewText', () => {
  it('titles, summarises and names the exports of a period in a mode', () => {
    const t = viewText({ ...DEFAULT_STATE, period: '2014-2017', countries: ['IT'] }, { byCountry: [{ country: 'IT', count: 20 }], names, places });
    expect(t).toEqual({
      title: 'EU–China partnerships: 2014–2017',
      subtitle: 'New in the period',
      pageTitle: 'EU–China partnerships: 2014–2017 · EU–China Partnership Atlas',
      summary: '2014–2017: 20 new partnerships (Italy 20). Filtered by countries: Italy.',
      basename: 'eu-china-partnerships-2014-2017-new',
    });
  });

  it('leaves the mode out of the file name for all periods, and names the selection', () => {
    const t = viewText({ ...DEFAULT_STATE, mode: 'cumulative', select: 'DE2' }, { byCountry: [{ country: 'DE', count: 1 }], names, places });
    expect(t.basename).toBe('eu-china-partnerships-all');
    expect(t.subtitle).toBe('Every partnership the report counts');
    expect(t.summary).toBe('All periods: 1 partnership (Germany 1). Selected: Bayern.');
  });
});
