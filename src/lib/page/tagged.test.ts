import { describe, expect, it } from 'vitest';
import { tagNames } from './tagged.ts';

describe('tagNames', () => {
  it('tags each name of another language where it stands, and leaves the rest as it is', () => {
    expect(tagNames('报告未列出Valencian Community的任何伙伴关系。', [{ name: 'Valencian Community', nameLang: 'en' }])).toEqual([
      { text: '报告未列出' },
      { text: 'Valencian Community', lang: 'en' },
      { text: '的任何伙伴关系。' },
    ]);
    expect(tagNames('Valencian Community: Valencian Community', [{ name: 'Valencian Community', nameLang: 'en' }])).toEqual([
      { text: 'Valencian Community', lang: 'en' },
      { text: ': ' },
      { text: 'Valencian Community', lang: 'en' },
    ]);
  });

  it('leaves names in the page language untagged, and a longer name whole', () => {
    expect(tagNames('巴伐利亚和德国', [{ name: '巴伐利亚' }, { name: '德国' }])).toEqual([{ text: '巴伐利亚和德国' }]);
    expect(tagNames('Stuttgart Region, Stuttgart', [{ name: 'Stuttgart', nameLang: 'en' }, { name: 'Stuttgart Region', nameLang: 'en' }])).toEqual([
      { text: 'Stuttgart Region', lang: 'en' },
      { text: ', ' },
      { text: 'Stuttgart', lang: 'en' },
    ]);
    expect(tagNames('', [{ name: 'X', nameLang: 'en' }])).toEqual([]);
  });
});
