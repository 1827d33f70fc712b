/**
 * What every export says about itself besides the picture or the rows: how to
 * cite the atlas (the Sources dialog's "Cite this atlas" line, the same words) and
 * the PNG's text chunks. Pure.
 */
import type { Bundle } from '../data/types.ts';
import { drawnFrom } from '../data/cite.ts';
import { citeAtlas } from '../words/index.ts';

/** "Cite this atlas", as the Sources dialog and the data note give it; null for a bundle without the atlas's own citation. */
export function exportCitation(bundle: Partial<Pick<Bundle, 'atlas' | 'sources'>>): string | null {
  if (!bundle.atlas) return null;
  return citeAtlas(bundle.atlas, drawnFrom(bundle.sources ?? []).map((d) => d.label));
}

/** The PNG's text chunks (keywords of the PNG specification where one fits: Title, Source; Citation for the atlas's citation). */
export function pngTextEntries(m: { title: string; citation?: string | null; attribution: string }): [string, string][] {
  return [
    ['Title', m.title],
    ['Citation', m.citation ?? ''],
    ['Source', m.attribution],
  ];
}
