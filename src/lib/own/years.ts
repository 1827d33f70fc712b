/**
 * The year of a reader's row (issue 18), read as written and never guessed quietly: a plain year or a date is
 * a year; "ca. 1990" is that year, marked approximate; "1990s" is a decade and "1990–1995" a range, kept as
 * spans; an empty cell or "unknown" is undated; anything else is unreadable, and said so. Words for
 * "about", "unknown" and decades are recognised in English, Chinese and Polish.
 */

export type YearReading =
  | { kind: 'year'; year: number }
  | { kind: 'approximate'; year: number }
  | { kind: 'decade'; from: number; to: number }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'undated' }
  | { kind: 'unreadable' };

/** The years a reader's list may hold: the first town twinnings are after 1900; nothing is dated in the far future. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

const UNDATED = new Set(['', '-', '–', '—', '?', '??', 'n/a', 'na', 'n.a.', 'unknown', 'undated', 'none', 'nd', 'n.d.', 'brak', 'brak danych', 'nieznany', 'nieznana', 'b.d.', 'bd', '不详', '未知', '无', '不明', '无日期']);
/** "about" before a year: English, Polish, Chinese; "~"; and a year followed by "?". */
const ABOUT = /^(?:ca\.?|c\.|circa|approx\.?|approximately|about|around|~|około|ok\.|ok|około roku|ok\. roku|约|大约|大概|约在)\s*/i;

const inRange = (y: number) => y >= FIRST_YEAR && y <= LAST_YEAR;
/** Full-width digits (１９９０) as ASCII ones. */
const asciiDigits = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** A year alone or a date around it: 1990, 1990年, 1990-05-12, 1990/5, 12.05.1990, 12/05/1990, 1990年5月12日. */
function plainYear(s: string): number | null {
  const m =
    /^(\d{4})\s*年?$/.exec(s) ??
    /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s) ??
    /^(\d{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?$/.exec(s) ??
    /^\d{1,2}[-/.]\d{1,2}[-/.](\d{4})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  return inRange(y) ? y : null;
}

/** 1990s, 1990's, the 1990s, 1990年代, 90年代, lata 90., lata 90-te, lata 1990. */
function decade(s: string): number | null {
  const m = /^(?:the\s+)?(\d{3}0)\s*'?s$/i.exec(s) ?? /^(\d{3}0)\s*年代$/.exec(s) ?? /^lata\s+(\d{3}0)\.?$/i.exec(s);
  if (m) return inRange(Number(m[1])) ? Number(m[1]) : null;
  const short = /^(\d0)\s*年代$/.exec(s) ?? /^lata\s+(\d0)(?:\.|-te|\s*\.?\s*xx\s*w\.?)?$/i.exec(s);
  // A two-digit decade is of the 20th century ("90年代", "lata 90."): the only century they are said of.
  return short ? 1900 + Number(short[1]) : null;
}

/** 1990–1995, 1990-1995, 1990 to 1995, 1990 do 1995, 1990至1995. */
function range(s: string): [number, number] | null {
  const m = /^(\d{4})\s*(?:[-–—/]|to|do|至|到|~)\s*(\d{4})\s*年?$/i.exec(s);
  if (!m) return null;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return inRange(from) && inRange(to) && from <= to ? [from, to] : null;
}

export function readYear(cell: string): YearReading {
  const s = asciiDigits(cell.normalize('NFKC').trim().replace(/\s+/g, ' '));
  if (UNDATED.has(s.toLowerCase())) return { kind: 'undated' };
  const year = plainYear(s);
  if (year !== null) return { kind: 'year', year };
  const about = ABOUT.exec(s);
  const rest = about ? s.slice(about[0].length).replace(/\s*年?\s*(?:左右|前后)$/, '') : /\?$/.test(s) ? s.slice(0, -1).trim() : /(?:左右|前后)$/.test(s) ? s.replace(/\s*(?:左右|前后)$/, '') : null;
  if (rest !== null) {
    const y = plainYear(rest);
    if (y !== null) return { kind: 'approximate', year: y };
  }
  const d = decade(s);
  if (d !== null) return { kind: 'decade', from: d, to: d + 9 };
  const r = range(s);
  if (r) return r[0] === r[1] ? { kind: 'year', year: r[0] } : { kind: 'range', from: r[0], to: r[1] };
  return { kind: 'unreadable' };
}
