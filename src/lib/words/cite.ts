/**
 * Citations in the reader's words, one format everywhere (panels, presenter, exports): the document's label, then
 * its places in it, e.g. 'Kamiński, Skorupska & Szczudlik (2019), §1.3.1, Table 4' ('…, §1.3.1, 表 4',
 * '…, §1.3.1, tabela 4'). Which places, once each and in the document's order: data/cite.ts.
 */
import type { SourceDoc, SourceRef } from '../data/types.ts';
import { citations, type Citation } from '../data/cite.ts';
import * as m from '../i18n/generated/m/core.js';
import { andList } from './lists.ts';

const PROFILE = 'profile of ';

/** One place in a document: 'Table 4', 'Chapter 3' and 'Introduction' in the reader's words; sections (§1.2) as they are. */
function placeWords(place: string): string {
  if (place === 'Introduction') return m.core_cite_introduction();
  const chapter = /^Chapter (\d+)$/.exec(place);
  if (chapter) return m.core_cite_chapter({ n: chapter[1] });
  return place.replace(/\bTable (\d+)$/, (_, n: string) => m.core_cite_table({ n }));
}

/** The places of one document as words: several profiles of the booklet read 'profiles of Beijing, Tianjin and Hohhot'. */
export function placesText(places: readonly string[]): string {
  const names = places.filter((p) => p.startsWith(PROFILE)).map((p) => p.slice(PROFILE.length));
  const rest = places.filter((p) => !p.startsWith(PROFILE)).map(placeWords);
  return [...rest, ...(names.length ? [m.core_cite_profiles({ count: names.length, names: andList(names) })] : [])].join(', ');
}

/** One citation as text: 'Kamiński, Skorupska & Szczudlik (2019), §1.2, Table 8'. */
export function citationText(c: Citation): string {
  const places = placesText(c.places);
  return places ? `${c.doc.label}, ${places}` : c.doc.label;
}

/** Every citation of `refs` as one line: documents separated by '; '. */
export function citeRefs(refs: readonly SourceRef[], docs: readonly SourceDoc[]): string {
  return citations(refs, docs).map(citationText).join('; ');
}
