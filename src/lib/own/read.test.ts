import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { gazetteerFromBundle } from './match.ts';
import { MAX_ROWS, readOwn } from './read.ts';
import { encodeCp1250, encodeGb18030 } from './encode.test-helper.ts';

const gaz = gazetteerFromBundle(parseBundle(raw));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readOwn', () => {
  it('opens a recognised file at once: the rows read, the tally adding up', () => {
    const r = readOwn(utf8('eu_place,cn_place,year,status,source\nLodzkie,Sichuan,2014,active,x\nAtlantis,Sichuan,2015,,y\n'), gaz);
    expect(r.kind).toBe('ready');
    if (r.kind !== 'ready') return;
    expect(r.tally).toEqual({ rows: 2, drawn: 1, waiting: 1, duplicates: 0 });
    expect(r.rows[1].problems[0]).toMatchObject({ side: 'eu', cell: 'Atlantis', reason: 'unknown' });
  });

  it('reads a Polish Excel file (Windows-1250, semicolons) and a Chinese one (GB18030) the same way', () => {
    const pl = readOwn(encodeCp1250('Miasto UE;Partner chiński;Rok;Stan\nŁódzkie;Syczuan;2014;aktywne\n'), gaz);
    expect(pl).toMatchObject({ kind: 'ready', encoding: 'windows-1250', delimiter: ';', tally: { drawn: 1 } });
    const zh = readOwn(encodeGb18030('欧方城市,中方城市,签署年份,状态\n罗兹省,四川省,2014,活跃\n'), gaz);
    expect(zh).toMatchObject({ kind: 'ready', encoding: 'gb18030', delimiter: ',', tally: { drawn: 1 } });
  });

  it('asks for the mapping when the headers are not recognised, then reads with the reader’s mapping', () => {
    const bytes = utf8('A,B,When\nLodzkie,Sichuan,2014\n');
    const first = readOwn(bytes, gaz);
    expect(first).toMatchObject({ kind: 'needs-mapping', headers: ['A', 'B', 'When'], guess: { missing: ['eu_place', 'cn_place', 'year'] } });
    const mapped = readOwn(bytes, gaz, { columns: { eu_place: 0, cn_place: 1, year: 2 } });
    expect(mapped).toMatchObject({ kind: 'ready', tally: { rows: 1, drawn: 1 } });
  });

  it('refuses what it cannot read, saying why', () => {
    expect(readOwn(new Uint8Array(), gaz)).toEqual({ kind: 'refused', reason: 'empty' });
    expect(readOwn(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), gaz)).toEqual({ kind: 'refused', reason: 'not-text', what: 'png' });
    expect(readOwn(utf8('eu_place,cn_place,year\nA,"B,2014\n'), gaz)).toEqual({ kind: 'refused', reason: 'open-quote', line: 2 });
    const many = utf8(`eu_place,cn_place,year\n${'Lodzkie,Sichuan,2014\n'.repeat(MAX_ROWS + 1)}`);
    expect(readOwn(many, gaz)).toEqual({ kind: 'refused', reason: 'too-many-rows', rows: MAX_ROWS + 1, limit: MAX_ROWS });
  });
});
