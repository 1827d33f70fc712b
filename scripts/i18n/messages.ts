/**
 * The message files (messages/{locale}.json, inlang message format), read and checked before paraglide compiles
 * them: every language has exactly the English keys, and no message is empty. Shared by the build
 * (scripts/i18n/build.ts) and the tests.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../../src/lib/i18n/locale.ts';

export type Message = string | { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[];
export type Messages = Record<Locale, Record<string, Message>>;

export function readMessages(root: string): Messages {
  const out = {} as Messages;
  for (const l of LOCALES) {
    const file = path.join(root, `messages/${l}.json`);
    let json: Record<string, Message>;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`i18n: ${path.relative(root, file)} cannot be read as JSON: ${(e as Error).message}`);
    }
    delete json.$schema;
    out[l] = json;
  }
  return out;
}

/** What a message can say: its one pattern, or every pattern of its variants. */
export const patterns = (m: Message): string[] => (typeof m === 'string' ? [m] : m.flatMap((v) => Object.values(v.match)));

/** The English keys, in the file's order, once every language is found to have exactly them, none empty. */
export function messageKeys(messages: Messages): string[] {
  const keys = Object.keys(messages.en);
  const problems: string[] = [];
  for (const l of LOCALES) {
    const have = new Set(Object.keys(messages[l]));
    for (const k of keys) if (!have.has(k)) problems.push(`messages/${l}.json: "${k}" is missing`);
    for (const k of have) if (!(k in messages.en)) problems.push(`messages/${l}.json: "${k}" is not in messages/en.json`);
    for (const [k, m] of Object.entries(messages[l])) if (patterns(m).some((p) => p.trim() === '')) problems.push(`messages/${l}.json: "${k}" is empty`);
  }
  if (problems.length) throw new Error(`i18n:\n${problems.join('\n')}`);
  return keys;
}

/** A digest of the three message files, written beside the compiled messages: a test finds them stale. */
export function messagesDigest(root: string): string {
  const hash = createHash('sha256');
  for (const l of LOCALES) hash.update(fs.readFileSync(path.join(root, `messages/${l}.json`)));
  return hash.digest('hex').slice(0, 16);
}
