/**
 * The page's start. The reader's language is decided (i18n/active.ts) and, for Chinese or Polish, its messages
 * (one small chunk) are loaded before any of the app's code runs, so that every word module words its constants
 * once, in that language. An English reader loads nothing more. Then the app itself (main.ts).
 */
import { locale } from './lib/i18n/active.ts';
import { giveMessages } from './lib/i18n/store.ts';

document.documentElement.lang = locale;
const messages = locale === 'pl' ? import('./lib/i18n/generated/pl.js') : locale === 'zh-Hans' ? import('./lib/i18n/generated/zh-Hans.js') : null;
void (messages ?? Promise.resolve(null)).then((m) => {
  if (m) giveMessages(m.default);
  return import('./main.ts');
});
