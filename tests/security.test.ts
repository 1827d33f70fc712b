/** Security rules that hold for the source and the build configuration (the browser side is in tests/e2e/security.e2e.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP } from '../vite.config.ts';

const root = path.resolve(import.meta.dirname, '..');

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, ext) : ext.test(e.name) ? [p] : [];
  });
}

describe('Content-Security-Policy', () => {
  const directives = Object.fromEntries(CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  it('allows scripts from the page itself only: no eval, no inline script, no other host', () => {
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(CSP).not.toContain('unsafe-eval');
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
  });
  it('lets MapLibre start its worker from a blob, and nothing else from outside', () => {
    expect(directives['worker-src']).toEqual(["'self'", 'blob:']);
    expect(CSP).not.toMatch(/https?:|\*|wss?:/);
  });
});

describe('source rules', () => {
  it('no component renders data as HTML ({@html} is not used anywhere)', () => {
    const offenders = files(path.join(root, 'src'), /\.svelte$/).filter((f) => fs.readFileSync(f, 'utf8').includes('{@html'));
    expect(offenders).toEqual([]);
  });
  it('no source sets innerHTML, calls eval or new Function', () => {
    const offenders = files(path.join(root, 'src'), /\.(ts|svelte)$/)
      .filter((f) => !/\.test\.ts$/.test(f))
      .filter((f) => /\.innerHTML\s*=|\beval\(|new Function\(/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('MapLibre GL JS is 6.4.1 or newer (the installed copy and the lock file)', () => {
    const atLeast = (v: string) => {
      const [a, b, c] = v.split('.').map((x) => parseInt(x, 10));
      return a > 6 || (a === 6 && (b > 4 || (b === 4 && c >= 1)));
    };
    const installed = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/maplibre-gl/package.json'), 'utf8')).version as string;
    const locked = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')).packages['node_modules/maplibre-gl'].version as string;
    expect(atLeast(installed), installed).toBe(true);
    expect(atLeast(locked), locked).toBe(true);
  });
});
