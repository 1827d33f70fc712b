import { describe, expect, it } from 'vitest';
import { clampStep, stepView } from './story.ts';
import { counterPhrase } from '../words/index.ts';
import type { StoryStep } from '../data/types.ts';

const step = (view: string): StoryStep => ({ id: 's', view, title: 't', caption: 'c', sources: [{ file: '003.txt', ref: 'Table 4' }], translations: { 'zh-Hans': { title: '标题', caption: '说明' }, pl: { title: 'Tytuł', caption: 'Opis' } } });

describe('stepView', () => {
  it('is the view the step names, with the presenter’s mode', () => {
    expect(stepView(step('period=1982-1989'), 'cumulative', () => true)).toMatchObject({ period: '1982-1989', mode: 'cumulative', select: null });
    expect(stepView(step('period=2014-2017&mode=cumulative&select=IT-VEN'), 'new', (id) => id === 'IT-VEN')).toMatchObject({
      period: '2014-2017',
      mode: 'new',
      select: 'IT-VEN',
    });
  });
});

describe('clampStep', () => {
  it('keeps the index inside the story', () => {
    expect(clampStep(-1, 7)).toBe(0);
    expect(clampStep(9, 7)).toBe(6);
    expect(clampStep(3.7, 7)).toBe(3);
    expect(clampStep(Number.NaN, 7)).toBe(0);
    expect(clampStep(2, 0)).toBe(0);
  });
});

// The presenter's counter is worded by the vocabulary (words/core.ts).
describe('counterPhrase', () => {
  it('says what the number counts', () => {
    expect(counterPhrase('1982-1989', 'new', 27)).toBe('new partnerships, 1982–1989');
    expect(counterPhrase('2000-2007', 'cumulative', 68)).toBe('partnerships by the end of 2007');
    expect(counterPhrase('all', 'new', 143)).toBe('partnerships in all periods');
    expect(counterPhrase('1991-1999', 'new', 1)).toBe('new partnership, 1991–1999');
  });
});
