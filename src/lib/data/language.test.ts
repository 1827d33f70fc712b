/** The bundle in each language, on the real bundle: names as names.csv gives them, fallbacks tagged, search by every name. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../controls/search-index.ts';
import { inLanguage } from './language.ts';
import { parseBundle } from './load.ts';

const raw = fs.readFileSync(new URL('../../../public/data/bundle.json', import.meta.url), 'utf8');
const bundle = parseBundle(JSON.parse(raw));
const place = (b: typeof bundle, id: string) => b.places.find((p) => p.id === id)!;
const country = (b: typeof bundle, id: string) => b.countries.find((c) => c.id === id)!;

describe('the bundle in Chinese', () => {
  const zh = inLanguage(bundle, 'zh-Hans');
  it('names European places, Chinese places and countries in Chinese', () => {
    expect(place(zh, 'DE2')).toMatchObject({ name: '巴伐利亚', nameEn: 'Bavaria' });
    expect(place(zh, 'DE2').nameLang).toBeUndefined();
    expect(place(zh, 'CN-SD').name).toBe(place(bundle, 'CN-SD').zh);
    expect(country(zh, 'PL').name).toMatch(/\p{Script=Han}/u);
  });
  it('keeps the English name of a place Chinese has no name for, tagged English', () => {
    const untagged = zh.places.filter((p) => !/\p{Script=Han}/u.test(p.name) && p.nameLang !== 'en');
    expect(untagged.map((p) => p.id)).toEqual([]);
    const fallback = zh.places.filter((p) => p.nameLang === 'en');
    for (const p of fallback) expect(p.name).toBe(place(bundle, p.id).name);
  });
  it('tells the presenter the story in Chinese', () => {
    expect(zh.story.map((s) => s.title)).toContain('山东位居省份排名之首');
    for (const s of zh.story) expect(s.caption).toMatch(/\p{Script=Han}/u);
  });
});

describe('the bundle in Polish', () => {
  const pl = inLanguage(bundle, 'pl');
  it('takes the Polish exonyms and keeps Polish places Polish', () => {
    expect(place(pl, 'CN-TJ').name).toBe('Tiencin');
    expect(place(pl, 'DE2').name).toBe('Bawaria');
    expect(place(pl, 'PL71')).toMatchObject({ name: place(bundle, 'PL71').localName });
    expect(place(pl, 'PL71').nameLang).toBeUndefined();
  });
  it('writes Chinese provinces in pinyin untagged, and tags an English name', () => {
    expect(place(pl, 'CN-SD')).toMatchObject({ name: 'Shandong' });
    expect(place(pl, 'CN-SD').nameLang).toBeUndefined();
    expect(place(pl, 'cn.changsha-xiangjiang')).toMatchObject({ name: 'Hunan Xiangjiang New Area', nameLang: 'en' });
  });
  it('tells the story in Polish, every step', () => {
    expect(pl.story.map((s) => s.id)).toEqual(bundle.story.map((s) => s.id));
    for (const [i, s] of pl.story.entries()) expect(s.caption).not.toBe(bundle.story[i].caption);
  });
});

describe('search, in every language, by every name', () => {
  for (const locale of ['en', 'zh-Hans', 'pl'] as const) {
    it(`${locale}: Tianjin, Bavaria and Łódzkie by their English, Chinese and Polish names`, () => {
      const b = locale === 'en' ? bundle : inLanguage(bundle, locale);
      const index = buildSearchIndex(b.places, b.countries, b.names);
      const first = (q: string) => search(index, q)[0]?.place.id;
      for (const q of ['Tianjin', '天津', 'Tiencin']) expect(first(q), q).toBe('CN-TJ');
      for (const q of ['Bavaria', '巴伐利亚', 'Bawaria', 'Bayern']) expect(first(q), q).toBe('DE2');
      for (const q of ['Łódzkie', 'Lodzkie', '罗兹省']) expect(first(q), q).toBe('PL71');
    });
  }
});

it('leaves the bundle it is given as it was', () => {
  const before = JSON.stringify(bundle);
  inLanguage(bundle, 'zh-Hans');
  inLanguage(bundle, 'pl');
  expect(JSON.stringify(bundle)).toBe(before);
});
