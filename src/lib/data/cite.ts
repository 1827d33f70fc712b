/** Citations as plain text, one format everywhere. */
import type { SourceDoc, SourceRef } from './types.ts';

/**
 * "003_….txt, Table 4; 002_….txt", or with `docs`, the document title instead
 * of the file name. References to one document are grouped: "Title, 1.2, Table 8".
 */
export function citeRefs(refs: readonly SourceRef[], docs?: readonly SourceDoc[]): string {
  const title = (file: string) => docs?.find((d) => d.file === file)?.title ?? file;
  const byFile = new Map<string, string[]>();
  for (const r of refs) {
    const list = byFile.get(r.file) ?? [];
    if (r.ref && !list.includes(r.ref)) list.push(r.ref);
    byFile.set(r.file, list);
  }
  return [...byFile].map(([file, list]) => [title(file), ...list].join(', ')).join('; ');
}
