/**
 * The gazetteer as the page and the worker load it (own/gazetteer.ts): the report's places, every unit of the map
 * and the GeoNames cities, from the committed files. A city that is itself a unit is one place; a region the report
 * never names is found; a broken file is refused with its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GazetteerError, loadGazetteer } from './gazetteer.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const files: typeof fetch = async (input) => new Response(fs.readFileSync(path.join(root, 'public', String(input).replace(/^\.\//, ''))));

describe('loadGazetteer', () => {
  it('makes one place of a city that is a unit of the map, on both sides, in every script', async () => {
    const g = await loadGazetteer(files, './');
    const one = (cell: string, side: 'eu' | 'cn') => {
      const m = g.match(cell, side);
      return m.kind === 'place' ? m.entry.id : m.kind;
    };
    expect(['Berlin', 'Hamburg', 'Bremen'].map((c) => one(c, 'eu'))).toEqual(['DE3', 'DE6', 'DE5']);
    expect(['Beijing', '北京', 'Shanghai', '上海市', 'Tianjin', 'Chongqing', '重庆'].map((c) => one(c, 'cn'))).toEqual(['CN-BJ', 'CN-BJ', 'CN-SH', 'CN-SH', 'CN-TJ', 'CN-CQ', 'CN-CQ']);
    // A region the report names no partnership for, by its English and its local name; a GeoNames city.
    expect(one('Masovia', 'eu')).toBe('PL9');
    expect(one('Mazowieckie', 'eu')).toBe('PL9');
    expect(one('Gdańsk', 'eu')).toBe('gn.3099434');
    // Jilin: the province or the city, asked.
    expect(g.match('Jilin', 'cn').kind).toBe('ambiguous');
  });

  it('refuses a file that is not the atlas’s gazetteer, naming it', async () => {
    const broken: typeof fetch = async (input) => (String(input).endsWith('gazetteer.json') ? new Response('{"cities": [[1, 2]]}') : files(input));
    await expect(loadGazetteer(broken, './')).rejects.toThrow(GazetteerError);
    await expect(loadGazetteer(broken, './')).rejects.toThrow(/data\/gazetteer\.json is not the atlas's gazetteer/);
  });
});
