/**
 * The guard of the one vocabulary: no component writes its own words. Every
 * `src/**\/*.svelte` is parsed (svelte/compiler, modern AST) and each of these is
 * a failure, named by file and line:
 * - template text with a letter in it (symbols, digits and punctuation are fine);
 * - a string with a letter that a template expression shows (`{busy ? 'Saving' : x}`);
 * - a literal string with a letter in an attribute a reader meets (aria-label,
 *   title, placeholder, alt, aria-description, aria-roledescription, label),
 *   written out or in an expression (`title={`Show ${name}`}`).
 * Words belong in src/lib/words/ (see its index.ts); names and numbers come from the data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'svelte/compiler';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * Unavoidable exceptions, `file:text` (the text trimmed). Keep it short and say
 * why for each. (None today.)
 */
const EXCEPTIONS: readonly string[] = [];

/** Attributes whose value a reader sees or hears. */
const WORDED_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'label']);

const hasLetter = (s: string) => /\p{L}/u.test(s);

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

/** Strings an expression can evaluate to, as written (literals in value position only: not comparisons or call arguments). */
function shownStrings(e: Node | null | undefined): { text: string; start: number }[] {
  if (!e) return [];
  switch (e.type) {
    case 'Literal':
      return typeof e.value === 'string' ? [{ text: e.value, start: e.start }] : [];
    case 'TemplateLiteral':
      return [
        ...(e.quasis as Node[]).map((q) => ({ text: (q.value as { cooked: string }).cooked ?? '', start: q.start })),
        ...(e.expressions as Node[]).flatMap(shownStrings),
      ];
    case 'ConditionalExpression':
      return [...shownStrings(e.consequent as Node), ...shownStrings(e.alternate as Node)];
    case 'LogicalExpression':
      return [...shownStrings(e.left as Node), ...shownStrings(e.right as Node)];
    case 'BinaryExpression':
      return e.operator === '+' ? [...shownStrings(e.left as Node), ...shownStrings(e.right as Node)] : [];
    default:
      return [];
  }
}

/** Every worded string a component writes itself: [offset, text]. */
export function strayWords(source: string): { start: number; text: string }[] {
  const ast = parse(source, { modern: true });
  const found: { start: number; text: string }[] = [];
  const add = (start: number, text: string) => {
    if (hasLetter(text)) found.push({ start, text: text.trim() });
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    if (node.type === 'Text') return add(node.start, node.data as string);
    if (node.type === 'ExpressionTag') {
      for (const s of shownStrings(node.expression as Node)) add(s.start, s.text);
      return;
    }
    if (Array.isArray(node.attributes)) {
      for (const a of node.attributes as Node[]) {
        if (a.type !== 'Attribute' || !WORDED_ATTRIBUTES.has(a.name as string) || a.value === true) continue;
        for (const part of (Array.isArray(a.value) ? a.value : [a.value]) as Node[]) {
          if (part.type === 'Text') add(part.start, part.data as string);
          else if (part.type === 'ExpressionTag') for (const s of shownStrings(part.expression as Node)) add(s.start, s.text);
        }
      }
      return visit(node.fragment);
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'metadata' && key !== 'loc') visit(child);
    }
  };
  visit(ast.fragment);
  return found;
}

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? svelteFiles(join(dir, d.name)) : d.name.endsWith('.svelte') ? [join(dir, d.name)] : [],
  );
}

const lineOf = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

describe('no interface strings outside src/lib/words', () => {
  it('finds text, shown strings and worded attributes (the guard itself can fail)', () => {
    const found = strayWords(
      `<script>let a = $state(false); let n = 1;</script>
<p>Hello</p><p>{n} ×</p><p>{a ? 'Open' : '▶'}</p><p>{a === 'x' ? n : n}</p>
<button aria-label="Close" title={\`Show \${n}\`}>×</button><input placeholder={a ? 'Type' : ''} /><img alt="→" src="" />
<style>p::before { content: 'Styled'; }</style>`,
    ).map((f) => f.text);
    expect(found).toEqual(['Hello', 'Open', 'Close', 'Show', 'Type']);
  });

  it('every component reads its words from src/lib/words', () => {
    const failures: string[] = [];
    for (const file of svelteFiles(join(ROOT, 'src'))) {
      const rel = relative(ROOT, file).split('\\').join('/');
      const source = readFileSync(file, 'utf8');
      for (const f of strayWords(source)) {
        if (EXCEPTIONS.includes(`${rel}:${f.text}`)) continue;
        failures.push(`${rel}:${lineOf(source, f.start)}: "${f.text}"`);
      }
    }
    expect(failures).toEqual([]);
  });
});
