import { URL_VALUE, type Locale } from '../i18n/locale.ts';

/**
 * The address of the page as it is now (view, flags, camera hash) in another interface language: only `lang`
 * changes. Following it reloads the page in that language.
 */
export function languageHref(href: string, locale: Locale): string {
  const url = new URL(href);
  url.searchParams.set('lang', URL_VALUE[locale]);
  return url.href.replace(/%2C/g, ',');
}
