/**
 * What a citation anywhere below the page needs: the bibliography, and a way to open the
 * Sources dialog at one document (null where there is none, e.g. a panel on its own).
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { SourceDoc } from '../data/types.ts';

export interface SourcesContext {
  docs: readonly SourceDoc[];
  show: ((docId: string) => void) | null;
}

const KEY = Symbol('sources');

export const setSources = (ctx: SourcesContext) => setContext(KEY, ctx);
export const getSources = (): SourcesContext | undefined => (hasContext(KEY) ? getContext<SourcesContext>(KEY) : undefined);
