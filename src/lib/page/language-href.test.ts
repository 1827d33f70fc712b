import { describe, expect, it } from 'vitest';
import { languageHref } from './language-href.ts';

describe('the address in another language', () => {
  it('changes only lang, keeping the view, the flags and the camera', () => {
    expect(languageHref('https://x.org/atlas/?period=2014-2017&country=DE,FR&embed#map=4/35/100', 'pl')).toBe('https://x.org/atlas/?period=2014-2017&country=DE,FR&embed=&lang=pl#map=4/35/100');
    expect(languageHref('https://x.org/atlas/?lang=pl&select=PL71', 'zh-Hans')).toBe('https://x.org/atlas/?lang=zh&select=PL71');
    expect(languageHref('https://x.org/atlas/', 'en')).toBe('https://x.org/atlas/?lang=en');
  });
});
