/**
 * Text in a PNG's own metadata (the PNG specification's tEXt and iTXt chunks):
 * the exported picture carries how to cite the atlas and its credit line, read by
 * any image viewer's "properties" (exiftool, GIMP, macOS Preview). Pure: bytes in,
 * bytes out. A text all in Latin-1 goes in a tEXt chunk; any other (an en dash,
 * "Kamiński") in an uncompressed iTXt chunk, UTF-8.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309, polynomial 0xEDB88320) as PNG chunks carry it. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const latin1 = (s: string) => [...s].every((ch) => ch.codePointAt(0)! <= 0xff && ch !== '\0');

/** One chunk: length, type, data, CRC over type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A tEXt chunk (keyword and text in Latin-1), or an iTXt chunk (UTF-8, no compression, no language) when the text needs it. */
export function textChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || keyword !== keyword.trim()) throw new Error(`not a PNG keyword: ${keyword}`);
  const key = [...keyword].map((c) => c.charCodeAt(0));
  if (latin1(text)) return chunk('tEXt', Uint8Array.from([...key, 0, ...[...text].map((c) => c.codePointAt(0)!)]));
  // keyword, 0, compression flag 0, method 0, language tag '' + 0, translated keyword '' + 0, text.
  return chunk('iTXt', Uint8Array.from([...key, 0, 0, 0, 0, 0, ...new TextEncoder().encode(text)]));
}

/** The PNG with text chunks inserted right after its header chunk (IHDR), so that they come before the image data. */
export function withPngText(png: Uint8Array, entries: readonly (readonly [keyword: string, text: string])[]): Uint8Array {
  if (SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const chunks = entries.filter(([, t]) => t).map(([k, t]) => textChunk(k, t));
  const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, ihdrEnd));
  let at = ihdrEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}

/** A PNG's chunks in order: type, data, and whether the stored CRC is right. */
export function pngChunks(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array; crcOk: boolean }[] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: crc32(png.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

/** The text chunks of a PNG (tEXt and uncompressed iTXt) by keyword. */
export function pngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of pngChunks(png)) {
    const nul = c.data.indexOf(0);
    if (nul < 0) continue;
    const key = String.fromCharCode(...c.data.subarray(0, nul));
    if (c.type === 'tEXt') out[key] = String.fromCharCode(...c.data.subarray(nul + 1));
    else if (c.type === 'iTXt' && c.data[nul + 1] === 0) {
      // Past the compression flag and method, the language tag and the translated keyword (each ended by a 0).
      let at = nul + 3;
      at = c.data.indexOf(0, at) + 1;
      at = c.data.indexOf(0, at) + 1;
      out[key] = new TextDecoder().decode(c.data.subarray(at));
    }
  }
  return out;
}
