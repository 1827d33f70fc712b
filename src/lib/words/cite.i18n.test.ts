/** Citations in Chinese and Polish: cite.ts run in each language (tables, chapters, profiles in its words; sections and labels as printed). */
import { afterEach, describe, expect, it } from 'vitest';
import { inLanguage, leaveLanguage } from './in-language.test-helper.ts';
import type { Locale } from '../i18n/locale.ts';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';

const docs = parseBundle(raw).sources;
const REPORT = docs.find((d) => d.id === '003')!;
const BOOKLET = docs.find((d) => d.id === '002')!;
const refs = [
  { file: REPORT.file, ref: 'Table 8' },
  { file: REPORT.file, ref: '2.4 Table 11' },
  { file: REPORT.file, ref: 'Introduction' },
  { file: REPORT.file, ref: '3' },
  { file: BOOKLET.file, ref: 'Beijing' },
  { file: BOOKLET.file, ref: 'Hohhot' },
];
const one = [{ file: BOOKLET.file, ref: 'Hefei' }];

const citeIn = (lang: Exclude<Locale, 'en'>) => inLanguage(lang, () => import('./cite.ts'));

describe('citations in another language', () => {
  afterEach(leaveLanguage);

  it('Polish', async () => {
    const { citeRefs } = await citeIn('pl');
    expect(citeRefs(refs, docs)).toBe(
      `${REPORT.label}, wprowadzenie, §2.4, tabela 11, tabela 8, rozdział 3; ${BOOKLET.label}, profile: Beijing i Hohhot`,
    );
    expect(citeRefs(one, docs)).toBe(`${BOOKLET.label}, profil: Hefei`);
  });

  it('Chinese', async () => {
    const { citeRefs } = await citeIn('zh-Hans');
    expect(citeRefs(refs, docs)).toBe(`${REPORT.label}, 引言, §2.4, 表 11, 表 8, 第 3 章; ${BOOKLET.label}, 简介：Beijing和Hohhot`);
  });
});
