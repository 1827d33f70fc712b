import { describe, expect, it } from 'vitest';
import { readYear } from './years.ts';
import { groupOfYear, groupsOf, place } from './groups.ts';

describe('readYear', () => {
  it('reads a year, alone or in a date, in the ways spreadsheets write them', () => {
    for (const cell of ['1990', ' 1990 ', '1990年', '１９９０', '1990-05-12', '1990/5', '12.05.1990', '12/05/1990', '1990年5月12日', '1990年5月', '1990-1990'])
      expect(readYear(cell), cell).toEqual({ kind: 'year', year: 1990 });
  });

  it('reads "about 1990" as 1990, marked approximate, in English, Polish and Chinese', () => {
    for (const cell of ['ca. 1990', 'c. 1990', 'circa 1990', 'about 1990', '~1990', 'approx. 1990', 'około 1990', 'ok. 1990', '约1990', '约1990年', '1990年左右', '1990?', '大约 1990 年'])
      expect(readYear(cell), cell).toEqual({ kind: 'approximate', year: 1990 });
  });

  it('keeps a decade and a range as spans, never a year picked from them', () => {
    for (const cell of ['1990s', "1990's", 'the 1990s', '1990年代', '90年代', 'lata 90.', 'lata 90-te', 'lata 1990'])
      expect(readYear(cell), cell).toEqual({ kind: 'decade', from: 1990, to: 1999 });
    for (const cell of ['1990-1995', '1990–1995', '1990 to 1995', '1990 do 1995', '1990至1995年'])
      expect(readYear(cell), cell).toEqual({ kind: 'range', from: 1990, to: 1995 });
  });

  it('calls empty cells and the words for unknown undated, and everything else unreadable', () => {
    for (const cell of ['', '  ', '?', 'n/a', 'Unknown', 'brak danych', '不详', '未知', '—']) expect(readYear(cell), cell).toEqual({ kind: 'undated' });
    for (const cell of ['199', '19900', 'next year', '1995-1990', '1850', '2150', '=1990+1', 'ca. sometime', '1990s?', '12/1990/05'])
      expect(readYear(cell), cell).toEqual({ kind: 'unreadable' });
  });
});

describe('grouping years', () => {
  it('puts a year in the report’s period that holds it, and a gap year, or one before 1982 or after 2017, in none', () => {
    expect(groupOfYear(1982, 'report')?.id).toBe('1982-1989');
    expect(groupOfYear(2017, 'report')?.id).toBe('2014-2017');
    for (const gap of [1981, 1990, 2008, 2009, 2013, 2018, 2024]) expect(groupOfYear(gap, 'report'), String(gap)).toBeNull();
    expect(place({ kind: 'year', year: 2013 }, 'report')).toEqual({ apart: 'outside' });
    expect(place({ kind: 'year', year: 2013 }, 'decade')).toEqual({ group: { id: '2010-2019', start: 2010, end: 2019 }, approximate: false });
    expect(place({ kind: 'year', year: 2013 }, 'year')).toEqual({ group: { id: '2013', start: 2013, end: 2013 }, approximate: false });
  });

  it('keeps the approximate mark with the group', () => {
    expect(place({ kind: 'approximate', year: 1995 }, 'report')).toEqual({ group: { id: '1991-1999', start: 1991, end: 1999 }, approximate: true });
  });

  it('places a span only where it lies whole in one group; across two, or partly in a gap, it is counted apart', () => {
    expect(place({ kind: 'decade', from: 1990, to: 1999 }, 'decade')).toMatchObject({ group: { id: '1990-1999' } });
    // The report's 1990s period starts in 1991: 1990 lies in a gap.
    expect(place({ kind: 'decade', from: 1990, to: 1999 }, 'report')).toEqual({ apart: 'across' });
    expect(place({ kind: 'range', from: 1992, to: 1995 }, 'report')).toMatchObject({ group: { id: '1991-1999' } });
    expect(place({ kind: 'range', from: 1995, to: 2002 }, 'decade')).toEqual({ apart: 'across' });
    expect(place({ kind: 'range', from: 1995, to: 1996 }, 'year')).toEqual({ apart: 'across' });
    expect(place({ kind: 'range', from: 2008, to: 2009 }, 'report')).toEqual({ apart: 'outside' });
  });

  it('counts undated and unreadable rows apart, and lists the groups held in time order', () => {
    expect(place({ kind: 'undated' }, 'decade')).toEqual({ apart: 'undated' });
    expect(place({ kind: 'unreadable' }, 'report')).toEqual({ apart: 'unreadable' });
    const placed = ['2015', '1985', 'ca. 2016', '2013', '', '1987'].map((c) => place(readYear(c), 'report'));
    expect(groupsOf(placed).map((g) => g.id)).toEqual(['1982-1989', '2014-2017']);
  });
});
