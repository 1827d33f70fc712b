import { describe, expect, it } from 'vitest';
import { detectDelimiter, readTable, recordLines } from './table.ts';

describe('readTable', () => {
  it('reads the template as CSV, each row with its line', () => {
    const t = readTable('eu_place,cn_place,year,status,source\nŁódzkie,Sichuan,2014,active,report\n\nBavaria,Shandong,1987,,"Table 4, row 3"\n');
    expect(t).toEqual({
      ok: true,
      delimiter: ',',
      headers: ['eu_place', 'cn_place', 'year', 'status', 'source'],
      rows: [
        ['Łódzkie', 'Sichuan', '2014', 'active', 'report'],
        ['Bavaria', 'Shandong', '1987', '', 'Table 4, row 3'],
      ],
      lines: [2, 4],
    });
  });

  it('reads semicolons (a Polish Excel’s CSV) and tabs (cells pasted from a spreadsheet)', () => {
    expect(readTable('miejsce_ue;miejsce_cn;rok\r\nŁódzkie;Syczuan;2014\r\n')).toMatchObject({ ok: true, delimiter: ';', rows: [['Łódzkie', 'Syczuan', '2014']], lines: [2] });
    expect(readTable('欧方城市\t中方城市\t年份\n罗兹省\t四川省\t2014')).toMatchObject({ ok: true, delimiter: '\t', rows: [['罗兹省', '四川省', '2014']] });
  });

  it('counts lines inside quoted cells, so later rows keep their true line numbers', () => {
    const t = readTable('eu_place,cn_place,note\nA,B,"two\nlines"\r\nC,D,"say ""hi"""\nE,F,x');
    expect(t).toMatchObject({ ok: true, rows: [['A', 'B', 'two\nlines'], ['C', 'D', 'say "hi"'], ['E', 'F', 'x']], lines: [2, 4, 5] });
  });

  it('refuses a quote never closed, with the line it opens on, rather than reading the rest into one cell', () => {
    expect(readTable('eu_place,cn_place,note\nA,B,ok\nC,D,"never closed\nE,F,x\n')).toEqual({ ok: false, reason: 'open-quote', line: 3 });
    expect(readTable('"eu_place,cn_place')).toEqual({ ok: false, reason: 'open-quote', line: 1 });
  });

  it('keeps cells as written: formulas and markup stay text', () => {
    const t = readTable('eu_place,cn_place,note\n=HYPERLINK("http://x"),+1,<img src=x onerror=alert(1)>\n');
    expect(t.ok && t.rows[0]).toEqual(['=HYPERLINK("http://x")', '+1', '<img src=x onerror=alert(1)>']);
  });

  it('says when there is nothing but blank rows', () => {
    expect(readTable('\n ,, \n\n')).toEqual({ ok: false, reason: 'no-rows' });
  });
});

describe('detectDelimiter and recordLines', () => {
  it('take the delimiter the header line uses most, not one inside its quotes', () => {
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('\n\na;b,c;d\n')).toBe(';');
    expect(detectDelimiter('one column\n')).toBe(',');
  });

  it('find where each record starts', () => {
    expect(recordLines('a,b\n"x\ny",z\nlast', ',')).toEqual({ lines: [1, 2, 4] });
    expect(recordLines('a\rb\r\nc', ',')).toEqual({ lines: [1, 2, 3] });
  });
});
