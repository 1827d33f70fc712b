import { describe, expect, it } from 'vitest';
import { APP_JS_BEFORE_I18N, NOT_LANGUAGES, formatTable, pairRatioRange, summarise, targets } from './report.ts';
import type { ByteFigures } from './sizes.ts';
import type { InteractionRun, LoadRun, PanRun, StepRun } from './page.ts';

const file = (name: string, kB: number) => ({ file: name, bytes: kB * 3 * 1024, gzip: kB * 1024 });
const bytes: ByteFigures = {
  appInitialJs: [file('assets/index.js', 48)],
  appLazyJs: [file('assets/Overview.js', 3)],
  maplibreJs: [file('assets/maplibre.js', 280)],
  maplibreWorker: [file('assets/maplibre-gl-worker.mjs', 150)],
  workerShipping: 'its own file',
  css: [file('assets/index.css', 4)],
  geo: [file('geo/regions.json', 107), file('geo/countries.json', 91)],
  bundle: [file('data/bundle.json', 47)],
};
const load = (idleMs: number, heapMB = 12): LoadRun => ({ idleMs, arcsMs: idleMs - 20, cpuMs: idleMs * 2, heapBytes: heapMB * 1024 * 1024, map: { width: 800, height: 600 }, errors: [] });
const step = (scriptMs: number, overlayMs = 1, maplibreMs = 4): StepRun => ({ period: '1982-1989', arcs: 27, scriptMs, overlayMs, maplibreMs, cpuMs: 900 });
const pan = (frames: number): PanRun => ({ frames, durationMs: 3000, redraws: [0.1, 0.2, 0.3], scriptMs: 50, taskMs: frames * 6, cpuMs: frames * 150 });
const inter: Omit<InteractionRun, 'panner'> = { steps: [step(9), step(11), step(10)], harnessMs: [1.2, 1.5, 1.4], panArcs: 143, heapAllBytes: 13 * 1024 * 1024, errors: [] };

describe('the benchmark report', () => {
  const app = [load(1800), load(2000), load(1700)];
  const floor = [load(1500), load(1600), load(1650, 10)];
  const s = summarise(bytes, app, floor, inter, [pan(40), pan(42)], [pan(44), pan(46)]);

  it('reads medians and ratios, and the spread of the round-by-round load ratio', () => {
    expect(s.load.idleApp).toBe(1800);
    expect(s.load.idleFloor).toBe(1600);
    expect(s.load.idleRatio).toBeCloseTo(1.125, 9);
    expect(s.load.idleRatioRange[0]).toBeCloseTo(1700 / 1650, 9);
    expect(s.load.idleRatioRange[1]).toBeCloseTo(2000 / 1600, 9);
    expect(s.step.median).toBe(10);
    expect(s.step.rest).toBe(5);
    expect(s.step.harness).toBe(1.4);
    expect(s.pan.framesApp).toBe(41);
  });

  it('holds each figure to its target, a missing figure never passing', () => {
    const real = targets(s, null);
    expect(real.map((t) => [t.figure.split(',')[0], t.pass])).toEqual([
      ['time to map idle', true],
      ['period step', false],
      ['pan frame', true],
      ['app JS beyond MapLibre', true],
      ['… of which the three languages', true],
      ['geometry + bundle (gzip)', true],
    ]);
    // The languages' share: at most 5 kB over the English first load before them.
    const languages = (bytes: number) => targets({ ...s, bytes: { ...s.bytes, appInitialJs: bytes } }, null).find((t) => t.figure.startsWith('… of which'))!;
    // Other work's first-load bytes, measured when it landed, are not the languages'.
    const others = NOT_LANGUAGES.reduce((n, x) => n + x.bytes, 0);
    expect(others).toBeGreaterThan(0);
    expect(languages(APP_JS_BEFORE_I18N + others + 5 * 1024)).toMatchObject({ value: 5, pass: true });
    expect(languages(APP_JS_BEFORE_I18N + others + 5 * 1024 + 1).pass).toBe(false);
    const synthetic = targets(s, 5000);
    expect(synthetic.find((t) => t.figure.includes('5000'))).toMatchObject({ limit: 16, pass: true });
    expect(targets({ ...s, load: { ...s.load, idleRatio: NaN } }, null)[0].pass).toBe(false);
  });

  it('prints every row, with the targets last', () => {
    const table = formatTable(s, targets(s, null), bytes, [], null, 3);
    expect(table).toContain('app ÷ floor 1.13× (round by round 1.03× to 1.25×)');
    expect(table).toContain("of which ≈ 1.4 ms is the benchmark's own script");
    expect(table).toMatch(/period step, scripting \(median\) +MISS {2}10\.0 ms \(target ≤ 8 ms\)/);
    expect(table.trim().split('\n').at(-1)).toMatch(/^geometry \+ bundle \(gzip\) +pass {2}245\.0 kB/);
  });

  it('pairs runs round by round, ignoring what cannot be paired', () => {
    expect(pairRatioRange([2, 3, 9], [1, 2])).toEqual([1.5, 2]);
    expect(pairRatioRange([], [])).toEqual([NaN, NaN]);
    expect(pairRatioRange([1], [0])).toEqual([NaN, NaN]);
  });
});
