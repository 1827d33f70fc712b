/**
 * The house's floors (README, "Layout: the house"): the data model, the words,
 * the pure geometry and the state never import from a floor above them, and
 * nothing in the app imports what only tests need.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = path.resolve(import.meta.dirname, '../src/lib');

/** Lower number, lower floor (testing/: the e2e build's hooks, a leaf; i18n/: the compiled messages and the reader's language). Every other folder of src/lib is a room of the views (floor 9). */
const FLOOR: Record<string, number> = { testing: 0, data: 0, i18n: 0, words: 1, geo: 2, arcs: 2, state: 3 };
const floorOf = (dir: string) => FLOOR[dir] ?? 9;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|svelte)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Relative imports (static, dynamic, type-only) of a source file, resolved to absolute paths. */
export function importsOf(file: string, source: string): string[] {
  const specs = [...source.matchAll(/(?:from\s+|import\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((s) => path.resolve(path.dirname(file), s));
}

/** The top folder of src/lib a path lies in ('' for a file at src/lib itself). */
const roomOf = (p: string) => path.relative(lib, p).split(path.sep).slice(0, -1)[0] ?? '';

const app = files(lib);

describe('the floors of src/lib', () => {
  it('finds the imports it checks (the check itself can fail)', () => {
    const fake = path.join(lib, 'data', 'x.ts');
    expect(importsOf(fake, "import type { A } from '../state/url.ts';\nconst m = import('../map/style.ts');").map(roomOf)).toEqual(['state', 'map']);
  });

  it('no module imports from a floor above its own', () => {
    const upward: string[] = [];
    for (const f of app) {
      const from = roomOf(f);
      for (const target of importsOf(f, fs.readFileSync(f, 'utf8'))) {
        if (!target.startsWith(lib)) continue;
        const to = roomOf(target);
        if (floorOf(to) > floorOf(from)) upward.push(`${path.relative(lib, f)} → ${path.relative(lib, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('no app module imports a testing helper (those are for tests and the e2e build only)', () => {
    const testing = app.filter((f) => /(^|\/)testing\.ts$/.test(f));
    expect(testing.length).toBeGreaterThan(0);
    const offenders = app.filter((f) => !testing.includes(f)).flatMap((f) =>
      importsOf(f, fs.readFileSync(f, 'utf8'))
        .filter((t) => testing.includes(t))
        .map((t) => `${path.relative(lib, f)} → ${path.relative(lib, t)}`),
    );
    expect(offenders).toEqual([]);
  });
});
