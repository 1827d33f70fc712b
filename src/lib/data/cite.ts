/** Citations as plain text, one format everywhere. */
import type { SourceDoc, SourceRef } from './types.ts';

/** "003_….txt, Table 4; 002_….txt", or with `docs`, the document title instead of the file name. */
export function citeRefs(refs: readonly SourceRef[], docs?: readonly SourceDoc[]): string {
  const title = (file: string) => docs?.find((d) => d.file === file)?.title ?? file;
  return refs.map((r) => (r.ref ? `${title(r.file)}, ${r.ref}` : title(r.file))).join('; ');
}
