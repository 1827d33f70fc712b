import { describe, expect, it } from 'vitest';
import { PERIOD_IDS, STATUSES } from '../data/types.ts';
import {
  attributionText,
  counterPhrase,
  countryName,
  KIND_WORD,
  periodLabel,
  periodShortLabel,
  STATUS_LABEL,
  STATUS_WORD,
  summaryHead,
  viewSubtitle,
  viewTitle,
} from './core.ts';

describe('words', () => {
  it('words every status once as a label and once inside a sentence, "unknown" as "not stated" in both', () => {
    for (const s of STATUSES) {
      expect(STATUS_LABEL[s].toLowerCase()).toBe(STATUS_WORD[s]);
    }
    expect(STATUS_LABEL.unknown).toBe('Status not stated');
  });

  it('labels periods with an en dash, and short forms that keep both years readable', () => {
    expect(PERIOD_IDS.map(periodLabel)).toEqual(['1982–1989', '1991–1999', '2000–2007', '2010–2012', '2014–2017']);
    expect(PERIOD_IDS.map(periodShortLabel)).toEqual(['1982–89', '1991–99', '2000–07', '2010–12', '2014–17']);
    expect(periodLabel('all')).toBe('All periods');
    expect(periodShortLabel('all')).toBe('All');
  });

  it('titles, subtitles, counters and summary heads follow period and mode', () => {
    expect(viewTitle('1982-1989')).toBe('EU–China partnerships: 1982–1989');
    expect(viewSubtitle('all', 'new')).toBe('Every partnership the report counts');
    expect(viewSubtitle('1982-1989', 'cumulative')).toBe('Cumulative to the end of the period');
    expect(counterPhrase('1991-1999', 'new', 1)).toBe('new partnership, 1991–1999');
    expect(counterPhrase('1991-1999', 'cumulative', 40)).toBe('partnerships by the end of 1999');
    expect(summaryHead('all', 'new', 143)).toBe('All periods: 143 partnerships');
    expect(summaryHead('2014-2017', 'cumulative', 1)).toBe('Up to 2017: 1 partnership');
  });

  it('names countries from the data, never by abbreviation', () => {
    const countries = new Map([['GB', { name: 'United Kingdom' }]]);
    expect(countryName(countries, 'GB')).toBe('United Kingdom');
    expect(countryName(countries, 'XX')).toBe('XX');
  });

  it('has a word for every place kind and one credit line naming the report, the profiles and the boundaries', () => {
    expect(Object.keys(KIND_WORD)).toHaveLength(6);
    const a = attributionText();
    expect(a).toContain('The Subnational Dimension of EU-China Relations (2019)');
    expect(a).toContain('IURC');
    expect(a).toContain('Natural Earth');
  });
});

describe('kindOf', () => {
  it('names China’s province-level units as what they are, from their Chinese name', async () => {
    const { kindOf } = await import('./core.ts');
    expect(kindOf({ kind: 'cn-province', localName: '北京市' })).toBe('municipality');
    expect(kindOf({ kind: 'cn-province', localName: '广西壮族自治区' })).toBe('autonomous region');
    expect(kindOf({ kind: 'cn-province', localName: '香港特别行政区' })).toBe('special administrative region');
    expect(kindOf({ kind: 'cn-province', localName: '四川省' })).toBe('province');
    expect(kindOf({ kind: 'eu-region', localName: 'Łódzkie' })).toBe('region');
    expect(kindOf({ kind: 'cn-district', localName: null })).toBe('district');
  });
});

describe('kindBeside', () => {
  it('leaves out a kind the name already says', async () => {
    const { kindBeside } = await import('./core.ts');
    expect(kindBeside({ name: 'Changning District (Shanghai)', kind: 'cn-district', localName: null })).toBeNull();
    expect(kindBeside({ name: 'Chengdu', kind: 'cn-city', localName: '成都市' })).toBe('city');
    expect(kindBeside({ name: 'Shanghai', kind: 'cn-province', localName: '上海市' })).toBe('municipality');
  });
});
