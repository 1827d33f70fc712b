/**
 * The benchmark's "slow 4G phone" loads (issue 16): the built app served gzipped (gzip-server.ts, as every
 * static host sends it) to a Chromium whose network is Lighthouse's slow 4G (1.6 Mbit/s down, 750 kbit/s up,
 * 150 ms round trip), a fresh profile each load. Figures per load: bytes on the wire before the first arcs,
 * time to the first arcs (the overlay's 'atlas:arcs-drawn' mark), time until MapLibre's files have arrived,
 * time to the map's first idle, largest contentful paint; and what a static embed transfers in all.
 * Figures only, never a pass or fail on a time.
 *
 *   npx tsx scripts/bench/slow4g.ts [--dir bench-results/app] [--rounds 3]   (a build made with --mode e2e)
 */
import path from 'node:path';
import { chromium, type Browser, type Request } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/chromium.ts';
import { serveGzipped } from './gzip-server.ts';
import { median } from './stats.ts';
import { openPage } from './page.ts';

/** Lighthouse's slow 4G, as CDP takes it (bytes per second, ms). */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } as const;

/** A phone's screen. */
const PHONE = { width: 390, height: 844 };

/** MapLibre's files: its code and its worker (their names as the build writes them). */
export const MAPLIBRE_FILE = /\/assets\/maplibre(-gl-worker)?-[^/]*\.m?js$/;

export interface Transfer {
  url: string;
  /** Bytes on the wire: headers and the (compressed) body. */
  bytes: number;
  /** When its last byte arrived, ms after navigation start. */
  endMs: number;
}

export interface SlowRun {
  arcsMs: number | null;
  bytesBeforeArcs: number | null;
  /** When MapLibre's code and worker had both arrived (null: never asked for). */
  maplibreMs: number | null;
  idleMs: number | null;
  lcpMs: number | null;
  totalBytes: number;
  transfers: Transfer[];
  errors: string[];
}

/** Before any script of the page, beside the map's first idle (page.ts): the largest contentful paint. */
const LCP_SCRIPT = `(() => {
  window.__lcp = null;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
})();`;

/** The figures of one load from its transfers and the page's marks. */
export function figures(transfers: Transfer[], marks: { arcsMs: number | null; idleMs: number | null; lcpMs: number | null }, errors: string[] = []): SlowRun {
  const { arcsMs } = marks;
  const maplibre = transfers.filter((t) => MAPLIBRE_FILE.test(t.url));
  return {
    ...marks,
    bytesBeforeArcs: arcsMs === null ? null : transfers.filter((t) => t.endMs <= arcsMs).reduce((n, t) => n + t.bytes, 0),
    maplibreMs: maplibre.length ? Math.max(...maplibre.map((t) => t.endMs)) : null,
    totalBytes: transfers.reduce((n, t) => n + t.bytes, 0),
    transfers,
    errors,
  };
}

/** One cold load of `url` on slow 4G: until the map is idle (or, with `picture`, until the network is quiet). */
export async function slowLoad(
  browser: Browser,
  url: string,
  { picture = false, viewport = PHONE, sent }: { picture?: boolean; viewport?: { width: number; height: number }; sent?: (urlPath: string) => number | undefined } = {},
): Promise<SlowRun> {
  const { context, page, cdp, errors } = await openPage(browser, viewport, { phone: true, init: LCP_SCRIPT });
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G });
    const pending: Promise<{ url: string; bytes: number; end: number } | null>[] = [];
    const done = (r: Request) =>
      pending.push(
        r.sizes().then(
          // The body as the server sent it when it can tell (Chromium reports a worker's script as a few bytes).
          (s) => ({ url: r.url(), bytes: (sent?.(new URL(r.url()).pathname) ?? s.responseBodySize) + s.responseHeadersSize, end: r.timing().startTime + r.timing().responseEnd }),
          () => null,
        ),
      );
    page.on('requestfinished', done);
    await page.goto(url);
    // Predicates as functions: a string would need eval, which the app's CSP forbids.
    await page.waitForFunction(() => performance.getEntriesByName('atlas:arcs-drawn').length > 0, undefined, { timeout: 120_000, polling: 100 });
    if (picture) await page.waitForLoadState('networkidle');
    else await page.waitForFunction(() => (window as unknown as { __benchIdle?: number }).__benchIdle !== undefined, undefined, { timeout: 180_000, polling: 200 });
    const marks = (await page.evaluate(`({
      origin: performance.timeOrigin,
      arcsMs: performance.getEntriesByName('atlas:arcs-drawn')[0]?.startTime ?? null,
      idleMs: window.__benchIdle ?? null,
      lcpMs: window.__lcp,
    })`)) as { origin: number; arcsMs: number | null; idleMs: number | null; lcpMs: number | null };
    const transfers = (await Promise.all(pending))
      .filter((t): t is { url: string; bytes: number; end: number } => t !== null && !t.url.startsWith('data:'))
      .map((t) => ({ url: t.url, bytes: t.bytes, endMs: t.end - marks.origin }));
    return figures(transfers, { arcsMs: marks.arcsMs, idleMs: marks.idleMs, lcpMs: marks.lcpMs }, errors);
  } finally {
    await context.close();
  }
}

export interface SlowSummary {
  rounds: number;
  arcsMs: number | null;
  bytesBeforeArcs: number | null;
  maplibreMs: number | null;
  idleMs: number | null;
  lcpMs: number | null;
  /** First arcs over MapLibre's arrival (target ≤ 0.5). */
  arcsOverMaplibre: number | null;
  staticEmbedBytes: number;
  staticEmbedMaplibreFiles: number;
}

const med = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? median(v) : null;
};

export function summariseSlow(runs: SlowRun[], embed: SlowRun): SlowSummary {
  const arcsMs = med(runs.map((r) => r.arcsMs));
  const maplibreMs = med(runs.map((r) => r.maplibreMs));
  return {
    rounds: runs.length,
    arcsMs,
    bytesBeforeArcs: med(runs.map((r) => r.bytesBeforeArcs)),
    maplibreMs,
    idleMs: med(runs.map((r) => r.idleMs)),
    lcpMs: med(runs.map((r) => r.lcpMs)),
    arcsOverMaplibre: arcsMs !== null && maplibreMs ? arcsMs / maplibreMs : null,
    staticEmbedBytes: embed.totalBytes,
    staticEmbedMaplibreFiles: embed.transfers.filter((t) => MAPLIBRE_FILE.test(t.url)).length,
  };
}

const kB = (n: number | null) => (n === null ? '–' : `${(n / 1024).toFixed(0)} kB`);
const s = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`);

/** The slow-4G rows, in the benchmark table's shape (figure | value | target). */
export function formatSlow(x: SlowSummary): string {
  const rows: [string, string, string][] = [
    [`slow 4G phone: bytes before the first arc (median of ${x.rounds})`, kB(x.bytesBeforeArcs), ''],
    ['slow 4G phone: time to first arcs', s(x.arcsMs), '≤ ½ of MapLibre’s arrival'],
    ['slow 4G phone: MapLibre’s files arrived', s(x.maplibreMs), ''],
    ['slow 4G phone: first arcs ÷ MapLibre’s arrival', x.arcsOverMaplibre === null ? '–' : x.arcsOverMaplibre.toFixed(2), `≤ 0.50 ${x.arcsOverMaplibre !== null && x.arcsOverMaplibre <= 0.5 ? 'pass' : 'miss'}`],
    ['slow 4G phone: time to map idle', s(x.idleMs), ''],
    ['slow 4G phone: largest contentful paint', s(x.lcpMs), ''],
    ['static embed: bytes transferred in all', kB(x.staticEmbedBytes), `≤ 300 kB ${x.staticEmbedBytes <= 300 * 1024 ? 'pass' : 'miss'}`],
    ['static embed: MapLibre files asked for', String(x.staticEmbedMaplibreFiles), `0 ${x.staticEmbedMaplibreFiles === 0 ? 'pass' : 'miss'}`],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([a, b, c]) => `| ${a.padEnd(w0)} | ${b.padStart(w1)} | ${c} |`).join('\n');
}

/** The slow-4G loads of a build served gzipped: `rounds` loads of the page, one of a static embed. */
export async function slowFigures(browser: Browser, appDir: string, rounds: number, log: (m: string) => void = () => {}): Promise<SlowSummary & { runs: SlowRun[]; embed: SlowRun }> {
  const server = await serveGzipped(appDir);
  try {
    const runs: SlowRun[] = [];
    for (let i = 0; i < rounds; i++) {
      log(`slow 4G phone load ${i + 1} of ${rounds}`);
      runs.push(await slowLoad(browser, server.url, { sent: server.sent }));
    }
    log('slow 4G static embed');
    const embed = await slowLoad(browser, `${server.url}?embed&static`, { picture: true, sent: server.sent });
    return { ...summariseSlow(runs, embed), runs, embed };
  } finally {
    await server.close();
  }
}

async function main() {
  const i = process.argv.indexOf('--dir');
  const dir = path.resolve(i >= 0 ? process.argv[i + 1] : path.resolve(import.meta.dirname, '../../bench-results/app'));
  const r = process.argv.indexOf('--rounds');
  const rounds = r >= 0 ? Number(process.argv[r + 1]) : 3;
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
  try {
    const x = await slowFigures(browser, dir, rounds, (m) => process.stderr.write(`slow4g: ${m}\n`));
    console.log(formatSlow(x));
    if (process.argv.includes('--files')) {
      for (const t of x.runs[0].transfers) console.log(`${(t.endMs / 1000).toFixed(2)} s  ${(t.bytes / 1024).toFixed(1).padStart(7)} kB  ${new URL(t.url).pathname}`);
      console.log(`first arcs ${s(x.runs[0].arcsMs)}; embed:`);
      for (const t of x.embed.transfers) console.log(`${(t.endMs / 1000).toFixed(2)} s  ${(t.bytes / 1024).toFixed(1).padStart(7)} kB  ${new URL(t.url).pathname}`);
    }
    const errors = [...new Set([...x.runs, x.embed].flatMap((run) => run.errors))];
    if (errors.length) console.log(`page errors:\n  ${errors.join('\n  ')}`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
