/**
 * A reader's own file (issue 18), from bytes to text. Spreadsheets save CSV in the encoding of the machine:
 * UTF-8 (with or without a byte-order mark), UTF-16 ("Unicode text" in Excel, with its mark), GB18030 on a
 * Chinese Windows, Windows-1250 on a Polish one. The bytes say which: valid UTF-8 is taken as UTF-8; otherwise
 * GB18030 when its double-byte characters are Chinese characters (GB 2312's rows B0–F7), else Windows-1250.
 * A file that is not text (a picture or a workbook renamed .csv) or holds nothing is refused with the reason.
 */

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'windows-1250'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** What a file that is not text is, by its first bytes. */
export const NOT_TEXT = ['png', 'jpeg', 'gif', 'webp', 'pdf', 'zip', 'xls', 'binary'] as const;
export type NotText = (typeof NOT_TEXT)[number];

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'not-text'; kind: NotText };

const MAGIC: readonly [NotText, readonly number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  // The old Excel workbook (.xls) is an OLE compound file.
  ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

/** The kind of a file that is not text, or null for what may be text. */
export function notText(bytes: Uint8Array): NotText | null {
  for (const [kind, magic] of MAGIC) if (startsWith(bytes, magic)) return kind;
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  // Text never holds NUL bytes (UTF-16, which does, is known by its mark before this is asked).
  const head = bytes.subarray(0, 4096);
  return head.includes(0) ? 'binary' : null;
}

const decode = (encoding: Encoding, bytes: Uint8Array, fatal: boolean) => new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);

/**
 * Of the double-byte characters GB18030 would read, the share that are Chinese characters of GB 2312 (lead
 * byte B0–F7, trail A1–FE): near 1 for Chinese text, low for Polish letters, which Windows-1250 puts above 0x80
 * and mostly before a plain Latin letter. Null when there is no such character.
 */
export function chineseShare(bytes: Uint8Array): number | null {
  let pairs = 0;
  let han = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x81 || b === 0xff) continue;
    const t = bytes[i + 1];
    pairs++;
    if (t === undefined) break;
    // A four-byte GB18030 sequence (second byte a digit): never a GB 2312 character.
    if (t >= 0x30 && t <= 0x39) {
      i += 3;
      continue;
    }
    if (b >= 0xb0 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) han++;
    i++;
  }
  return pairs ? han / pairs : null;
}

/** The share of Chinese characters above which a file that is not UTF-8 is read as GB18030. */
export const GB_SHARE = 0.8;

/** A file's bytes as text, with the encoding read, or why there is no text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return textOrEmpty(decode('utf-8', bytes.subarray(3), false), 'utf-8', true);
  if (startsWith(bytes, [0xff, 0xfe])) return textOrEmpty(decode('utf-16le', bytes.subarray(2), false), 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return textOrEmpty(decode('utf-16be', bytes.subarray(2), false), 'utf-16be', true);
  const kind = notText(bytes);
  if (kind) return { ok: false, reason: 'not-text', kind };
  try {
    return textOrEmpty(decode('utf-8', bytes, true), 'utf-8', false);
  } catch {
    // Not UTF-8: one of the two legacy encodings.
  }
  const share = chineseShare(bytes);
  if (share !== null && share >= GB_SHARE) {
    try {
      return textOrEmpty(decode('gb18030', bytes, true), 'gb18030', false);
    } catch {
      // Not valid GB18030 after all.
    }
  }
  return textOrEmpty(decode('windows-1250', bytes, false), 'windows-1250', false);
}

function textOrEmpty(text: string, encoding: Encoding, bom: boolean): Decoded {
  return text.trim() === '' ? { ok: false, reason: 'empty' } : { ok: true, text, encoding, bom };
}
