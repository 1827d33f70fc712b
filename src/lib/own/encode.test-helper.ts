/**
 * Encoders for the tests' fixtures, in the two legacy encodings a spreadsheet saves (GB18030, Windows-1250).
 * TextDecoder only decodes: each table is built by decoding every byte (pair) once, and read backwards.
 */
type Table = Map<string, number[]>;

let gb: Table | null = null;
let cp1250: Table | null = null;

function gbTable(): Table {
  if (gb) return gb;
  gb = new Map();
  const d = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const c = d.decode(new Uint8Array([lead, trail]));
        if (c.length === 1 && !gb.has(c)) gb.set(c, [lead, trail]);
      } catch {
        // not a character
      }
    }
  return gb;
}

function cp1250Table(): Table {
  if (cp1250) return cp1250;
  cp1250 = new Map();
  const d = new TextDecoder('windows-1250');
  for (let b = 0; b <= 0xff; b++) {
    const c = d.decode(new Uint8Array([b]));
    if (c !== '\uFFFD' && !cp1250.has(c)) cp1250.set(c, [b]);
  }
  return cp1250;
}

function encodeWith(table: Table, text: string, name: string): Uint8Array {
  const out: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
    else {
      const bytes = table.get(c);
      if (!bytes) throw new Error(`${name} has no "${c}"`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export const encodeGb18030 = (text: string) => encodeWith(gbTable(), text, 'GB18030 (two-byte)');
export const encodeCp1250 = (text: string) => encodeWith(cp1250Table(), text, 'Windows-1250');
