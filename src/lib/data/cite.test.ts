import { describe, expect, it } from 'vitest';
import { citeRefs } from './cite.ts';

describe('citeRefs', () => {
  const docs = [{ id: '003', file: '003_x.txt', title: 'The Subnational Dimension (2019)' }];
  it('names the file, or the document title, with each reference once, grouped by document', () => {
    const refs = [
      { file: '003_x.txt', ref: '1.2' },
      { file: '003_x.txt', ref: 'Table 8' },
      { file: '002_y.txt', ref: '' },
      { file: '003_x.txt', ref: '1.2' },
    ];
    expect(citeRefs(refs)).toBe('003_x.txt, 1.2, Table 8; 002_y.txt');
    expect(citeRefs(refs, docs)).toBe('The Subnational Dimension (2019), 1.2, Table 8; 002_y.txt');
    expect(citeRefs([])).toBe('');
  });
});
