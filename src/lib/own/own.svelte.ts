/**
 * The reader's own data on the page (issue 18): which file is open, how far its reading is, what the reader
 * decided, and the bundle the map shows, from one of four places: a file (picker or drop), cells pasted, a
 * link's fragment (`#own=`, own/share.ts) or a file beside the atlas (`?data=`). The file is read in a worker
 * (own/worker.ts); the bundle is made on the page (own/bundle.ts) from the rows and the decisions.
 *
 * A file whose columns are recognised goes to the map at once. One whose columns are not waits for the mapping
 * step; rows that cannot be placed wait in the list of the dialog, and are on the map once fixed or skipped.
 * What the reader opened themselves is kept in IndexedDB (own/store.ts); a shared or hosted list is not.
 */
import type { Bundle } from '../data/types.ts';
import { ownBundle, type Decision, type OwnBundle, type OwnWords } from './bundle.ts';
import type { Field } from './columns.ts';
import { loadGazetteer } from './gazetteer.ts';
import type { Grouping } from './groups.ts';
import type { Gazetteer } from './match.ts';
import type { OwnRead, ReadFile, Refusal } from './read.ts';
import { clearOwn, loadOwn, saveOwn } from './store.ts';
import { fullRows, readInWorker, type WorkerRead } from './worker-messages.ts';

/** Where the data came from: what the page may keep, and what "Back to the report's data" must undo. */
export type Origin = 'file' | 'paste' | 'link' | 'hosted';

export type OwnPhase =
  | { kind: 'none' }
  | { kind: 'reading'; name: string; done: number; total: number }
  | { kind: 'refused'; name: string; refusal: Refusal | { reason: 'failed'; message: string } }
  | { kind: 'mapping'; name: string; file: ReadFile }
  | { kind: 'read'; name: string; read: Extract<OwnRead, { kind: 'ready' }> };

export interface OwnDeps {
  /** The report's bundle in the reader's language. */
  base: Bundle;
  words: OwnWords;
  /** Makes the reading worker (the page: a module worker; tests: an in-process stand-in). */
  makeWorker: () => Worker;
  /** Where the data files are, for the worker (relative to its address). */
  dataBase: string;
  /** Whether what the reader opens is kept in IndexedDB (not for a shared link or a hosted file). */
  keep?: boolean;
  /** How the page's gazetteer is fetched (the page: `fetch`; tests: the files from disk). */
  fetch?: typeof fetch;
}

/** Lets the page's other work (a frame, a click) run before going on: a new task, not a microtask. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class OwnData {
  phase = $state.raw<OwnPhase>({ kind: 'none' });
  grouping = $state<Grouping>('report');
  decisions = $state.raw<ReadonlyMap<number, Decision>>(new Map());
  /** What the map shows: the reader's data, or null for the report's. */
  shown = $state.raw<OwnBundle | null>(null);
  origin = $state<Origin | null>(null);
  /** The dialog with the reading, the rows waiting and the choices. */
  dialog = $state(false);
  /** Kept in this browser (false: storage refused, or a list not kept by design). */
  kept = $state(false);

  #bytes: ArrayBuffer | null = null;
  #columns: Partial<Record<Field, number>> | null = null;
  #worker: Worker | null = null;
  #gazetteer: Promise<Gazetteer> | null = null;
  /** The page's gazetteer once loaded: the places a decision names, the country a row's cell names. */
  #ready: Gazetteer | null = null;

  constructor(private readonly deps: OwnDeps) {}

  /** A place's name in the page's language, where the report's bundle has the place (null otherwise). */
  placeName(id: string): string | null {
    this.#names ??= new Map(this.deps.base.places.map((p) => [p.id, p.name]));
    return this.#names.get(id) ?? null;
  }
  #names: Map<string, string> | null = null;

  /** The gazetteer on the page (the worker has its own): for choosing a place for a row. */
  gazetteer(): Promise<Gazetteer> {
    this.#gazetteer ??= loadGazetteer(this.deps.fetch ?? fetch, this.deps.dataBase);
    this.#gazetteer.catch(() => (this.#gazetteer = null));
    return this.#gazetteer;
  }

  /** Reads a file's bytes; `columns`, the reader's mapping (else the headers recognised). */
  async open(name: string, bytes: ArrayBuffer, origin: Origin, columns: Partial<Record<Field, number>> | null = null, restore?: { grouping: Grouping; decisions: ReadonlyMap<number, Decision> }) {
    this.#bytes = bytes;
    this.#columns = columns;
    this.origin = origin;
    this.phase = { kind: 'reading', name, done: 0, total: 0 };
    this.#worker ??= this.deps.makeWorker();
    let slim: WorkerRead;
    let read: OwnRead;
    try {
      [slim, this.#ready] = await Promise.all([
        readInWorker(this.#worker, { bytes: bytes.slice(0), columns: columns ?? undefined, base: this.deps.dataBase }, (done, total) => {
        this.phase = { kind: 'reading', name, done, total };
        }),
        this.gazetteer(),
      ]);
      // The message's own task has decoded the rows; the page gets a turn before each next step of a large list.
      await nextTask();
      read = slim.kind === 'ready' ? { ...slim, rows: fullRows(slim.rows, this.#ready) } : slim;
      await nextTask();
    } catch (e) {
      this.phase = { kind: 'refused', name, refusal: { reason: 'failed', message: (e as Error).message } };
      this.dialog = true;
      return;
    }
    if (read.kind === 'refused') {
      this.phase = { kind: 'refused', name, refusal: read };
      this.dialog = true;
      return;
    }
    if (read.kind === 'needs-mapping') {
      this.phase = { kind: 'mapping', name, file: read };
      this.dialog = true;
      return;
    }
    this.phase = { kind: 'read', name, read };
    this.grouping = restore?.grouping ?? this.grouping;
    this.decisions = restore?.decisions ?? new Map();
    // Recognised: on the map at once. Rows waiting are listed in the dialog, which opens to say so.
    await this.show();
    if (this.shown && this.shown.counts.waiting > 0 && !restore) this.dialog = true;
    else if (!restore) this.dialog = false;
  }

  /** The reader's mapping of the columns: the file read again with it. */
  map(columns: Partial<Record<Field, number>>) {
    if (this.phase.kind !== 'mapping' || !this.#bytes || !this.origin) return;
    return this.open(this.phase.name, this.#bytes, this.origin, columns);
  }

  /** The bundle of the rows read and the decisions so far (the map is not changed); made once for each of them. */
  preview(): OwnBundle | null {
    if (this.phase.kind !== 'read' || !this.#ready) return null;
    const { read, name } = this.phase;
    const last = this.#preview;
    if (last && last.read === read && last.grouping === this.grouping && last.decisions === this.decisions) return last.bundle;
    const bundle = ownBundle({ rows: read.rows, base: this.deps.base, gazetteer: this.#ready, grouping: this.grouping, decisions: this.decisions, file: name, words: this.deps.words });
    this.#preview = { read, grouping: this.grouping, decisions: this.decisions, bundle };
    return bundle;
  }
  #preview: { read: unknown; grouping: Grouping; decisions: ReadonlyMap<number, Decision>; bundle: OwnBundle } | null = null;

  /** Shows the rows read with the decisions so far on the map, and keeps them. The bundle is made in one task, the atlas for it in the next. */
  async show() {
    const next = this.preview();
    if (!next) return;
    await nextTask();
    this.shown = next;
    void this.#keep();
  }

  /** A place chosen for one end of a row, or the row skipped. */
  decide(line: number, decision: Decision | null) {
    const next = new Map(this.decisions);
    if (decision === null) next.delete(line);
    else next.set(line, { ...(next.get(line) ?? {}), ...decision } as Decision);
    this.decisions = next;
  }

  setGrouping(g: Grouping) {
    this.grouping = g;
  }

  /** Back to the report's data: nothing of the reader's is shown or kept. */
  async back() {
    this.shown = null;
    this.phase = { kind: 'none' };
    this.origin = null;
    this.decisions = new Map();
    this.#bytes = null;
    this.dialog = false;
    this.kept = false;
    await clearOwn();
  }

  /** What this browser kept, opened again (a reload). */
  async restore(): Promise<boolean> {
    const saved = await loadOwn();
    if (!saved) return false;
    await this.open(saved.name, saved.bytes, 'file', saved.columns, { grouping: saved.grouping, decisions: new Map(saved.decisions) });
    return this.shown !== null;
  }

  async #keep() {
    if (this.deps.keep === false || (this.origin !== 'file' && this.origin !== 'paste') || !this.#bytes || this.phase.kind !== 'read') {
      this.kept = false;
      return;
    }
    this.kept = await saveOwn({ version: 1, name: this.phase.name, bytes: this.#bytes, columns: this.#columns, grouping: this.grouping, decisions: [...this.decisions] });
  }
}
