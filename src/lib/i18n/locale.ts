/**
 * The interface's languages and which one a reader gets: `?lang=` first (en, zh, zh-Hans, zh-CN, pl; any case),
 * else the first of the browser's languages the atlas speaks, else English. Every Chinese browser language gets
 * Simplified Chinese (the atlas has no Traditional Chinese). Pure: the caller passes the search and languages.
 */
export const LOCALES = ['en', 'zh-Hans', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

/** The short form kept in the URL (`?lang=zh`). */
export const URL_VALUE: Record<Locale, string> = { en: 'en', 'zh-Hans': 'zh', pl: 'pl' };

/** A `?lang=` value: only the forms the atlas documents. */
export function fromParam(value: string): Locale | null {
  const v = value.trim().toLowerCase();
  if (v === 'en') return 'en';
  if (v === 'pl') return 'pl';
  if (v === 'zh' || v === 'zh-hans' || v === 'zh-cn') return 'zh-Hans';
  return null;
}

/** A browser language tag (BCP 47): its language decides. */
export function fromBrowser(tag: string): Locale | null {
  const lang = tag.trim().toLowerCase().split(/[-_]/)[0];
  return lang === 'en' ? 'en' : lang === 'pl' ? 'pl' : lang === 'zh' ? 'zh-Hans' : null;
}

export function resolveLocale(search: string, languages: readonly string[]): Locale {
  const param = new URLSearchParams(search).get('lang');
  const chosen = param === null ? null : fromParam(param);
  if (chosen) return chosen;
  for (const tag of languages) {
    const l = fromBrowser(tag);
    if (l) return l;
  }
  return 'en';
}
