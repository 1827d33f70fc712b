/** Test helper (tests/status-words.test.ts, src/lib/panels/StatusWords.test.ts): the status words a text uses. */
import { STATUS_WORD } from '../src/lib/words/core.ts';

/** Every way a status could be put into words: the atlas's own, and the synonyms it must not use. Longest first. */
const SYNONYMS = ['no longer active', 'status unknown', 'inactive', 'lapsed', 'expired', 'dormant', 'terminated', 'discontinued', 'suspended', 'defunct', 'unknown', 'unstated'];
const PHRASES = [...Object.values(STATUS_WORD), ...SYNONYMS].sort((a, b) => b.length - a.length);
const FINDER = new RegExp(`(?<![\\w-])(${PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![\\w-])`, 'gi');

/** The status words a text uses, lower case, each once (a code such as `not-active` is not a word). */
export function statusWordsIn(text: string): Set<string> {
  return new Set([...text.matchAll(FINDER)].map((m) => m[1].toLowerCase().replace(/\s+/g, ' ')));
}
