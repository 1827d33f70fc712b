/**
 * Citations as a reader reads them, one format everywhere: the document's label
 * (author–year for the report, a short title and year for the others: seeds/sources.csv)
 * and its places in that document, e.g. "Kamiński, Skorupska & Szczudlik (2019), §1.3.1,
 * Table 4". Repository file names never appear: the bundle keeps them for the tooling.
 * Here, which places and in which order (each a key: "§1.2", "Table 4", "Chapter 3",
 * "profile of Hefei"); in the reader's words: words/cite.ts.
 */
import type { SourceDoc, SourceRef } from './types.ts';

/** One document cited, with its places in it, in the document's order. */
export interface Citation {
  doc: SourceDoc;
  /** "§1.2", "Table 4", "§2.4, Table 11", "Introduction", "Chapter 3", "profile of Hefei"… */
  places: string[];
}

/**
 * How a seed's section ref reads: "1.2" → "§1.2"; a lone "3" → "Chapter 3"; "2.4 Table 11"
 * → "§2.4, Table 11"; "Table 4" and "Introduction" as they are; a profile of the IURC booklet
 * (002) → "profile of Hefei" (its heading as printed); a web page's empty ref → nothing.
 */
export function placeIn(doc: Pick<SourceDoc, 'id'>, ref: string): string {
  const r = ref.trim();
  if (!r) return '';
  if (doc.id === '002') return `profile of ${r}`;
  const sectionTable = /^(\d+(?:\.\d+)+) (Table \d+)$/.exec(r);
  if (sectionTable) return `§${sectionTable[1]}, ${sectionTable[2]}`;
  if (/^\d+(?:\.\d+)+$/.test(r)) return `§${r}`;
  if (/^\d+$/.test(r)) return `Chapter ${r}`;
  return r;
}

/** Where a place sits in its document: Introduction, then sections in number order, then tables, then chapters. */
function rank(place: string): number[] {
  if (place === 'Introduction') return [0];
  const section = /^§([\d.]+)/.exec(place);
  if (section) return [1, ...section[1].split('.').map(Number)];
  const table = /^Table (\d+)/.exec(place);
  if (table) return [2, Number(table[1])];
  const chapter = /^Chapter (\d+)/.exec(place);
  if (chapter) return [3, Number(chapter[1])];
  return [4];
}

function byRank(a: string, b: string): number {
  const x = rank(a);
  const y = rank(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d) return d;
  }
  return a.localeCompare(b);
}

/**
 * The refs grouped by document (in the order first cited), each place once, in the
 * document's order; a bare "§2.4" is dropped when "§2.4, Table 11" is there.
 * A ref to a document not in `docs` is left out (the data build rejects those).
 */
export function citations(refs: readonly SourceRef[], docs: readonly SourceDoc[]): Citation[] {
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const out = new Map<string, Citation>();
  for (const r of refs) {
    const doc = byFile.get(r.file);
    if (!doc) continue;
    const c = out.get(doc.id) ?? { doc, places: [] };
    const place = placeIn(doc, r.ref);
    if (place && !c.places.includes(place)) c.places.push(place);
    out.set(doc.id, c);
  }
  for (const c of out.values()) {
    c.places = c.places.filter((p) => !c.places.some((q) => q !== p && q.startsWith(`${p}, `))).sort(byRank);
  }
  return [...out.values()];
}

/** The documents the partnerships themselves come from (the report, then the IURC booklet): the atlas's own citation names them. */
export function drawnFrom(docs: readonly SourceDoc[]): SourceDoc[] {
  return ['003', '002'].flatMap((id) => docs.filter((d) => d.id === id));
}
