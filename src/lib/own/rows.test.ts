import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { guessColumns } from './columns.ts';
import { Gazetteer, gazetteerFromBundle, type GazetteerEntry } from './match.ts';
import { coordinates, readRows, readStatus, tally, type End } from './rows.ts';
import { readTable } from './table.ts';

const gaz = gazetteerFromBundle(parseBundle(raw));

/** A CSV read as the page reads it: table, columns, rows. */
function read(csv: string) {
  const t = readTable(csv);
  if (!t.ok) throw new Error(t.reason);
  const g = guessColumns(t.headers);
  expect(g.recognised).toBe(true);
  return readRows(t.rows, t.lines, g.columns, gaz);
}
const at = (e: End | null) => (!e ? null : e.kind === 'place' ? e.entry.id : e.kind === 'country' ? `country:${e.country}` : `${e.name}@${e.coord.join(',')}`);

describe('readRows', () => {
  it('draws the rows it can place, and keeps the others with their line and the reason, nothing dropped', () => {
    const rows = read(
      [
        'eu_place,cn_place,year,status,source',
        'Lodzkie,四川省,2014,active,own list',
        'Atlantis,Sichuan,2015,,own list',
        ',Tianjin,1999,,',
        'Polska,Beijing,ca. 1995,aktywne,',
        'Łódzkie,Sichuan,2014,zakończone,again',
        'Łódzkie,Middle Earth,2016,活跃,',
      ].join('\n'),
    );
    expect(rows.map((r) => [r.line, at(r.eu), at(r.cn)])).toEqual([
      [2, 'PL71', 'CN-SC'],
      [3, null, 'CN-SC'],
      [4, null, 'CN-TJ'],
      [5, 'country:PL', 'CN-BJ'],
      [6, 'PL71', 'CN-SC'],
      [7, 'PL71', null],
    ]);
    expect(rows[1].problems).toEqual([{ side: 'eu', cell: 'Atlantis', reason: 'unknown' }]);
    expect(rows[2].problems).toEqual([{ side: 'eu', cell: '', reason: 'empty' }]);
    expect(rows[5].problems).toEqual([{ side: 'cn', cell: 'Middle Earth', reason: 'unknown' }]);
    expect(rows.map((r) => r.status)).toEqual(['active', null, null, 'active', 'ended', 'active']);
    expect(rows[3].year).toEqual({ kind: 'approximate', year: 1995 });
    // The same two ends in the same year: flagged, not removed.
    expect(rows[4].duplicateOf).toBe(2);
    expect(tally(rows)).toEqual({ rows: 6, drawn: 3, waiting: 3, duplicates: 1 });
  });

  it('places a row on its country when the row gives the country and no region; a region not found is asked about, not moved', () => {
    const rows = read('eu_place,cn_place,year,eu_country\n,Shandong,2001,Germany\nNowhere,Shandong,2002,DE\n');
    expect(rows.map((r) => at(r.eu))).toEqual(['country:DE', null]);
    expect(rows[1].problems).toEqual([{ side: 'eu', cell: 'Nowhere', reason: 'unknown' }]);
  });

  it('uses the row’s coordinates for a place the atlas does not know, never for one it knows', () => {
    const rows = read(
      'eu_place,cn_place,year,eu_country,eu_lon,eu_lat,cn_lon,cn_lat\nGdynia,Qingdao,2010,PL,18.53,54.52,120.38,36.07\nŁódzkie,Sichuan,2011,PL,0,0,0,0\nGdynia,Sichuan,2012,PL,999,54,,\nGdynia,Sichuan,2013,,18.53,54.52,,\n',
    );
    expect(at(rows[0].eu)).toBe('Gdynia@18.53,54.52');
    expect(at(rows[1].eu)).toBe('PL71');
    expect(at(rows[1].cn)).toBe('CN-SC');
    // Out of range: not a place, and said so.
    expect(rows[2].problems).toEqual([{ side: 'eu', cell: 'Gdynia', reason: 'unknown' }]);
    // A European place by its coordinates alone: its country (colour, column) is asked for, not guessed.
    expect(rows[3].problems).toEqual([{ side: 'eu', cell: 'Gdynia', reason: 'no-country' }]);
  });

  it('asks about an ambiguous name, with its candidates, and draws nothing for it', () => {
    const entry = (id: string, country: string): GazetteerEntry => ({ id, side: 'eu', country, names: ['Santiago'], codes: [id], unit: null, coord: [0, 0] });
    const two = new Gazetteer([entry('ES-S', 'ES'), entry('PT-S', 'PT'), ...gaz.entries.filter((e) => e.side === 'cn')]);
    const t = readTable('eu_place,cn_place,year\nSantiago,Sichuan,2010\n');
    if (!t.ok) throw new Error(t.reason);
    const [row] = readRows(t.rows, t.lines, guessColumns(t.headers).columns, two);
    expect(row.eu).toBeNull();
    expect(row.problems).toHaveLength(1);
    expect(row.problems[0]).toMatchObject({ side: 'eu', cell: 'Santiago', reason: 'ambiguous' });
    expect(row.problems[0].reason === 'ambiguous' && row.problems[0].candidates.map((c) => c.id)).toEqual(['ES-S', 'PT-S']);
  });
});

describe('readStatus and coordinates', () => {
  it('read statuses in three languages, keep what they do not understand', () => {
    expect(readStatus('Not active').status).toBe('not-active');
    expect(readStatus(' nieaktywne ').status).toBe('not-active');
    expect(readStatus('已终止').status).toBe('ended');
    expect(readStatus('')).toEqual({ status: null, unread: null });
    expect(readStatus('=1+1')).toEqual({ status: null, unread: '=1+1' });
  });

  it('read decimal commas, and refuse what is out of range or missing', () => {
    expect(coordinates('19,46', '51,76')).toEqual([19.46, 51.76]);
    expect(coordinates('200', '10')).toBeNull();
    expect(coordinates('10', '')).toBeNull();
    expect(coordinates('east', '10')).toBeNull();
  });
});
