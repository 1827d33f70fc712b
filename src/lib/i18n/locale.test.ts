import { describe, expect, it } from 'vitest';
import { fromBrowser, fromParam, resolveLocale } from './locale.ts';

describe('the reader’s language', () => {
  it.each([
    ['?lang=en', ['pl-PL'], 'en'],
    ['?lang=pl', [], 'pl'],
    ['?lang=zh', [], 'zh-Hans'],
    ['?lang=zh-Hans', ['en'], 'zh-Hans'],
    ['?lang=zh-CN', ['en'], 'zh-Hans'],
    ['?lang=ZH-hans', [], 'zh-Hans'],
    ['?period=all&lang=pl&select=PL71', [], 'pl'],
  ])('%s with browser %j → %s', (search, langs, want) => expect(resolveLocale(search, langs)).toBe(want));

  it('without ?lang=, the first browser language the atlas speaks; else English', () => {
    expect(resolveLocale('', ['zh-CN', 'en'])).toBe('zh-Hans');
    expect(resolveLocale('', ['zh-TW'])).toBe('zh-Hans');
    expect(resolveLocale('', ['pl-PL', 'en-GB'])).toBe('pl');
    expect(resolveLocale('', ['de-DE', 'fr', 'pl'])).toBe('pl');
    expect(resolveLocale('', ['de-DE', 'fr'])).toBe('en');
    expect(resolveLocale('', [])).toBe('en');
  });

  it('an unknown or hostile ?lang= is not a choice: the browser decides', () => {
    expect(resolveLocale('?lang=de', ['pl'])).toBe('pl');
    expect(resolveLocale('?lang=<script>', [])).toBe('en');
    expect(resolveLocale('?lang=', ['zh'])).toBe('zh-Hans');
    expect(fromParam('zh-TW')).toBeNull();
    expect(fromBrowser('')).toBeNull();
  });
});
