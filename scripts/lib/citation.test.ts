import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCitation } from './citation.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('parseCitation', () => {
  it('reads the repository’s CITATION.cff, whose version is the package’s', () => {
    const c = parseCitation(fs.readFileSync(path.join(root, 'CITATION.cff'), 'utf8'));
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(c.title).toBe('EU–China Partnership Atlas');
    expect(c.version).toBe(pkg.version);
    expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('rejects a file without a version, or with a bad date', () => {
    expect(() => parseCitation('title: A\ndate-released: 2026-01-01\n')).toThrow('CITATION.cff:0: missing version');
    expect(() => parseCitation('title: A\nversion: 1.0.0\ndate-released: soon\n')).toThrow('date-released must be YYYY-MM-DD');
  });
});
