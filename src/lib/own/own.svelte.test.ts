/**
 * The page's state of a reader's own data (own.svelte.ts), with an in-process stand-in for the worker (the same
 * pure read and the same message protocol) and the data files read from disk: opened, drawn at once, the rows
 * waiting, a skip, the mapping step, a refusal that leaves the map as it was, and back to the report's data.
 * IndexedDB is absent under Node: keeping fails quietly, as in a browser that refuses storage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { loadGazetteer } from './gazetteer.ts';
import { OwnData } from './own.svelte.ts';
import { readOwn } from './read.ts';
import { slimRows, type WorkerReply, type WorkerRequest } from './worker-messages.ts';
import type { OwnWords } from './bundle.ts';

const root = path.resolve(import.meta.dirname, '../../..');
/** The data files as the page's server would answer them. */
const files: typeof fetch = async (input) => new Response(fs.readFileSync(path.join(root, 'public', String(input).replace(/^\.\//, ''))));

/** The worker's part, in this process: the same read, the same replies. */
function worker(): Worker {
  const listeners = new Set<(e: MessageEvent<WorkerReply>) => void>();
  const gazetteer = loadGazetteer(files, './');
  return {
    addEventListener: (type: string, f: (e: MessageEvent<WorkerReply>) => void) => type === 'message' && listeners.add(f),
    removeEventListener: (type: string, f: (e: MessageEvent<WorkerReply>) => void) => listeners.delete(f),
    postMessage: async ({ id, bytes, columns }: WorkerRequest) => {
      const r = readOwn(new Uint8Array(bytes), await gazetteer, { columns });
      const reply: WorkerReply = { id, kind: 'result', result: r.kind === 'ready' ? { ...r, rows: slimRows(r.rows) } : r };
      for (const f of [...listeners]) f({ data: structuredClone(reply) } as MessageEvent<WorkerReply>);
    },
  } as unknown as Worker;
}

const words: OwnWords = { reference: (f) => f, countryName: (id) => id, storyAll: () => ({ title: 'All', caption: '' }), storyPeriod: (l) => ({ title: l, caption: '' }) };
const make = () => new OwnData({ base: parseBundle(structuredClone(raw)), words, makeWorker: worker, dataBase: './', fetch: files });
const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe('OwnData', () => {
  it('draws a recognised file at once, lists the row it cannot place, and follows a skip once shown', async () => {
    const own = make();
    await own.open('ties.csv', bytes('eu_place,cn_place,year\nŁódzkie,Sichuan,2014\nAtlantis,Sichuan,2015\nBavaria,Shandong,1987\n'), 'file');
    expect(own.phase.kind).toBe('read');
    expect(own.shown?.bundle.partnerships.map((p) => p.id)).toEqual(['row-2', 'row-4']);
    expect(own.shown?.counts).toMatchObject({ rows: 3, placed: 2, waiting: 1 });
    // A row waits: the dialog opens to say so. Keeping failed quietly (no IndexedDB here).
    expect(own.dialog).toBe(true);
    expect(own.kept).toBe(false);
    own.decide(3, { skip: true });
    expect(own.preview()?.counts).toMatchObject({ skipped: 1, waiting: 0 });
    // The map changes only when asked.
    expect(own.shown?.counts.waiting).toBe(1);
    await own.show();
    expect(own.shown?.counts).toMatchObject({ skipped: 1, waiting: 0 });
  });

  it('asks for the columns it does not recognise, reads again with the reader’s, and a refused file leaves the map as it was', async () => {
    const own = make();
    await own.open('odd.csv', bytes('A,B,C\nŁódzkie,Sichuan,2014\n'), 'paste');
    expect(own.phase.kind).toBe('mapping');
    expect(own.shown).toBeNull();
    await own.map({ eu_place: 0, cn_place: 1, year: 2 });
    expect(own.shown?.bundle.partnerships).toHaveLength(1);
    const before = own.shown;
    await own.open('empty.csv', new ArrayBuffer(0), 'file');
    expect(own.phase).toMatchObject({ kind: 'refused', refusal: { reason: 'empty' } });
    expect(own.shown).toBe(before);
    await own.back();
    expect(own.shown).toBeNull();
    expect(own.phase.kind).toBe('none');
  });
});
