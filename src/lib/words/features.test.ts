import { describe, expect, it } from 'vitest';
import { STATUSES } from '../data/types.ts';
import {
  alsoWritten,
  anchoredEnd,
  arcSentence,
  arcWhen,
  DARK_CHOICE,
  exportFailed,
  linkLead,
  MODE_WORD,
  periodNow,
  printedTotal,
  READING_FLAG,
  shownNoun,
  statusFact,
  STATUS_LABEL,
  statusNote,
  stepPosition,
  viewCaption,
} from './index.ts';

describe('feature words', () => {
  it('states a record’s status as the legend does, "not stated" for unknown', () => {
    expect(statusFact('active')).toBe('status: active');
    expect(statusFact('not-active')).toBe('status: not active');
    expect(statusFact('unknown')).toBe('status not stated');
    for (const s of STATUSES) expect(statusFact(s).toLowerCase()).toContain(STATUS_LABEL[s].toLowerCase().replace(/^status /, ''));
  });

  it('words the view in the list caption and the period control from the same period and mode words', () => {
    expect(viewCaption('all', 'new')).toBe('all periods');
    expect(viewCaption('1982-1989', 'new')).toBe(`1982–1989, ${MODE_WORD.new}`);
    expect(viewCaption('1982-1989', 'cumulative')).toBe('1982–1989, cumulative');
    expect(periodNow('1991-1999', 'cumulative')).toBe('1991–1999 (up to its end)');
    expect(periodNow('1991-1999', 'new')).toBe('1991–1999 (new)');
    expect(periodNow('all', 'cumulative')).toBe('All periods');
  });

  it('counts with the right noun and phrases what the panels and dialogs say', () => {
    expect(shownNoun(1)).toBe('partnership shown');
    expect(shownNoun(27)).toBe('partnerships shown');
    expect(linkLead('visit', true)).toBe('visit to');
    expect(linkLead('visit', false)).toBe('visit from');
    expect(linkLead('pairing', false)).toBe('pairing with');
    expect(printedTotal(48)).toBe('printed: 48');
    expect(printedTotal(null)).toBe('printed: — (missing from our copy of the report)');
    expect(statusNote(120, 146, 80, 55, 67)).toContain('(120 of 146); here 80 are active, 55% of all and 67% of those');
    expect(statusNote(0, 0, 0, null, null)).toContain('– of all');
    expect(Object.keys(READING_FLAG)).toEqual(['unrecoverable', 'missing']);
    expect(alsoWritten('Shantung')).toBe('also written “Shantung”');
    expect(exportFailed('SVG', 'no map')).toBe('The SVG could not be made: no map');
    expect(Object.keys(DARK_CHOICE)).toEqual(['false', 'true', 'auto']);
    expect(stepPosition(3, 7)).toBe('Step 3 of 7');
  });

  it('words an arc’s tooltip: the year, else the period, else none given', () => {
    expect(arcWhen(1987, '1982-1989')).toBe('since 1987');
    expect(arcWhen(null, '2010-2012')).toBe('2010–2012');
    expect(arcWhen(null, null)).toBe('no period given');
    expect(arcSentence(anchoredEnd('Germany'), 'Jiangsu', 'since 1990', 'ended')).toBe('Germany (region not named in the report) → Jiangsu: since 1990, ended');
  });
});

describe('agreementFact', () => {
  it('never reads "agreement: agreement"', async () => {
    const { agreementFact } = await import('./panels.ts');
    expect(agreementFact('agreement')).toBe('with an agreement');
    expect(agreementFact('agreement 2016')).toBe('with an agreement (2016)');
    expect(agreementFact('official agreement 2015')).toBe('with an official agreement (2015)');
    expect(agreementFact('none (no formal agreement)')).toBe('agreement: none (no formal agreement)');
  });
});
