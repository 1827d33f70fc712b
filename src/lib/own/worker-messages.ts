/** What the page and the reading worker (own/worker.ts) say to each other. */
import type { Field } from './columns.ts';
import type { Gazetteer, GazetteerEntry } from './match.ts';
import type { OwnRead } from './read.ts';
import type { End, OwnRow, Problem } from './rows.ts';

/**
 * The rows as the worker sends them: a place by its id alone (the page has the same gazetteer), so that 100,000
 * rows do not carry 200,000 copies of their places' names through the message and into the page's heap.
 */
type Slim<T> = T extends { entry: GazetteerEntry } ? Omit<T, 'entry'> & { entry: { id: string } } : T;
type SlimProblem = Problem extends infer P ? (P extends { candidates: GazetteerEntry[] } ? Omit<P, 'candidates'> & { candidates: { id: string }[] } : P) : never;
export type SlimRow = Omit<OwnRow, 'eu' | 'cn' | 'problems'> & { eu: Slim<End> | null; cn: Slim<End> | null; problems: SlimProblem[] };

const slimEnd = (e: End | null): Slim<End> | null => (e && e.kind === 'place' ? { ...e, entry: { id: e.entry.id } } : e);
export const slimRows = (rows: readonly OwnRow[]): SlimRow[] =>
  rows.map((r) => ({
    ...r,
    eu: slimEnd(r.eu),
    cn: slimEnd(r.cn),
    problems: r.problems.map((p) => (p.reason === 'ambiguous' ? { ...p, candidates: p.candidates.map((c) => ({ id: c.id })) } : p)),
  }));

/** The rows again with the page's own entries (an id the page's gazetteer lacks would be a bug: it throws). */
export function fullRows(rows: readonly SlimRow[], gazetteer: Gazetteer): OwnRow[] {
  const entry = (id: string) => {
    const e = gazetteer.entry(id);
    if (!e) throw new Error(`the worker named a place the page does not know: ${id}`);
    return e;
  };
  const end = (e: Slim<End> | null): End | null => (e && e.kind === 'place' ? { ...e, entry: entry(e.entry.id) } : (e as End | null));
  return rows.map((r) => ({
    ...r,
    eu: end(r.eu),
    cn: end(r.cn),
    problems: r.problems.map((p): Problem => (p.reason === 'ambiguous' ? { ...p, candidates: p.candidates.map((c) => entry(c.id)) } : p)),
  }));
}

/** What the worker sends back: the read, its rows slim. */
export type WorkerRead = Exclude<OwnRead, { kind: 'ready' }> | (Omit<Extract<OwnRead, { kind: 'ready' }>, 'rows'> & { rows: SlimRow[] });

export interface WorkerRequest {
  id: number;
  /** The file's bytes (transferred, not copied). */
  bytes: ArrayBuffer;
  columns?: Partial<Record<Field, number>>;
  /** Where the atlas's data files are, relative to the worker's own address. */
  base: string;
}

export type WorkerReply =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'result'; result: WorkerRead }
  | { id: number; kind: 'error'; message: string };

/** Reads a file in a worker: resolves with what it read, reporting progress on the way. */
export function readInWorker(
  worker: Pick<Worker, 'postMessage' | 'addEventListener' | 'removeEventListener'>,
  request: Omit<WorkerRequest, 'id'>,
  onProgress: (done: number, total: number) => void,
): Promise<WorkerRead> {
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    const onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      if (reply.id !== id) return;
      if (reply.kind === 'progress') return onProgress(reply.done, reply.total);
      worker.removeEventListener('message', onmessage as EventListener);
      worker.removeEventListener('error', onerror as EventListener);
      if (reply.kind === 'result') resolve(reply.result);
      else reject(new Error(reply.message));
    };
    const onerror = (e: ErrorEvent) => {
      worker.removeEventListener('message', onmessage as EventListener);
      worker.removeEventListener('error', onerror as EventListener);
      reject(new Error(e.message || 'the worker stopped'));
    };
    worker.addEventListener('message', onmessage as EventListener);
    worker.addEventListener('error', onerror as EventListener);
    worker.postMessage({ ...request, id }, [request.bytes]);
  });
}
let lastId = 0;
