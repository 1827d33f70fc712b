import { describe, expect, it } from 'vitest';
import { checkSettings, MAX_FRAGMENT, readFragment, shareFragment } from './share.ts';

const CSV = 'eu_place,cn_place,year,status,source\nŁódzkie,四川省,2014,active,"own list, p. 3"\nBavaria,Shandong,1987,,=HYPERLINK("x")\n';

describe('shareFragment and readFragment', () => {
  it('carry a CSV through the fragment unchanged, in every script, beside other keys of the fragment', () => {
    const s = shareFragment(CSV);
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.fragment).toMatch(/^own=[A-Za-z0-9+\-$]+$/);
    expect(readFragment(`#${s.fragment}`)).toEqual({ ok: true, csv: CSV, settings: {} });
    expect(readFragment(`#map=3/50/60&${s.fragment}`)).toEqual({ ok: true, csv: CSV, settings: {} });
  });

  it('compresses: a list of 150 partnerships fits a link, shorter than the text escaped', () => {
    const places = ['Łódzkie', 'Bavaria', 'Catalonia', 'Lombardy', 'Île-de-France'];
    const partners = ['四川省', 'Shandong', 'Tianjin', 'Guangdong', 'Jiangsu', 'Zhejiang'];
    const rows = Array.from({ length: 150 }, (_, i) => `${places[i % 5]},${partners[i % 6]},${1982 + (i % 36)},${i % 3 ? 'active' : ''},own list`);
    const csv = `eu_place,cn_place,year,status,source\n${rows.join('\n')}\n`;
    const s = shareFragment(csv);
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.fragment.length).toBeLessThan(encodeURIComponent(csv).length / 3);
    expect(readFragment(s.fragment)).toEqual({ ok: true, csv, settings: {} });
  });

  it('refuses a list too large for a link, with its size', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `Place ${i * 7919},City ${i * 104729},${1980 + (i % 40)},active,source ${i}`);
    const s = shareFragment(`eu_place,cn_place,year,status,source\n${rows.join('\n')}`);
    expect(s).toMatchObject({ ok: false, reason: 'too-large', limit: MAX_FRAGMENT });
    expect(!s.ok && s.length).toBeGreaterThan(MAX_FRAGMENT);
  });

  it('tells a fragment without data from a damaged one', () => {
    expect(readFragment('')).toEqual({ ok: false, reason: 'absent' });
    expect(readFragment('#map=3/50/60')).toEqual({ ok: false, reason: 'absent' });
    expect(readFragment('#own=')).toEqual({ ok: false, reason: 'damaged' });
    expect(readFragment('#own=%%%not-lz')).toEqual({ ok: false, reason: 'damaged' });
  });

  it('carries the reader’s choices beside the rows (name, grouping, fixes and skips), and drops what it does not recognise', () => {
    const s = shareFragment(CSV, { name: 'ties.csv', grouping: 'decade', decisions: [[3, { eu: 'PL9' }], [4, { skip: true }]] });
    if (!s.ok) throw new Error('too large');
    expect(s.fragment).toMatch(/^own=[^&]+&ownset=[^&]+$/);
    expect(readFragment(`#map=3/50/60&${s.fragment}`)).toEqual({ ok: true, csv: CSV, settings: { name: 'ties.csv', grouping: 'decade', decisions: [[3, { eu: 'PL9' }], [4, { skip: true }]] } });
    expect(checkSettings({ grouping: 'weeks', decisions: [[1.5, { eu: 'x' }], [2, { skip: true, eu: 'x' }], [3, {}], [4, { cn: 'CN-SC' }], 'junk'], name: 7 })).toEqual({ decisions: [[4, { cn: 'CN-SC' }]] });
    // Damaged choices leave the rows readable.
    const rowsOnly = s.fragment.split('&')[0];
    expect(readFragment(`#${rowsOnly}&ownset=%%%`)).toEqual({ ok: true, csv: CSV, settings: {} });
  });
});
