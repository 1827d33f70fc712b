/**
 * The template a reader downloads (public/data/template.csv): the template's columns in order, and example rows
 * that are facts of the report (each one of its partnerships, with its year, status and table), read by the
 * atlas as a reader's file would be: recognised at once, every row placed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { TEMPLATE } from './columns.ts';
import { gazetteerFromBundle } from './match.ts';
import { readOwn } from './read.ts';

const bundle = parseBundle(raw);
const bytes = fs.readFileSync(path.resolve(import.meta.dirname, '../../../public/data/template.csv'));

describe('the template', () => {
  it('has the template’s columns, and rows the atlas reads at once, every one placed', () => {
    const r = readOwn(new Uint8Array(bytes), gazetteerFromBundle(bundle));
    if (r.kind !== 'ready') throw new Error(r.kind);
    expect(r.headers).toEqual([...TEMPLATE]);
    expect(r.tally).toMatchObject({ rows: 3, drawn: 3, waiting: 0 });
  });

  it('gives as examples partnerships of the report, with the year, status and table the report gives them', () => {
    const r = readOwn(new Uint8Array(bytes), gazetteerFromBundle(bundle));
    if (r.kind !== 'ready') throw new Error(r.kind);
    for (const row of r.rows) {
      const eu = row.eu?.kind === 'place' ? row.eu.entry.id : null;
      const cn = row.cn?.kind === 'place' ? row.cn.entry.id : null;
      const year = row.year.kind === 'year' ? row.year.year : null;
      const match = bundle.partnerships.find((p) => p.euUnit === eu && p.cnUnit === cn && p.startYear === year && p.status === row.status);
      expect(match, `row ${row.line}`).toBeDefined();
      expect(row.cells.source).toContain(`Table ${match!.table}`);
    }
  });
});
