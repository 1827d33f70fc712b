/** Citations in words, English (the unit tests run in English); Chinese and Polish: cite.i18n.test.ts. */
import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { citeRefs, placesText } from './cite.ts';

const bundle = parseBundle(raw);
const docs = bundle.sources;
const REPORT = docs.find((d) => d.id === '003')!;
const BOOKLET = docs.find((d) => d.id === '002')!;

describe('citeRefs', () => {
  it('names each document by its label, its places once and in the document’s order, never a file name', () => {
    const refs = [
      { file: REPORT.file, ref: 'Table 8' },
      { file: REPORT.file, ref: '1.2' },
      { file: BOOKLET.file, ref: 'Tianjin' },
      { file: REPORT.file, ref: '2.4' },
      { file: REPORT.file, ref: '2.4 Table 11' },
      { file: REPORT.file, ref: 'Introduction' },
      { file: REPORT.file, ref: '1.2' },
      { file: BOOKLET.file, ref: 'Beijing' },
      { file: BOOKLET.file, ref: 'Hohhot' },
    ];
    const text = citeRefs(refs, docs);
    expect(text).toBe(
      'Kamiński, Skorupska & Szczudlik (2019), Introduction, §1.2, §2.4, Table 11, Table 8; IURC 2021–2023 booklet, profiles of Beijing, Hohhot and Tianjin',
    );
    expect(text).not.toMatch(/\.txt/);
    expect(citeRefs([], docs)).toBe('');
  });

  it('gives a web page its label alone', () => {
    const page = docs.find((d) => d.id === '004')!;
    expect(citeRefs([{ file: page.file, ref: '' }], docs)).toBe(page.label);
    expect(placesText([])).toBe('');
  });
});
