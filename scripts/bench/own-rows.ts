/**
 * A reader's list of synthetic partnerships, as large as asked (issue 18): for the benchmark's row (parse, match
 * and first drawing of 100,000 rows) and the end-to-end test of a huge file. Each row names two places the atlas
 * matches without asking (report places, units of the map and GeoNames cities whose name is theirs alone), a year
 * from 1980 to 2023 and a status, drawn from a seeded generator, so that the same call gives the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseBundle } from '../../src/lib/data/load.ts';
import { gazetteerFromBundle, withCities, withUnits, type CityRow, type UnitRow } from '../../src/lib/own/match.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Names the gazetteer places on their side without asking, for each side. */
function names(): { eu: string[]; cn: string[] } {
  const bundle = parseBundle(JSON.parse(fs.readFileSync(path.join(root, 'public/data/bundle.json'), 'utf8')));
  const file = JSON.parse(fs.readFileSync(path.join(root, 'public/data/gazetteer.json'), 'utf8')) as { units: UnitRow[]; cities: CityRow[] };
  const gaz = withCities(withUnits(gazetteerFromBundle(bundle), file.units, bundle.names), file.cities);
  const sure = (side: 'eu' | 'cn') =>
    gaz.entries.filter((e) => e.side === side && gaz.match(e.names[0], side).kind === 'place').map((e) => e.names[0]).sort();
  return { eu: sure('eu'), cn: sure('cn') };
}

const STATUSES = ['active', 'not active', 'ended', ''];

/** `noteLength`: a note of that many characters on every row (a 20 MB file of 100,000 rows takes about 150). */
export function syntheticOwnCsv(rows: number, seed = 1, noteLength = 0): string {
  const { eu, cn } = names();
  let s = seed;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const note = noteLength > 0 ? `,"${'Synthetic note, with a comma and "quotes"; '.repeat(Math.ceil(noteLength / 44)).slice(0, noteLength).replace(/"/g, '""')}"` : '';
  const lines = [`eu_place,cn_place,year,status,source${noteLength > 0 ? ',note' : ''}`];
  for (let i = 0; i < rows; i++) lines.push([quote(pick(eu)), quote(pick(cn)), String(1980 + Math.floor(rnd() * 44)), pick(STATUSES), 'synthetic'].join(',') + note);
  return `${lines.join('\n')}\n`;
}
