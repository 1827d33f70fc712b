/**
 * The reader's interface language, decided once as the page starts (locale.ts). A change of language reloads
 * the page (the switcher's links): every word module can then word its constants once, at import.
 * Outside a browser (unit tests, build scripts: Node has a navigator with the machine's language) it is English.
 */
import { resolveLocale, type Locale } from './locale.ts';

export const locale: Locale = globalThis.document ? resolveLocale(location.search, navigator.languages) : 'en';
