/**
 * Honest dependencies: every package the code names is declared in package.json
 * (nothing resolves only because npm happened to hoist it), and every runtime
 * dependency is imported by the app (src/), so none ships or installs for nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const SELF = path.relative(root, import.meta.filename);

/** Folders and files whose imports must name declared packages. */
const SCANNED = ['src', 'scripts', 'tests', 'bench', 'vite.config.ts', 'svelte.config.js'];
const CODE = /\.(ts|js|mjs|cjs|svelte)$/;

function* codeFiles(entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) {
    if (CODE.test(entry)) yield entry;
    return;
  }
  for (const d of fs.readdirSync(full, { withFileTypes: true })) {
    if (d.name === 'node_modules' || d.name.startsWith('.')) continue;
    yield* codeFiles(path.join(entry, d.name));
  }
}

/**
 * Every module specifier in a source text: static imports and re-exports (`import … from`,
 * `import '…'`, `export … from`), dynamic imports and `import('…')` types, `require` and
 * `require.resolve`. Comments are dropped first, so prose about imports is not an import.
 */
export function specifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const patterns = [
    /(?:^|[\s;{}])(?:import|export)\s[^'"`;()]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /(?:^|[\s;{}])import\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire(?:\.resolve)?\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]));
}

/** The package a specifier names (`@scope/name` or `name`); null for relative paths, Node's own modules and Vite's virtual modules (`virtual:pwa-register`, made by a declared plugin). */
export function packageOf(specifier: string): string | null {
  const s = specifier.split('?')[0];
  if (s.startsWith('.') || s.startsWith('/') || s.startsWith('node:') || s.startsWith('virtual:')) return null;
  const parts = s.split('/');
  const name = s.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtinModules.includes(name) ? null : name;
}

/** A package counts as declared when it, or its DefinitelyTyped package (type-only imports such as `geojson`), is. */
export function isDeclared(name: string, declared: ReadonlySet<string>): boolean {
  const typesName = name.startsWith('@') ? `@types/${name.slice(1).replace('/', '__')}` : `@types/${name}`;
  return declared.has(name) || declared.has(typesName);
}

/** Packages named in `files` (path → text) that `declared` lacks, with the first file naming each. */
export function undeclared(files: Record<string, string>, declared: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, text] of Object.entries(files)) {
    for (const spec of specifiers(text)) {
      const name = packageOf(spec);
      if (name && !isDeclared(name, declared) && !(name in out)) out[name] = file;
    }
  }
  return out;
}

/** Runtime dependencies no file in `files` imports. */
export function unused(files: Record<string, string>, dependencies: readonly string[]): string[] {
  const used = new Set(Object.values(files).flatMap((t) => specifiers(t).map(packageOf)));
  return dependencies.filter((d) => !used.has(d));
}

const read = (entries: string[]) =>
  Object.fromEntries(entries.flatMap((e) => [...codeFiles(e)]).filter((f) => f !== SELF).map((f) => [f, fs.readFileSync(path.join(root, f), 'utf8')]));

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const runtime = Object.keys(pkg.dependencies ?? {});
const declared = new Set([...runtime, ...Object.keys(pkg.devDependencies ?? {})]);

describe('the import scanner', () => {
  it('finds static, side-effect, re-exported, dynamic, type and require specifiers, across lines', () => {
    const text = [
      "import { a,\n  b } from 'pkg-a';",
      "import type { C } from '@scope/pkg-b/sub';",
      "import 'pkg-c/style.css';",
      "export * from './local.ts';",
      "export { d } from 'pkg-d';",
      "const e = await import('pkg-e');",
      "type F = import('pkg-f').F;",
      "const g = require.resolve('pkg-g/file.json');",
      '// import z from "commented-out";',
      '/* import y from "block-comment"; */',
      "const text = 'where it comes from';",
    ].join('\n');
    expect(specifiers(text).sort()).toEqual(['./local.ts', '@scope/pkg-b/sub', 'pkg-a', 'pkg-c/style.css', 'pkg-d', 'pkg-e', 'pkg-f', 'pkg-g/file.json']);
  });

  it('names the package of a specifier, and none for local files and Node built-ins', () => {
    expect(packageOf('d3-geo')).toBe('d3-geo');
    expect(packageOf('maplibre-gl/dist/maplibre-gl-worker.mjs?url')).toBe('maplibre-gl');
    expect(packageOf('@turf/area')).toBe('@turf/area');
    expect(packageOf('@testing-library/svelte/vite')).toBe('@testing-library/svelte');
    expect(packageOf('./x.ts')).toBeNull();
    expect(packageOf('node:fs')).toBeNull();
    expect(packageOf('fs')).toBeNull();
    expect(packageOf('virtual:pwa-register')).toBeNull();
  });

  it('flags a package that is only hoisted, accepts one typed by @types, and flags an unimported dependency', () => {
    const files = { 'src/a.ts': "import { geoPath } from 'd3-geo';\nimport type { Feature } from 'geojson';" };
    expect(undeclared(files, new Set(['d3']))).toEqual({ 'd3-geo': 'src/a.ts', geojson: 'src/a.ts' });
    expect(undeclared(files, new Set(['d3-geo', '@types/geojson']))).toEqual({});
    expect(isDeclared('@scope/x', new Set(['@types/scope__x']))).toBe(true);
    expect(unused(files, ['d3', 'd3-geo'])).toEqual(['d3']);
  });
});

describe('package.json', () => {
  it('declares every package that src/, scripts/, tests/, bench/ and the configs import', () => {
    const files = read(SCANNED);
    expect(Object.keys(files).length).toBeGreaterThan(50);
    expect(undeclared(files, declared)).toEqual({});
  });

  it('has no runtime dependency that the app (src/) never imports', () => {
    expect(runtime.length).toBeGreaterThan(0);
    expect(unused(read(['src']), runtime)).toEqual([]);
  });
});
