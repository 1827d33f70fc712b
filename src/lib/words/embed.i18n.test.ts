/** The embed dialog's words: English as before; Chinese and Polish keep the unit and word every dark setting. */
import { describe, expect, it } from 'vitest';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';
import { COPY_REFUSED, DARK_CHOICE, EMBED_HINT, EMBED_TITLE, PIXELS } from './embed.ts';

describe('embed words', () => {
  it('keeps the English as it was', () => {
    expect(EMBED_TITLE).toBe('Embed this view');
    expect(EMBED_HINT).toBe('Paste this code into a web page. The map keeps its period, filters, selection and camera; the frame grows to fit.');
    expect(DARK_CHOICE).toEqual({ false: 'off', true: 'on', auto: "follow the reader's system" });
    expect(PIXELS).toBe('px');
    expect(COPY_REFUSED).toBe('Copying was refused: select the code and copy it by hand.');
  });

  it('keeps the unit and words the dark settings in Chinese and Polish', () => {
    expect([zh.embed_pixels({}), pl.embed_pixels({})]).toEqual(['px', 'px']);
    expect([zh.embed_dark_off({}), zh.embed_dark_on({}), zh.embed_dark_auto({})]).toEqual(['关', '开', '跟随读者的系统设置']);
    expect([pl.embed_dark_off({}), pl.embed_dark_on({}), pl.embed_dark_auto({})]).toEqual(['wyłączony', 'włączony', 'jak w systemie czytelnika']);
  });
});
