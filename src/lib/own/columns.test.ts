import { describe, expect, it } from 'vitest';
import { fieldOf, guessColumns, headerKey, TEMPLATE } from './columns.ts';

describe('guessColumns', () => {
  it('recognises the template, in its order and in any other', () => {
    const g = guessColumns(TEMPLATE);
    expect(g.recognised).toBe(true);
    expect(g.columns).toEqual(Object.fromEntries(TEMPLATE.map((f, i) => [f, i])));
    const shuffled = guessColumns(['source', 'YEAR', 'Cn_Place', 'status', 'EU place']);
    expect(shuffled.columns).toEqual({ source: 0, year: 1, cn_place: 2, status: 3, eu_place: 4 });
    expect(shuffled.recognised).toBe(true);
  });

  it('recognises obvious English, Polish and Chinese headers without the mapping step', () => {
    const english = guessColumns(['European partner', 'Chinese partner', 'Year signed', 'Status', 'Reference', 'Country', 'Notes']);
    expect(english.columns).toEqual({ eu_place: 0, cn_place: 1, year: 2, status: 3, source: 4, eu_country: 5, note: 6 });
    const polish = guessColumns(['Miasto UE', 'Partner chiński', 'Rok podpisania', 'Stan', 'Źródło', 'Kraj', 'Uwagi']);
    expect(polish.columns).toEqual({ eu_place: 0, cn_place: 1, year: 2, status: 3, source: 4, eu_country: 5, note: 6 });
    const chinese = guessColumns(['欧方城市', '中方城市', '签署年份', '状态', '来源', '国家', '备注']);
    expect(chinese.columns).toEqual({ eu_place: 0, cn_place: 1, year: 2, status: 3, source: 4, eu_country: 5, note: 6 });
    for (const g of [english, polish, chinese]) expect(g).toMatchObject({ recognised: true, missing: [], unknown: [], repeated: [] });
  });

  it('sends other headers to the mapping step, saying which needed field is missing', () => {
    const g = guessColumns(['Partner A', 'Partner B', 'Rok', 'Whatever']);
    expect(g).toMatchObject({ recognised: false, missing: ['eu_place', 'cn_place'], unknown: [0, 1, 3], columns: { year: 2 } });
    expect(guessColumns([]).missing).toEqual(['eu_place', 'cn_place', 'year']);
  });

  it('keeps the first of two columns naming one field, and lists the other for the reader', () => {
    const g = guessColumns(['eu_place', 'cn_place', 'year', 'date']);
    expect(g.columns.year).toBe(2);
    expect(g.repeated).toEqual([3]);
  });
});

describe('headerKey and fieldOf', () => {
  it('compare headers without case, accents, spaces or punctuation', () => {
    expect(headerKey(' EU-Place ')).toBe('euplace');
    expect(headerKey('Źródło')).toBe('zrodlo');
    expect(headerKey('Państwo')).toBe('panstwo');
    expect(fieldOf('cn_lat')).toBe('cn_lat');
    expect(fieldOf('中方 城市')).toBe('cn_place');
    expect(fieldOf('=HYPERLINK("x")')).toBeNull();
  });
});
