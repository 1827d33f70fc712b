/**
 * Nothing for tests in what ships: a production build made exactly as
 * `npm run build` makes it (vite.config.ts, default mode) names none of the
 * handles the end-to-end tests and the benchmark use, while the test build
 * (global-setup.ts, --mode e2e) does: the check looks where the names would be.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, inject, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const TEST_ONLY = ['atlasState', 'atlasMap', 'benchPartnerships'];

/** Which of the test-only names each text file of a build holds (files holding none left out). */
function testNames(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(m?js|html|css|json)$/.test(file)) continue;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const names = TEST_ONLY.filter((n) => text.includes(n));
    if (names.length) out[file] = names;
  }
  return out;
}

describe('the shipped build', () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-shipped-'));
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('holds no test or benchmark handle (window.atlasState, window.atlasMap, benchPartnerships)', async () => {
    await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(testNames(outDir)).toEqual({});
  });

  it('while the test build the end-to-end tests run on has the map and state handles', () => {
    const found = Object.values(testNames(inject('appDir'))).flat();
    expect(found).toContain('atlasMap');
    expect(found).toContain('atlasState');
    expect(found).not.toContain('benchPartnerships');
  });
});
