import { describe, expect, it } from 'vitest';
import { addressForData } from './data-address.ts';

describe('addressForData', () => {
  it('keeps the flags and the language, drops the view of the other data', () => {
    expect(addressForData({ pathname: '/atlas/', search: '?lang=pl&embed&period=1982-1989&select=PL71&country=PL', hash: '#map=3/40/60' }, true)).toBe('/atlas/?lang=pl&embed=#map=3/40/60');
  });

  it('back to the report’s data: a hosted file and a list in the fragment leave the address, the camera stays', () => {
    expect(addressForData({ pathname: '/', search: '?data=mine.csv&period=2010-2019', hash: '#map=3/40/60&own=abc&ownset=def' }, false)).toBe('/#map=3/40/60');
    expect(addressForData({ pathname: '/', search: '', hash: '#own=abc' }, false)).toBe('/');
  });

  it('a reader’s list shown: its hosted file and its fragment stay', () => {
    expect(addressForData({ pathname: '/', search: '?data=mine.csv&period=all', hash: '#own=abc' }, true)).toBe('/?data=mine.csv#own=abc');
  });
});
