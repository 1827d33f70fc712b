/**
 * The interface's messages (messages/*.json, compiled by `npm run i18n`): every language has every key, every
 * key is used, plurals have each form a language needs, the compiled output is that of the files as they are,
 * and the i18n packages carry no telemetry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../src/lib/i18n/locale.ts';
import { messageKeys, messagesDigest, readMessages, type Messages } from '../scripts/i18n/messages.ts';

const root = path.resolve(import.meta.dirname, '..');
const messages = readMessages(root);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(p);
    return /\.(ts|svelte)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/**
 * Keys used as `m.key(` in the app's sources that import the messages as `m` (dynamic keys, m[x], are not
 * allowed: one message per value).
 */
function usedKeys(): Set<string> {
  const used = new Set<string>();
  for (const f of sources(path.join(root, 'src'))) {
    const text = fs.readFileSync(f, 'utf8');
    if (!/import \* as m from '[./]+\/(?:i18n\/)?generated\/m\/[a-z-]+\.js'/.test(text)) continue;
    expect(text, `${path.relative(root, f)} reads a message by a computed key`).not.toMatch(/\bm\[/);
    for (const [, k] of text.matchAll(/\bm\.([a-z0-9_]+)\(/g)) used.add(k);
  }
  return used;
}

describe('the interface’s messages', () => {
  it('every language has exactly the English keys, none empty; a missing or stray key is named', () => {
    expect(() => messageKeys(messages)).not.toThrow();
    const broken = structuredClone(messages) as Messages;
    delete broken.pl.periods_label;
    broken['zh-Hans'].never_in_english = 'x';
    broken.en.play = ' ';
    let error = '';
    try {
      messageKeys(broken);
    } catch (e) {
      error = (e as Error).message;
    }
    expect(error).toContain('messages (pl): "periods_label" is missing');
    expect(error).toContain('messages (zh-Hans): "never_in_english" is not in English');
    expect(error).toContain('messages (en): "play" is empty');
  });

  it('every key is used in the app, and every key the app uses exists', () => {
    const keys = new Set(Object.keys(messages.en));
    const used = usedKeys();
    expect([...keys].filter((k) => !used.has(k))).toEqual([]);
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('a plural message has every form its language needs, and the fallback', () => {
    for (const l of LOCALES) {
      const needed = new Intl.PluralRules(l).resolvedOptions().pluralCategories.filter((c) => c !== 'other');
      for (const [key, m] of Object.entries(messages[l])) {
        if (typeof m === 'string') continue;
        for (const variant of m) {
          const plural = variant.declarations?.find((d) => / = \w+: plural$/.test(d))?.split(' ')[1];
          if (!plural) continue;
          const forms = Object.keys(variant.match).map((k) => k.replace(`${plural}=`, ''));
          expect({ key, l, forms: [...needed, '*'].filter((f) => !forms.includes(f)) }).toEqual({ key, l, forms: [] });
        }
      }
    }
  });

  it('the compiled messages are those of the files (npm run i18n after an edit)', () => {
    const compiled = JSON.parse(fs.readFileSync(path.join(root, 'src/lib/i18n/generated/digest.json'), 'utf8')).digest;
    expect(compiled, 'messages/*.json changed since the last `npm run i18n`').toBe(messagesDigest(root));
  });

  it('the i18n packages send nothing anywhere (no telemetry client in them)', () => {
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(m?js|cjs)$/.test(e.name) && /posthog/i.test(fs.readFileSync(p, 'utf8'))) hits.push(path.relative(root, p));
      }
    };
    walk(path.join(root, 'node_modules/@inlang'));
    expect(hits).toEqual([]);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'project.inlang/settings.json'), 'utf8')).telemetry).toBe('off');
  });
});
