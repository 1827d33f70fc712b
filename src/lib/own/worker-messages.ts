/** What the page and the reading worker (own/worker.ts) say to each other. */
import type { Field } from './columns.ts';
import type { OwnRead } from './read.ts';

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
  | { id: number; kind: 'result'; result: OwnRead }
  | { id: number; kind: 'error'; message: string };

/** Reads a file in a worker: resolves with what it read, reporting progress on the way. */
export function readInWorker(
  worker: Pick<Worker, 'postMessage' | 'addEventListener' | 'removeEventListener'>,
  request: Omit<WorkerRequest, 'id'>,
  onProgress: (done: number, total: number) => void,
): Promise<OwnRead> {
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
