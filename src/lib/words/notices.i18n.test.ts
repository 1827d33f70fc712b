/**
 * The address notices in Chinese and Polish: the compiled messages of each language (plurals for Polish 1, 2, 5,
 * 22, 25; placeholders; keys and values quoted as typed), then notices.ts itself run in each language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inLanguage, leaveLanguage } from './in-language.test-helper.ts';
import type { Locale } from '../i18n/locale.ts';
import * as en from '../i18n/generated/paraglide/messages/en.js';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';

const POLISH_COUNTS = [1, 2, 5, 22, 25];

/** notices.ts as a reader of `lang` gets it: the language's messages handed over before the module is evaluated. */
const noticesIn = (lang: Exclude<Locale, 'en'>) => inLanguage(lang, () => import('./notices.ts'));

describe('notices, Polish', () => {
  it('counts agree with their noun; the step is quoted as typed', () => {
    expect(POLISH_COUNTS.map((count) => pl.notices_more_ignored({ count }))).toEqual([
      '…i pominięto jeszcze 1 parametr.',
      '…i pominięto jeszcze 2 parametry.',
      '…i pominięto jeszcze 5 parametrów.',
      '…i pominięto jeszcze 22 parametry.',
      '…i pominięto jeszcze 25 parametrów.',
    ]);
    expect(POLISH_COUNTS.map((count) => pl.notices_ignored_step_beyond({ step: '1234', count }))).toEqual([
      'Pominięto step „1234”: prezentacja ma 1 krok.',
      'Pominięto step „1234”: prezentacja ma 2 kroki.',
      'Pominięto step „1234”: prezentacja ma 5 kroków.',
      'Pominięto step „1234”: prezentacja ma 22 kroki.',
      'Pominięto step „1234”: prezentacja ma 25 kroków.',
    ]);
    expect(pl.notices_more_ignored({ count: 12345 })).toBe('…i pominięto jeszcze 12\u00a0345 parametrów.');
  });

  it('keys, values and what was expected', () => {
    expect(pl.notices_ignored_repeat({ key: 'period' })).toBe('Pominięto powtórzony parametr „period”.');
    expect(pl.notices_ignored_item({ key: 'status', item: 'dormant', allowed: 'active lub ended' })).toBe('Pominięto status „dormant”: oczekiwano active lub ended.');
    expect(pl.notices_ignored_switch({ key: 'embed', value: 'yes' })).toBe('Pominięto embed „yes”: oczekiwano braku wartości, true lub false.');
  });
});

describe('notices, Chinese', () => {
  it('one form for every count, Chinese quotation marks and punctuation', () => {
    expect([1, 395].map((count) => zh.notices_more_ignored({ count }))).toEqual(['……另有 1 个参数已忽略。', '……另有 395 个参数已忽略。']);
    expect(zh.notices_ignored_step_beyond({ step: '9', count: 7 })).toBe('已忽略 step 参数“9”：演示共有 7 步。');
    expect(zh.notices_ignored_period({ value: '1990', ids: '1982-1989、1991-1999' })).toBe('已忽略 period 参数“1990”：应为 all 或以下之一：1982-1989、1991-1999。');
    expect(zh.notices_ignored_too_long({ key: 'select' })).toBe('已忽略“select”：值过长。');
  });
});

describe('notices, English as before', () => {
  it('the counted notices read as the module wrote them', () => {
    expect(en.notices_more_ignored({ count: 395 })).toBe('…and 395 more parameters were ignored.');
    expect(en.notices_ignored_step_beyond({ step: '9', count: 7 })).toBe('Ignored step "9": the presentation has 7 steps.');
  });
});

describe('notices.ts in another language', () => {
  afterEach(leaveLanguage);

  it('Polish: the values expected as an „or” list; a step number not grouped', async () => {
    const w = await noticesIn('pl');
    expect(w.ignoredPeriod('1990', ['1982-1989', '1991-1999', '2000-2007'])).toBe('Pominięto period „1990”: oczekiwano all albo jednego z okresów: 1982-1989, 1991-1999 lub 2000-2007.');
    expect(w.ignoredItem('status', 'dormant', ['active', 'ended'])).toBe('Pominięto status „dormant”: oczekiwano active lub ended.');
    expect(w.ignoredStepBeyond(1234, 7)).toBe('Pominięto step „1234”: prezentacja ma 7 kroków.');
    expect(w.moreIgnored(3)).toBe('…i pominięto jeszcze 3 parametry.');
  });

  it('Chinese: 、 and 或', async () => {
    const w = await noticesIn('zh-Hans');
    expect(w.ignoredItem('country', 'xx', ['DE', 'FR', 'PL'])).toBe('已忽略 country 参数中的“xx”：应为 DE、FR或PL。');
    expect(w.ignoredLang('fr')).toBe('已忽略 lang 参数“fr”：应为 en、zh 或 pl。');
  });
});
