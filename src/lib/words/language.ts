/**
 * Words of the language switcher (page/LanguageSwitch.svelte). Each language is named in itself, whatever the
 * interface's language (a reader who cannot read the current one still finds theirs).
 */
import * as m from '../i18n/generated/m/language.js';
import type { Locale } from '../i18n/locale.ts';

export const LANGUAGE_LABEL = m.language_label();
/** Each language's name in that language: never translated. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', 'zh-Hans': '简体中文', pl: 'Polski' };
/** A link's accessible name, in the interface's language: 'Interface language: Polski'. */
export const languageLink = (name: string) => m.language_link({ name });
