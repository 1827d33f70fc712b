/**
 * The message files, read and checked before paraglide compiles them. One folder per word module
 * (messages/<module>/{locale}.json, inlang message format; the list is project.inlang/settings.json's
 * pathPattern), each module's messages in the three languages. Checked: every language has exactly the English
 * keys, no key is in two files, no message is empty. Shared by the build (scripts/i18n/build.ts) and the tests.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../../src/lib/i18n/locale.ts';

export type Message = string | { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[];
export type Messages = Record<Locale, Record<string, Message>>;

/** The message files of one language, as the inlang settings list them. */
export function messageFiles(root: string, locale: Locale): string[] {
  const settings = JSON.parse(fs.readFileSync(path.join(root, 'project.inlang/settings.json'), 'utf8'));
  const patterns: string | string[] = settings['plugin.inlang.messageFormat'].pathPattern;
  return (Array.isArray(patterns) ? patterns : [patterns]).map((p) => path.join(root, p.replace('{locale}', locale)));
}

export function readMessages(root: string): Messages {
  const out = {} as Messages;
  const problems: string[] = [];
  for (const l of LOCALES) {
    out[l] = {};
    for (const file of messageFiles(root, l)) {
      const name = path.relative(root, file);
      let json: Record<string, Message>;
      try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        throw new Error(`i18n: ${name} cannot be read as JSON: ${(e as Error).message}`);
      }
      delete json.$schema;
      for (const [k, m] of Object.entries(json)) {
        if (k in out[l]) problems.push(`${name}: "${k}" is also in another file of messages/`);
        out[l][k] = m;
      }
    }
  }
  if (problems.length) throw new Error(`i18n:\n${problems.join('\n')}`);
  return out;
}

/** The module a message file belongs to: messages/<module>/{locale}.json. */
export const moduleOf = (file: string) => path.basename(path.dirname(file));

/** Each word module's English keys, in its file's order. */
export function moduleKeys(root: string): { module: string; keys: string[] }[] {
  return messageFiles(root, 'en').map((file) => {
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    delete json.$schema;
    return { module: moduleOf(file), keys: Object.keys(json) };
  });
}

/** What a message can say: its one pattern, or every pattern of its variants. */
export const patterns = (m: Message): string[] => (typeof m === 'string' ? [m] : m.flatMap((v) => Object.values(v.match)));

/** The English keys, once every language is found to have exactly them, none empty. */
export function messageKeys(messages: Messages): string[] {
  const keys = Object.keys(messages.en);
  const problems: string[] = [];
  for (const l of LOCALES) {
    const have = new Set(Object.keys(messages[l]));
    for (const k of keys) if (!have.has(k)) problems.push(`messages (${l}): "${k}" is missing`);
    for (const k of have) if (!(k in messages.en)) problems.push(`messages (${l}): "${k}" is not in English`);
    for (const [k, m] of Object.entries(messages[l])) if (patterns(m).some((p) => p.trim() === '')) problems.push(`messages (${l}): "${k}" is empty`);
  }
  if (problems.length) throw new Error(`i18n:\n${problems.join('\n')}`);
  return keys;
}

/** A digest of every message file, written beside the compiled messages: a test finds them stale. */
export function messagesDigest(root: string): string {
  const hash = createHash('sha256');
  for (const l of LOCALES) for (const f of messageFiles(root, l)) hash.update(`${path.relative(root, f)}\n`).update(fs.readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}
