/**
 * Which records and figures cite each source document: the Sources dialog lists them
 * under its reference. Pure.
 */
import type { Bundle, SourceDoc, SourceRef } from '../data/types.ts';

export interface DocUses {
  partnerships: Bundle['partnerships'];
  places: Bundle['places'];
  /** The report's own figures (statements) and the contradictions between them. */
  statements: Bundle['statements'];
  contradictions: Bundle['contradictions'];
  caseStudies: Bundle['caseStudies'];
  profiles: Bundle['iurc']['profiles'];
  links: Bundle['iurc']['links'];
  story: Bundle['story'];
}

const cites = (refs: readonly SourceRef[], file: string) => refs.some((r) => r.file === file);

export function usesOf(bundle: Bundle, doc: Pick<SourceDoc, 'file'>): DocUses {
  const by = <T extends { sources: readonly SourceRef[] }>(list: readonly T[]) => list.filter((x) => cites(x.sources, doc.file));
  return {
    partnerships: by(bundle.partnerships),
    places: by(bundle.places),
    statements: by(bundle.statements),
    contradictions: bundle.contradictions.filter((c) => cites(c.sourceA, doc.file) || cites(c.sourceB, doc.file)),
    caseStudies: by(bundle.caseStudies),
    profiles: by(bundle.iurc.profiles),
    links: by(bundle.iurc.links),
    story: by(bundle.story),
  };
}
