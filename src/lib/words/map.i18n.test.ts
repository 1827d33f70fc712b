/**
 * The map's words in Chinese and Polish: the compiled messages of each language (plurals for Polish 1, 2, 5, 22,
 * 25; placeholders; years written as given), then map.ts itself run in each language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inLanguage, leaveLanguage } from './in-language.test-helper.ts';
import type { Locale } from '../i18n/locale.ts';
import * as en from '../i18n/generated/paraglide/messages/en.js';
import * as pl from '../i18n/generated/paraglide/messages/pl.js';
import * as zh from '../i18n/generated/paraglide/messages/zh-Hans.js';

const POLISH_COUNTS = [1, 2, 5, 22, 25];

/** map.ts as a reader of `lang` gets it: the language's messages handed over before the module is evaluated. */
const mapIn = (lang: Exclude<Locale, 'en'>) => inLanguage(lang, () => import('./map.ts'));

describe('map words, Polish', () => {
  it('a place’s tooltip: the noun agrees with the count, in each span', () => {
    expect(POLISH_COUNTS.map((count) => pl.map_place_tip_new({ name: 'Chengdu', kind: 'miasto', count, period: '2000–2007' }))).toEqual([
      'Chengdu · miasto · 1 partnerstwo w latach 2000–2007',
      'Chengdu · miasto · 2 partnerstwa w latach 2000–2007',
      'Chengdu · miasto · 5 partnerstw w latach 2000–2007',
      'Chengdu · miasto · 22 partnerstwa w latach 2000–2007',
      'Chengdu · miasto · 25 partnerstw w latach 2000–2007',
    ]);
    expect(pl.map_place_tip_all({ name: 'Szantung', kind: 'prowincja', count: 15 })).toBe('Szantung · prowincja · 15 partnerstw we wszystkich okresach');
    expect(pl.map_place_tip_cumulative({ name: 'Jinan', kind: 'miasto', count: 1, year: '2017' })).toBe('Jinan · miasto · 1 partnerstwo do końca 2017 r.');
  });

  it('a cluster: how many places, the noun agreeing', () => {
    expect(POLISH_COUNTS.map((count) => pl.map_cluster_label({ count }))).toEqual([
      '1 miejsce tutaj: kliknij lub dotknij, aby przybliżyć',
      '2 miejsca tutaj: kliknij lub dotknij, aby przybliżyć',
      '5 miejsc tutaj: kliknij lub dotknij, aby przybliżyć',
      '22 miejsca tutaj: kliknij lub dotknij, aby przybliżyć',
      '25 miejsc tutaj: kliknij lub dotknij, aby przybliżyć',
    ]);
  });

  it('no partnership in the view', () => {
    expect(pl.map_no_partnership_new({ name: 'Łódź', period: '2010–2012' })).toBe('Łódź: brak partnerstw w latach 2010–2012');
    expect(pl.map_no_partnership_cumulative({ name: 'Łódź', year: '1999' })).toBe('Łódź: brak partnerstw do końca 1999 r.');
  });
});

describe('map words, Chinese', () => {
  it('one form for every count, full-width punctuation, years as written', () => {
    expect([1, 3].map((count) => zh.map_place_tip_new({ name: '成都', kind: '城市', count, period: '2000–2007' }))).toEqual([
      '成都 · 城市 · 2000–2007 新增 1 项伙伴关系',
      '成都 · 城市 · 2000–2007 新增 3 项伙伴关系',
    ]);
    expect(zh.map_place_tip_cumulative({ name: '济南', kind: '城市', count: 1, year: '2017' })).toBe('济南 · 城市 · 截至 2017 年末共 1 项伙伴关系');
    expect(zh.map_cluster_label({ count: 12 })).toBe('此处有 12 个地点：点击或轻触即可放大');
    expect(zh.map_anchor_ring_title({ country: '德国', note: '报告未注明地区' })).toBe('德国：报告未注明地区');
    expect(zh.map_no_partnership_all({ name: '罗兹' })).toBe('罗兹：任何时期都未统计到伙伴关系');
  });
});

describe('map words, English as before', () => {
  it('a cluster’s count as the module wrote it', () => {
    expect([2, 12].map((count) => en.map_cluster_label({ count }))).toEqual(['2 places here: click or tap to zoom in', '12 places here: click or tap to zoom in']);
  });
});

describe('map.ts in another language', () => {
  afterEach(leaveLanguage);

  it('Polish: the anchor in core’s words, a period’s end year not grouped', async () => {
    const w = await mapIn('pl');
    expect(w.anchorRingTitle('Niemcy')).toBe('Niemcy: raport nie podaje regionu');
    expect(w.anchorTip('Niemcy', 21, 'all', 'new')).toBe('Niemcy · kraj (raport nie podaje regionu) · 21 partnerstw we wszystkich okresach');
    expect(w.placeTip('Jinan', 'miasto', 2, '2014-2017', 'cumulative')).toBe('Jinan · miasto · 2 partnerstwa do końca 2017 r.');
    expect(w.noPartnershipNote('Łódź', 'all', 'new')).toBe('Łódź: w żadnym okresie nie policzono partnerstwa');
  });

  it('Chinese', async () => {
    const w = await mapIn('zh-Hans');
    expect(w.anchorTip('德国', 21, '1982-1989', 'new')).toBe('德国 · 国家（报告未注明地区） · 1982–1989 新增 21 项伙伴关系');
    expect(w.viewSpan('2014-2017', 'cumulative')).toBe('截至 2017 年末');
    expect(w.ARC_CARD_CLOSE).toBe('关闭');
  });
});
