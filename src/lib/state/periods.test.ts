import { describe, expect, it } from 'vitest';
import { stepPeriod, timeline } from './periods.ts';
import { PERIOD_IDS, PERIODS } from '../data/types.ts';
import { periodLabel } from '../words/index.ts';

describe('stepPeriod', () => {
  it('steps forward and back, stopping at the ends', () => {
    expect(stepPeriod('1982-1989', 1, false, PERIOD_IDS)).toBe('1991-1999');
    expect(stepPeriod('1991-1999', -1, false, PERIOD_IDS)).toBe('1982-1989');
    expect(stepPeriod('2014-2017', 1, false, PERIOD_IDS)).toBe('2014-2017');
    expect(stepPeriod('1982-1989', -1, false, PERIOD_IDS)).toBe('1982-1989');
  });

  it('wraps when looping', () => {
    expect(stepPeriod('2014-2017', 1, true, PERIOD_IDS)).toBe('1982-1989');
    expect(stepPeriod('1982-1989', -1, true, PERIOD_IDS)).toBe('2014-2017');
  });

  it('leaves "all" for the first or last period', () => {
    expect(stepPeriod('all', 1, false, PERIOD_IDS)).toBe('1982-1989');
    expect(stepPeriod('all', -1, false, PERIOD_IDS)).toBe('2014-2017');
  });
});

describe('timeline', () => {
  it('shows the five periods with the uncovered years as gaps', () => {
    const t = timeline(PERIODS);
    expect(t.map((s) => `${s.kind}:${s.label}`)).toEqual([
      'period:1982–1989',
      'gap:1990',
      'period:1991–1999',
      'period:2000–2007',
      'gap:2008–2009',
      'period:2010–2012',
      'gap:2013',
      'period:2014–2017',
    ]);
    expect(t.reduce((n, s) => n + s.end - s.start + 1, 0)).toBe(2017 - 1982 + 1);
  });

  it('labels periods with an en dash', () => {
    expect(periodLabel('2000-2007')).toBe('2000–2007');
    expect(periodLabel('all')).toBe('All periods');
  });
});
