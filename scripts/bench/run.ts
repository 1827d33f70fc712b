/**
 * `npm run bench`: what users feel, against the floor MapLibre itself sets.
 *
 * Builds the app (into bench-results/app, exactly as `vite build`) and the floor
 * page (bench/floor.html: MapLibre with the same offline basemap, nothing else,
 * into bench-results/floor), then in headless Chromium with the end-to-end
 * tests' flags: cold loads of app and floor alternately (times to map `idle`,
 * first arcs, JS heap), period steps and pans on the app (scripting time), pans
 * on the floor. Ratios in one run, because absolute times on a shared machine
 * mean little. Prints a table and writes bench-results/bench[-arcs-N].json.
 * Never fails on a time: figures and targets (pass/miss) only.
 *
 *   npm run bench                      real data
 *   npm run bench -- --arcs 5000       period steps and pans at 5,000 synthetic arcs
 *   options: --rounds N (cold loads of each, default 5), --steps N (period steps, default 20),
 *            --pans N (pans of each, default 4), --slow-rounds N (slow-4G phone loads, default 3),
 *            --no-build (reuse the last builds)
 *
 * Ahead of the table: the slow-4G phone rows (slow4g.ts; the app served gzipped, issue 16), and a reader's own
 * data, 100,000 synthetic rows opened with the file picker (own.ts, issue 18; --own-rows N, --own-rounds N).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/chromium.ts';
import { serveStatic } from '../../tests/e2e/server.ts';
import { ArcCache, buildArcs } from '../../src/lib/arcs/arcs.ts';
import { inPeriod } from '../../src/lib/data/selectors.ts';
import { PERIOD_IDS, type Bundle, type Partnership } from '../../src/lib/data/types.ts';
import { buildApp, buildFloor, type ModuleSize } from './build.ts';
import { byteFigures, moduleWeights } from './sizes.ts';
import { floorPanner, interaction, loadRun, type LoadRun, type PanRun, type Viewport } from './page.ts';
import { formatTable, summarise, targets } from './report.ts';
import { syntheticBundle } from './synthetic.ts';
import { formatSlow, slowFigures } from './slow4g.ts';
import { formatOwn, ownFigures } from './own.ts';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'bench-results');
const appDir = path.join(out, 'app');
const floorDir = path.join(out, 'floor');
const VIEWPORT: Viewport = { width: 1280, height: 800 };

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function count(name: string, fallback: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} wants a positive whole number, not "${raw}"`);
  return n;
}

/** Arcs each period draws (mode "new", no filter), as the app computes them. */
function arcsPerPeriod(bundle: Bundle, list: readonly Partnership[]): Record<string, number> {
  const ctx = { places: new Map(bundle.places.map((p) => [p.id, p])), countries: new Map(bundle.countries.map((c) => [c.id, c])) };
  const cache = new ArcCache();
  const n = (period: (typeof PERIOD_IDS)[number] | 'all') => buildArcs(inPeriod(list, period, 'new'), ctx, cache).length;
  return Object.fromEntries([...PERIOD_IDS.map((p) => [p, n(p)]), ['all', n('all')]]);
}

async function main() {
  const arcs = option('arcs') === undefined ? null : count('arcs', 0);
  const rounds = count('rounds', 5);
  const steps = count('steps', 20);
  const pans = count('pans', 4);
  const slowRounds = count('slow-rounds', 3);
  const log = (m: string) => process.stderr.write(`bench: ${m}\n`);

  let modules: ModuleSize[] = [];
  if (process.argv.includes('--no-build') && fs.existsSync(path.join(appDir, '.vite/manifest.json')) && fs.existsSync(path.join(floorDir, 'floor.html'))) {
    log('--no-build: using the last builds in bench-results/ (no module weights)');
  } else {
    log('building the app and the floor page');
    modules = await buildApp(root, appDir);
    await buildFloor(root, floorDir);
  }
  const bytes = byteFigures(appDir);
  const weights = moduleWeights(modules, appDir, root);

  const bundle = JSON.parse(fs.readFileSync(path.join(appDir, 'data/bundle.json'), 'utf8')) as Bundle;
  const synthetic = arcs === null ? null : syntheticBundle(bundle, arcs);
  const expected = arcsPerPeriod(bundle, synthetic?.partnerships ?? bundle.partnerships);

  const app = await serveStatic(appDir);
  // Period steps and pans at scale: the same build, its data/bundle.json answered with the synthetic bundle.
  const stepped = synthetic ? await serveStatic(appDir, 0, { 'data/bundle.json': JSON.stringify(synthetic) }) : app;
  const floor = await serveStatic(floorDir);
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
  try {
    // Warm-up (not counted): the first load of each, which also gives the app's map size for the floor's.
    log('warm-up');
    const warm = await loadRun(browser, app.url, VIEWPORT);
    const floorUrl = `${floor.url}floor.html?w=${warm.map.width}&h=${warm.map.height}`;
    await loadRun(browser, floorUrl, VIEWPORT);
    const appRuns: LoadRun[] = [];
    const floorRuns: LoadRun[] = [];
    for (let i = 0; i < rounds; i++) {
      log(`cold loads, round ${i + 1} of ${rounds}`);
      // Alternate which goes first, so a drift in the machine's load favours neither.
      const order = i % 2 ? (['floor', 'app'] as const) : (['app', 'floor'] as const);
      for (const which of order) {
        if (which === 'app') appRuns.push(await loadRun(browser, app.url, VIEWPORT));
        else floorRuns.push(await loadRun(browser, floorUrl, VIEWPORT));
      }
    }
    // The slow-4G phone loads, the real data only (the synthetic bundle is for period steps and pans).
    const slow = arcs === null ? await slowFigures(browser, appDir, slowRounds, log) : null;
    // A reader's own list of 100,000 rows: parse, match and first drawing, with the heap (issue 18).
    const own = arcs === null ? await ownFigures(browser, appDir, count('own-rounds', 2), count('own-rows', 100_000), log) : null;
    log(`period steps on the app${arcs ? ` with ${arcs} synthetic arcs` : ''}`);
    const { panner: appPanner, ...inter } = await interaction(browser, stepped.url, VIEWPORT, { steps, expected });
    const floorPan = await floorPanner(browser, floorUrl, VIEWPORT);
    const appPans: PanRun[] = [];
    const fPans: PanRun[] = [];
    for (let i = 0; i < pans; i++) {
      log(`pans, app and floor, ${i + 1} of ${pans}`);
      appPans.push(await appPanner.pan(i));
      fPans.push(await floorPan.pan(i));
    }
    await appPanner.close();
    await floorPan.close();

    const summary = summarise(bytes, appRuns, floorRuns, inter, appPans, fPans);
    const tg = targets(summary, arcs);
    const errors = [...new Set([...appRuns, ...floorRuns].flatMap((r) => r.errors).concat(inter.errors, own?.runs.flatMap((r) => r.errors) ?? []))];
    const report = {
      date: new Date().toISOString(),
      arcs: arcs ?? 'real data',
      machine: { cpus: os.cpus().length, node: process.version, chromium: browser.version(), viewport: VIEWPORT, map: warm.map },
      summary,
      targets: tg,
      ...(slow ? { slow4g: { ...slow, runs: slow.runs.map(({ transfers, ...r }) => ({ ...r, files: transfers.length })) } } : {}),
      ...(own ? { own } : {}),
      bytes,
      modules: weights,
      runs: { app: appRuns, floor: floorRuns, interaction: inter, appPans, floorPans: fPans },
      errors,
    };
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, arcs ? `bench-arcs-${arcs}.json` : 'bench.json');
    fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    if (slow) console.log(`${formatSlow(slow)}\n`);
    if (own) console.log(`${formatOwn(own)}\n`);
    console.log(formatTable(summary, tg, bytes, weights, arcs, rounds));
    if (errors.length) console.log(`\npage errors (${errors.length}):\n  ${errors.join('\n  ')}`);
    console.log(`\n${path.relative(root, file)} written (Chromium ${browser.version()}, ${os.cpus().length} CPUs)`);
  } finally {
    await browser.close();
    await app.close();
    if (stepped !== app) await stepped.close();
    await floor.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
