/**
 * Reads a reader's file off the page's thread (issue 18): a file of 20 MB or 100,000 rows is decoded, parsed and
 * matched here while the map stays responsive, and the page is told how far the matching is. One file at a time;
 * each message answers the request of its `id`.
 */
import { loadGazetteer } from './gazetteer.ts';
import { readOwn } from './read.ts';
import type { Gazetteer } from './match.ts';
import { slimRows, type WorkerReply, type WorkerRequest } from './worker-messages.ts';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerReply): void };
let gazetteer: Promise<Gazetteer> | null = null;

scope.onmessage = async (e) => {
  const { id, bytes, columns, base } = e.data;
  try {
    gazetteer ??= loadGazetteer(fetch, base);
    const g = await gazetteer;
    const result = readOwn(new Uint8Array(bytes), g, { columns, onProgress: (done, total) => scope.postMessage({ id, kind: 'progress', done, total }) });
    scope.postMessage({ id, kind: 'result', result: result.kind === 'ready' ? { ...result, rows: slimRows(result.rows) } : result });
  } catch (err) {
    gazetteer = null;
    scope.postMessage({ id, kind: 'error', message: (err as Error).message });
  }
};
