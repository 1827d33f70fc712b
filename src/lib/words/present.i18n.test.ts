/** The presenter's words: English as before, and the Chinese and Polish messages with their placeholders and plurals. */
import { describe, expect, it } from 'vitest';
import * as en from '../i18n/generated/paraglide/messages/en.js';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';
import { BACK, EXIT, NEXT, placeCounterPhrase, stepButton, stepPosition, stepSource } from './present.ts';
import { seconds } from './core.ts';

describe('present words', () => {
  it('keeps the English as it was', () => {
    expect(stepPosition(3, 7)).toBe('Step 3 of 7');
    expect(stepButton(3, 'The 2000s')).toBe('Step 3: The 2000s');
    expect(stepSource('Table 4, p. 12')).toBe('Source: Table 4, p. 12');
    expect(seconds(8)).toBe('8 s');
    expect([BACK, NEXT, EXIT]).toEqual(['← Back', 'Next →', 'Exit (Esc)']);
    expect(placeCounterPhrase(16, 'Shandong', 143, 'partnerships in all periods')).toBe(
      'partnerships with Shandong, of 143 partnerships in all periods',
    );
    expect(placeCounterPhrase(1, 'Bavaria', 27, 'new partnerships, 1982–1989')).toBe('partnership with Bavaria, of 27 new partnerships, 1982–1989');
    expect(en.present_place_counter_phrase({ count: 0, name: 'X', total: 1, phrase: 'p' })).toBe('partnerships with X, of 1 p');
  });

  it('words the step and the pace in Chinese and Polish', () => {
    expect(zh.present_step_position({ n: 3, total: 7 })).toBe('第 3 步，共 7 步');
    expect(pl.present_step_position({ n: 3, total: 7 })).toBe('Krok 3 z 7');
    expect(zh.present_step_button({ n: 2, title: '2000 年代' })).toBe('第 2 步：2000 年代');
    expect(pl.present_step_button({ n: 2, title: 'Lata 2000.' })).toBe('Krok 2: Lata 2000.');
    expect(zh.present_step_source({ cited: '表 4' })).toBe('来源：表 4');
    expect(pl.present_step_source({ cited: 'tabela 4' })).toBe('Źródło: tabela 4');
    expect(zh.core_seconds({ s: 8 })).toBe('8 秒');
    expect(pl.core_seconds({ s: 12 })).toBe('12 s');
  });

  it('agrees the Polish noun with the place’s count (1, 2, 5, 22, 25) and groups the total', () => {
    const say = (count: number, total = 143) => pl.present_place_counter_phrase({ count, name: 'Shandong', total, phrase: 'X' });
    expect(say(1)).toBe('partnerstwo, w którym uczestniczy Shandong; łącznie 143 X');
    expect(say(2)).toBe('partnerstwa, w których uczestniczy Shandong; łącznie 143 X');
    expect(say(5)).toBe('partnerstw, w których uczestniczy Shandong; łącznie 143 X');
    expect(say(22)).toBe('partnerstwa, w których uczestniczy Shandong; łącznie 143 X');
    expect(say(25)).toBe('partnerstw, w których uczestniczy Shandong; łącznie 143 X');
    expect(say(5, 100000)).toBe('partnerstw, w których uczestniczy Shandong; łącznie 100\u00a0000 X');
  });

  it('has one Chinese form for every count', () => {
    for (const count of [1, 2, 5, 22, 25])
      expect(zh.present_place_counter_phrase({ count, name: '山东', total: 143, phrase: '项伙伴关系（全部时期）' })).toBe(
        '项与山东的伙伴关系，总计 143 项伙伴关系（全部时期）',
      );
  });
});
