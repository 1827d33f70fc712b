import { describe, expect, it } from 'vitest';
import { crc32, pngChunks, pngText, textChunk, withPngText } from './png-text.ts';

/** A real PNG of one pixel (signature, IHDR, IDAT, IEND). */
const ONE_PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

describe('crc32', () => {
  it('gives the standard check value, and the CRCs of a real PNG', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    expect(pngChunks(ONE_PIXEL).map((c) => [c.type, c.crcOk])).toEqual([
      ['IHDR', true],
      ['IDAT', true],
      ['IEND', true],
    ]);
  });
});

describe('withPngText', () => {
  const citation = 'EU–China Partnership Atlas, version 0.1.0, data of 28 November 2026. Drawn from Kamiński, Skorupska & Szczudlik (2019).';

  it('inserts the chunks right after IHDR, each with a right CRC, and leaves the image’s own chunks as they were', () => {
    const out = withPngText(ONE_PIXEL, [
      ['Title', 'EU-China partnerships: 1982-1989'],
      ['Citation', citation],
    ]);
    const chunks = pngChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'tEXt', 'iTXt', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect([...out.subarray(0, 8)]).toEqual([...ONE_PIXEL.subarray(0, 8)]);
    const original = pngChunks(ONE_PIXEL);
    for (const type of ['IHDR', 'IDAT', 'IEND']) expect([...chunks.find((c) => c.type === type)!.data]).toEqual([...original.find((c) => c.type === type)!.data]);
  });

  it('reads back: Latin-1 text in tEXt, anything else (an en dash, ń) in iTXt as UTF-8', () => {
    const out = withPngText(ONE_PIXEL, [
      ['Title', 'Łódź – 四川'],
      ['Source', 'Boundaries: Natural Earth. Café'],
      ['Citation', citation],
      ['Empty', ''],
    ]);
    expect(pngText(out)).toEqual({ Title: 'Łódź – 四川', Source: 'Boundaries: Natural Earth. Café', Citation: citation });
    expect(pngChunks(out).find((c) => c.type === 'tEXt')!.data.length).toBe('Source'.length + 1 + 'Boundaries: Natural Earth. Café'.length);
  });

  it('refuses what is not a PNG, and a keyword the format does not allow', () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), [['Title', 'x']])).toThrow('not a PNG');
    expect(() => textChunk('', 'x')).toThrow();
    expect(() => textChunk('Ünïcode', 'x')).toThrow();
    expect(() => textChunk('x'.repeat(80), 'x')).toThrow();
  });
});
