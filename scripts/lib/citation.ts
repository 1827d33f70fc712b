/**
 * The atlas's own citation, read from CITATION.cff (its top-level title, version and
 * date-released; the file is YAML, but only these three plain scalars are read).
 */
import { SeedError } from './csv.ts';
import type { AtlasCitation } from '../../src/lib/data/types.ts';

export function parseCitation(text: string, file = 'CITATION.cff'): AtlasCitation {
  const scalar = (key: string) => {
    const m = new RegExp(`^${key}:\\s*(.+?)\\s*$`, 'm').exec(text);
    if (!m) throw new SeedError(file, 0, `missing ${key}`);
    return m[1].replace(/^"(.*)"$/, '$1');
  };
  const title = scalar('title');
  const version = scalar('version');
  const date = scalar('date-released');
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new SeedError(file, 0, `version must be x.y.z, got "${version}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new SeedError(file, 0, `date-released must be YYYY-MM-DD, got "${date}"`);
  return { title, version, date };
}
