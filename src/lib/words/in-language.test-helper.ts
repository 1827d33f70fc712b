/**
 * For the words' tests only (never imported by the app): a word module as a Chinese or Polish reader gets it. The
 * reader's language is mocked and its messages handed over (as src/boot.ts does) before the module is evaluated
 * again; `leaveLanguage` after each test leaves no mocked module behind (the unit project shares modules between
 * files: isolate: false).
 */
import { vi } from 'vitest';
import type { Locale } from '../i18n/locale.ts';

export async function inLanguage<T>(lang: Exclude<Locale, 'en'>, load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  vi.doMock('../i18n/active.ts', () => ({ locale: lang }));
  const { giveMessages } = await import('../i18n/store.ts');
  giveMessages((lang === 'pl' ? await import('../i18n/generated/pl.js') : await import('../i18n/generated/zh-Hans.js')).default);
  return load();
}

export function leaveLanguage(): void {
  vi.doUnmock('../i18n/active.ts');
  vi.resetModules();
}
