import { describe, expect, it } from 'vitest';
import { chineseShare, decodeBytes, notText } from './decode.ts';
import { encodeCp1250, encodeGb18030 } from './encode.test-helper.ts';

const CHINESE = 'eu_place,cn_place,year,status,source\n罗兹省,四川省,2014,活跃,罗兹省政府网站\n巴伐利亚,山东省,1987,有效,报告表4\n';
const POLISH = 'miejsce_ue,miejsce_cn,rok,status,źródło\nŁódzkie,Syczuan,2014,aktywne,Urząd Marszałkowski w Łodzi\nDolnośląskie,Tiencin,2009,zakończone,Wrocław — strona województwa\n';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without its byte-order mark, and says which', () => {
    expect(decodeBytes(utf8(POLISH))).toEqual({ ok: true, text: POLISH, encoding: 'utf-8', bom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CHINESE)]);
    expect(decodeBytes(withBom)).toEqual({ ok: true, text: CHINESE, encoding: 'utf-8', bom: true });
  });

  it('reads GB18030, as a Chinese Excel saves CSV', () => {
    const bytes = encodeGb18030(CHINESE);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: CHINESE, encoding: 'gb18030', bom: false });
  });

  it('reads Windows-1250, as a Polish Excel saves CSV', () => {
    const bytes = encodeCp1250(POLISH);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: POLISH, encoding: 'windows-1250', bom: false });
  });

  it('tells Polish from Chinese in short files too: one place, or letters that GB18030 would also read', () => {
    for (const word of ['Łódź', 'Łódzkie', 'Kraków,Chengdu', 'Gdańsk;Szanghaj;1985', 'źródło', 'Żółć', 'Bielsko-Biała']) {
      const decoded = decodeBytes(encodeCp1250(word));
      expect(decoded, word).toMatchObject({ ok: true, text: word, encoding: 'windows-1250' });
    }
    for (const word of ['天津', '罗兹省,四川省', '重庆市;1993']) {
      expect(decodeBytes(encodeGb18030(word)), word).toMatchObject({ ok: true, text: word, encoding: 'gb18030' });
    }
  });

  it('reads UTF-16 with its mark (Excel’s “Unicode text”), either byte order', () => {
    const text = 'eu_place\tcn_place\nŁódzkie\t四川省\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    const be = new Uint8Array(2 + text.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le.set([c & 0xff, c >> 8], 2 + i * 2);
      be.set([c >> 8, c & 0xff], 2 + i * 2);
    }
    expect(decodeBytes(le)).toEqual({ ok: true, text, encoding: 'utf-16le', bom: true });
    expect(decodeBytes(be)).toEqual({ ok: true, text, encoding: 'utf-16be', bom: true });
  });

  it('refuses an empty file, a mark alone and blank lines, as empty', () => {
    for (const bytes of [new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf]), utf8(' \n\r\n\t'), new Uint8Array([0xff, 0xfe])]) {
      expect(decodeBytes(bytes)).toEqual({ ok: false, reason: 'empty' });
    }
  });

  it('refuses a picture, a PDF or a workbook renamed .csv, and says what it is', () => {
    const cases: [number[], string][] = [
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'png'],
      [[0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46], 'jpeg'],
      [[...utf8('GIF89a'), 1, 0, 1, 0], 'gif'],
      [[...utf8('RIFF'), 0x24, 0, 0, 0, ...utf8('WEBPVP8 ')], 'webp'],
      [[...utf8('%PDF-1.7\n')], 'pdf'],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0], 'zip'],
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'xls'],
      [[...utf8('eu_place,cn'), 0, 0, 0x13, 0x37], 'binary'],
    ];
    for (const [bytes, kind] of cases) expect(decodeBytes(new Uint8Array(bytes)), kind).toEqual({ ok: false, reason: 'not-text', kind });
  });
});

describe('notText and chineseShare', () => {
  it('take plain text for text, and measure how Chinese the high bytes are', () => {
    expect(notText(utf8(POLISH))).toBeNull();
    expect(chineseShare(utf8('plain ASCII'))).toBeNull();
    expect(chineseShare(encodeGb18030('四川省天津市'))).toBe(1);
    expect(chineseShare(encodeCp1250('Małopolskie, Śląskie, Wrocław'))).toBeLessThan(0.5);
  });
});
