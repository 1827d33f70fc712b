/**
 * The benchmark's row for a reader's own data (issue 18): 100,000 synthetic rows (own-rows.ts, 4 MB) opened with
 * the file picker on the built app, in a fresh profile each round. Figures per round: when the worker first says
 * how far it is, when the bar says the map shows the file (parse, match, the bundle, the atlas made again), when
 * the first drawing of its lines is on screen, the longest task of the page's main thread meanwhile (what a reader
 * feels as a freeze), and the page's JS heap after a full GC. Figures only, never a pass or fail on a time.
 *
 *   npx tsx scripts/bench/own.ts [--dir bench-results/app] [--rounds 2] [--rows 100000]   (a build made with --mode e2e)
 */
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/chromium.ts';
import { serveStatic } from '../../tests/e2e/server.ts';
import { median } from './stats.ts';
import { openPage } from './page.ts';
import { syntheticOwnCsv } from './own-rows.ts';

export interface OwnRun {
  rows: number;
  bytes: number;
  /** ms from the file given to the first progress message of the worker. */
  progressMs: number | null;
  /** ms from the file given to the bar ("100,000 drawn"). */
  barMs: number;
  /** ms from the file given to the first frame with the file's lines drawn. */
  drawnMs: number;
  /** The longest main-thread task from the file given to the drawing, ms. */
  longestTaskMs: number;
  heapBytes: number;
  errors: string[];
}

/** Before the page's scripts: the long tasks, kept. */
const INIT = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
})();`;

export async function ownRun(browser: Browser, url: string, csv: string): Promise<OwnRun> {
  const { context, page, cdp, errors } = await openPage(browser, { width: 1280, height: 800 }, { init: INIT });
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __benchIdle?: number }).__benchIdle !== undefined, undefined, { timeout: 120_000, polling: 200 });
    await page.getByTestId('open-own').click();
    await page.getByTestId('own-file').waitFor();
    // The page notes, frame by frame, when the worker's progress, the bar and the drawing first appear.
    // (A string: tsx would wrap a named function in a helper the page does not have.)
    const watch = page.evaluate(`new Promise((resolve) => {
      const t0 = performance.now();
      let progress = null;
      let bar = null;
      function frame() {
        const now = performance.now();
        if (progress === null && document.querySelector('[data-testid="own-progress"] progress')) progress = now - t0;
        if (bar === null && document.querySelector('[data-testid="own-bar-counts"]')) bar = now - t0;
        const canvas = document.querySelector('canvas.arc-canvas');
        const drawn = bar !== null && ((canvas && !canvas.hidden && canvas.width > 0) || document.querySelector('path[data-flow], path[data-partnership-id]'));
        if (drawn) resolve({ t0, progress, bar, drawn: now - t0 });
        else requestAnimationFrame(frame);
      }
      requestAnimationFrame(frame);
    })`) as Promise<{ t0: number; progress: number | null; bar: number; drawn: number }>;
    await page.getByTestId('own-file').setInputFiles({ name: 'synthetic.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const t = await watch;
    const longest = (await page.evaluate(`Math.max(0, ...window.__longTasks.filter((l) => l.start + l.duration >= ${t.t0}).map((l) => l.duration))`)) as number;
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const rows = csv.split('\n').length - 2;
    return { rows, bytes: Buffer.byteLength(csv), progressMs: t.progress, barMs: t.bar, drawnMs: t.drawn, longestTaskMs: longest, heapBytes: usedSize, errors };
  } finally {
    await context.close();
  }
}

export async function ownFigures(browser: Browser, appDir: string, rounds: number, rowCount = 100_000, log: (m: string) => void = () => {}) {
  const csv = syntheticOwnCsv(rowCount);
  const server = await serveStatic(appDir);
  const runs: OwnRun[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      log(`own data, ${rowCount} synthetic rows, round ${i + 1} of ${rounds}`);
      runs.push(await ownRun(browser, server.url, csv));
    }
  } finally {
    await server.close();
  }
  const med = (f: (r: OwnRun) => number | null) => median(runs.map(f).filter((v): v is number => v !== null));
  return { rows: rowCount, bytes: runs[0]?.bytes ?? 0, progressMs: med((r) => r.progressMs), barMs: med((r) => r.barMs), drawnMs: med((r) => r.drawnMs), longestTaskMs: med((r) => r.longestTaskMs), heapBytes: med((r) => r.heapBytes), runs };
}

export type OwnFigures = Awaited<ReturnType<typeof ownFigures>>;

/** The row as the benchmark prints it. */
export function formatOwn(f: OwnFigures): string {
  const ms = (v: number) => `${(v / 1000).toFixed(2)} s`;
  const lines = [
    `Your own data: ${f.rows.toLocaleString('en')} synthetic rows (${(f.bytes / 1e6).toFixed(1)} MB), file picker, median of ${f.runs.length}`,
    `| figure | value |`,
    `|---|---|`,
    `| first progress from the worker | ${f.progressMs === null ? '–' : ms(f.progressMs)} |`,
    `| parsed, matched, on the page (the bar) | ${ms(f.barMs)} |`,
    `| first drawing of its lines | ${ms(f.drawnMs)} |`,
    `| longest main-thread task meanwhile | ${Math.round(f.longestTaskMs)} ms |`,
    `| JS heap after a full GC | ${(f.heapBytes / 1e6).toFixed(0)} MB |`,
  ];
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const dir = path.resolve(arg('dir', 'bench-results/app'));
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
  try {
    const f = await ownFigures(browser, dir, Number(arg('rounds', '2')), Number(arg('rows', '100000')), (m) => process.stderr.write(`bench: ${m}\n`));
    console.log(formatOwn(f));
    const errors = f.runs.flatMap((r) => r.errors);
    if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
  }
}
