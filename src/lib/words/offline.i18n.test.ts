/** The offline notice's words: English as before (the web manifest's short name too), Chinese and Polish present. */
import { describe, expect, it } from 'vitest';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';
import { APP_SHORT_NAME, UPDATE_READY, UPDATE_RELOADING } from './offline.ts';

describe('offline words', () => {
  it('keeps the English as it was', () => {
    expect(UPDATE_READY).toBe('A new version of the atlas is ready.');
    expect(UPDATE_RELOADING).toBe('Reloading…');
    expect(APP_SHORT_NAME).toBe('EU–China Atlas');
  });

  it('words the notice in Chinese and Polish', () => {
    expect(zh.offline_update_reload({})).toBe('重新加载');
    expect(pl.offline_update_reloading({})).toBe('Odświeżanie…');
    expect(pl.offline_app_short_name({})).toBe('Atlas UE–Chiny');
    expect(zh.offline_app_short_name({})).toBe('中欧伙伴地图集');
  });
});
