import { describe, expect, it } from 'vitest';
import { parseQuery, settleQuery } from './query.ts';
import { DEFAULT_FLAGS } from './render.ts';
import { DEFAULT_STATE } from './url.ts';

const data = { isPlace: (id: string) => id === 'PL71', steps: 7 };

describe('parseQuery', () => {
  it('reads the render flags at once, before the data', () => {
    const q = parseQuery('?embed&plain&period=2014-2017&select=PL71');
    expect(q.flags).toEqual({ ...DEFAULT_FLAGS, embed: true, plain: true });
    expect(q.flagNotices).toEqual([]);
    expect(q.view.notices).toEqual([]);
  });

  it('gives the view and every notice once the places are known, view first and in address order', () => {
    const q = parseQuery('?select=Atlantis&embed=yes&period=1990&zoom=3');
    const s = settleQuery(q, data);
    expect(s.view).toEqual(DEFAULT_STATE);
    expect(s.notices).toEqual([
      'Ignored select "Atlantis": no such place.',
      expect.stringContaining('Ignored period "1990"'),
      'Ignored unknown parameter "zoom".',
      'Ignored embed "yes": expected no value, true or false.',
    ]);
  });

  it('keeps a known place and the flags', () => {
    const s = settleQuery(parseQuery('?period=2014-2017&select=PL71&dark=auto'), data);
    expect(s.view).toEqual({ ...DEFAULT_STATE, period: '2014-2017', select: 'PL71' });
    expect(s.flags.dark).toBe('auto');
    expect(s.notices).toEqual([]);
  });

  it('says when the presenter step is past the end of the story, after the capped list', () => {
    const junk = Array.from({ length: 8 }, (_, i) => `x${i}=1`).join('&');
    const s = settleQuery(parseQuery(`?present&step=9&${junk}`), data);
    expect(s.flags).toMatchObject({ present: true, step: 9 });
    expect(s.notices).toHaveLength(7);
    expect(s.notices[5]).toBe('…and 3 more parameters were ignored.');
    expect(s.notices[6]).toBe('Ignored step "9": the presentation has 7 steps.');
    expect(settleQuery(parseQuery('?present&step=7'), data).notices).toEqual([]);
    expect(settleQuery(parseQuery('?step=9'), data).notices).toEqual([]);
  });
});
