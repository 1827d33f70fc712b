import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, parseRows, SeedError } from './csv.ts';

describe('parseRows', () => {
  it('reads quoted cells with commas, quotes and newlines, and tracks the starting line', () => {
    const rows = parseRows('a,b\n"x, y","say ""hi"""\n"multi\nline",z\n', 'f.csv');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['multi\nline', 'z'] },
    ]);
  });

  it('accepts CRLF, a BOM, blank lines and a missing final newline', () => {
    expect(parseRows('\uFEFFa,b\r\n\r\n1,2', 'f.csv')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', '2'] },
    ]);
  });

  it('rejects an unterminated quote, naming file and line', () => {
    expect(() => parseRows('a\n"open\n', 'seeds/x.csv')).toThrow('seeds/x.csv:2: unterminated quoted cell');
  });

  it('rejects a stray quote inside an unquoted cell', () => {
    expect(() => parseRows('a\nab"c\n', 'x.csv')).toThrow(SeedError);
  });
});

describe('parseCsv', () => {
  it('keys cells by header, trims them and fills missing trailing cells', () => {
    expect(parseCsv('id,name,note\n A , B \nC,D\n', 'f.csv')).toEqual([
      { line: 2, values: { id: 'A', name: 'B', note: '' } },
      { line: 3, values: { id: 'C', name: 'D', note: '' } },
    ]);
  });

  it('fails on a row with too many cells, a missing required column, a duplicate column, an empty file', () => {
    expect(() => parseCsv('a,b\n1,2,3\n', 'f.csv')).toThrow('f.csv:2: 3 cells but the header has 2');
    expect(() => parseCsv('a,b\n', 'f.csv', ['c'])).toThrow('f.csv:1: missing column "c"');
    expect(() => parseCsv('a,a\n', 'f.csv')).toThrow('duplicate column "a"');
    expect(() => parseCsv('', 'f.csv')).toThrow('empty file');
  });
});

describe('csvCell', () => {
  it('quotes only when needed', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });
});
