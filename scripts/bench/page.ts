/**
 * What the benchmark does in Chromium: page loads (app or floor) timed to the
 * map's first `idle`, period steps and pans on the app. The scripts that run in
 * the page are passed as text, so that tsx's helpers never leak into the page.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { childrenCpuMs } from './cpu.ts';

export interface Viewport {
  width: number;
  height: number;
}

/**
 * Before any script of the page: catch the map as the page exposes it
 * (`window.atlasMap = map`, the app's MapView and the floor alike) and note the
 * time of its first `idle`, so no event can slip past the benchmark.
 */
const INIT_SCRIPT = `(() => {
  let map;
  Object.defineProperty(window, 'atlasMap', {
    configurable: true,
    get() { return map; },
    set(m) {
      map = m;
      m.once('idle', () => { window.__benchIdle = performance.now(); });
    },
  });
})();`;

export interface LoadRun {
  /** ms from navigation start to the map's first `idle`. */
  idleMs: number;
  /** ms from navigation start to the first frame with arcs (the overlay's 'atlas:arcs-drawn' mark); null on the floor. */
  arcsMs: number | null;
  /** CPU time all of Chromium's processes spent from navigation until the page went quiet, ms. */
  cpuMs: number;
  /** Main-thread JS heap in use after load and a full GC, bytes. */
  heapBytes: number;
  /** The map's size in CSS pixels. */
  map: Viewport;
  errors: string[];
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * A fresh context and page that catch the map's first idle (and, with `init`, whatever else a caller notes
 * before the page's scripts), with its console errors and a CDP session. `phone`: a touch phone's context.
 */
export async function openPage(browser: Browser, viewport: Viewport, { phone = false, init = '' }: { phone?: boolean; init?: string } = {}) {
  const context = await browser.newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
  await context.addInitScript(INIT_SCRIPT + init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, errors };
}

// Predicates as functions: a string would need eval, which the app's CSP forbids.
/**
 * Waits until Chromium's processes use (almost) no CPU: two windows of 500 ms in
 * a row under 40 ms each (or `maxMs`). Returns the CPU time they used meanwhile.
 */
export async function quiet(page: Page, maxMs = 30_000): Promise<number> {
  const start = childrenCpuMs();
  let calm = 0;
  for (let waited = 0; calm < 2 && waited < maxMs; waited += 500) {
    const before = childrenCpuMs();
    await page.waitForTimeout(500);
    calm = childrenCpuMs() - before < 40 ? calm + 1 : 0;
  }
  return childrenCpuMs() - start;
}

const waitIdle = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __benchIdle?: number }).__benchIdle !== undefined, undefined, { timeout: 120_000, polling: 200 });

/** One cold load (fresh context: empty cache) of `url`, timed to the map's first `idle`, then until the page is quiet. */
export async function loadRun(browser: Browser, url: string, viewport: Viewport): Promise<LoadRun> {
  const { context, page, cdp, errors } = await openPage(browser, viewport);
  try {
    const cpu0 = childrenCpuMs();
    await page.goto(url);
    await waitIdle(page);
    await quiet(page);
    const cpuMs = childrenCpuMs() - cpu0;
    const t = (await page.evaluate(`({
      idle: window.__benchIdle,
      arcs: performance.getEntriesByName('atlas:arcs-drawn')[0]?.startTime ?? null,
      map: (() => { const r = window.atlasMap.getContainer().getBoundingClientRect(); return { width: Math.round(r.width), height: Math.round(r.height) }; })(),
    })`)) as { idle: number; arcs: number | null; map: Viewport };
    return { idleMs: t.idle, arcsMs: t.arcs, cpuMs, heapBytes: await heapAfterGc(cdp), map: t.map, errors };
  } finally {
    await context.close();
  }
}

export interface StepRun {
  period: string;
  /** Arcs the period draws. */
  arcs: number;
  /** ScriptDuration from the click to two frames after every arc of the period is drawn. */
  scriptMs: number;
  /** Of which the arc overlay's own work ('atlas:arc-update' + 'atlas:arc-redraw' measures). */
  overlayMs: number;
  /** Of which MapLibre's frames (time inside map._render). */
  maplibreMs: number;
  /** CPU time of all Chromium's processes from the click until quiet (fades, raster and compositing included). */
  cpuMs: number;
}

export interface PanRun {
  frames: number;
  durationMs: number;
  /** 'atlas:arc-redraw' durations during the pan (app only). */
  redraws: number[];
  /** Main-thread script and task time during the pan. */
  scriptMs: number;
  taskMs: number;
  /** CPU time of all Chromium's processes from the start of the pan until the page is quiet again. */
  cpuMs: number;
}

/** The i-th 3 s linear pan (even: there, odd: back), counting frames and collecting the overlay's redraw times. */
async function pan(page: Page, cdp: CDPSession, i: number): Promise<PanRun> {
  await quiet(page);
  await page.evaluate("performance.clearMeasures('atlas:arc-redraw')");
  const s0 = await metric(cdp, 'ScriptDuration');
  const t0 = await metric(cdp, 'TaskDuration');
  const c0 = childrenCpuMs();
  const r = (await page.evaluate(`new Promise((resolve) => {
    const map = window.atlasMap;
    let frames = 0;
    const count = () => frames++;
    const start = performance.now();
    map.on('render', count);
    map.once('moveend', () => {
      map.off('render', count);
      resolve({ frames, durationMs: performance.now() - start, redraws: performance.getEntriesByName('atlas:arc-redraw').map((e) => e.duration) });
    });
    map.panBy(${i % 2 ? '[-500, -150]' : '[500, 150]'}, { duration: 3000, easing: (t) => t });
  })`)) as { frames: number; durationMs: number; redraws: number[] };
  const scriptMs = (await metric(cdp, 'ScriptDuration')) - s0;
  const taskMs = (await metric(cdp, 'TaskDuration')) - t0;
  // CPU until quiet again: what the pan leaves to do once it stops (a final exact redraw) is part of its cost.
  await quiet(page);
  return { ...r, scriptMs, taskMs, cpuMs: childrenCpuMs() - c0 };
}

/** A page that can be panned, kept open so that app and floor pans can alternate. */
export interface Panner {
  pan: (i: number) => Promise<PanRun>;
  close: () => Promise<void>;
}

/** The floor page, loaded and quiet, for pans to compare with the app's. */
export async function floorPanner(browser: Browser, url: string, viewport: Viewport): Promise<Panner> {
  const { context, page, cdp } = await openPage(browser, viewport);
  await page.goto(url);
  await waitIdle(page);
  await quiet(page);
  return { pan: (i) => pan(page, cdp, i), close: () => context.close() };
}

export interface InteractionRun {
  steps: StepRun[];
  /** Scripting of the step's script run without a click (nothing changes): the benchmark's own share, ms. */
  harnessMs: number[];
  /** Arcs drawn during the pans (every period). */
  panArcs: number;
  /** Heap after a GC with every arc shown. */
  heapAllBytes: number;
  errors: string[];
  /** The page, now showing every period, for pans. */
  panner: Panner;
}

/**
 * On the app: `steps` period steps (click on the period button → two frames
 * after all its arcs are drawn), then every period shown, ready for pans.
 * `expected` is the number of arcs each period draws with the data `url` serves
 * (the real bundle, or the synthetic one of `--arcs N`).
 */
export async function interaction(
  browser: Browser,
  url: string,
  viewport: Viewport,
  { steps, expected }: { steps: number; expected: Record<string, number> },
): Promise<InteractionRun> {
  const { context, page, cdp, errors } = await openPage(browser, viewport);
  const periods = Object.keys(expected).filter((p) => p !== 'all');
  const drawn = (n: number) =>
    page.waitForFunction((k) => document.querySelector('[data-testid="arc-overlay"]')?.getAttribute('data-drawn') === String(k), n, { timeout: 60_000, polling: 100 });
  try {
    // Single arcs chosen, so "All" draws one path per partnership as the figures have always counted ("All" draws flows by default).
    await page.goto(`${url}?period=${periods.at(-1)}&lines=arcs`);
    await waitIdle(page);
    await drawn(expected[periods.at(-1)!]);
    await quiet(page);
    // MapLibre's share: time inside the map's per-frame render (a private method; 0 if it is ever renamed).
    await page.evaluate(`(() => {
      const m = window.atlasMap;
      window.__benchMl = 0;
      if (typeof m._render !== 'function') return;
      const render = m._render;
      m._render = function (...args) {
        const t = performance.now();
        try { return render.apply(this, args); } finally { window.__benchMl += performance.now() - t; }
      };
    })()`);
    /**
     * One step, timed: a click on the period's button from inside the page (Playwright's own
     * actionability checks would count as the page's scripting), then frames until its arcs are
     * drawn, then two more. `click: false` runs the very same script on the period already shown
     * and clicks nothing: the benchmark's own share of the scripting.
     */
    const step = async (period: string, click: boolean) => {
      await page.evaluate("performance.clearMeasures('atlas:arc-update'); performance.clearMeasures('atlas:arc-redraw'); window.__benchMl = 0");
      const before = await metric(cdp, 'ScriptDuration');
      const cpu0 = childrenCpuMs();
      const r = (await page.evaluate(`new Promise((resolve) => {
        const overlay = document.querySelector('[data-testid="arc-overlay"]');
        ${click ? `document.querySelector('button[data-period="${period}"]').click();` : ''}
        const check = () => {
          if ((${!click} || performance.getEntriesByName('atlas:arc-update').length) && overlay.getAttribute('data-drawn') === '${expected[period]}') {
            requestAnimationFrame(() => requestAnimationFrame(() => {
              const sum = (name) => performance.getEntriesByName(name).reduce((n, e) => n + e.duration, 0);
              resolve({ overlay: sum('atlas:arc-update') + sum('atlas:arc-redraw'), ml: window.__benchMl });
            }));
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      })`)) as { overlay: number; ml: number };
      const scriptMs = (await metric(cdp, 'ScriptDuration')) - before;
      // Until the page is quiet again: fades, raster and compositing of the step (and its end before the next step).
      await quiet(page, 5000);
      return { period, arcs: expected[period], scriptMs, overlayMs: r.overlay, maplibreMs: r.ml, cpuMs: childrenCpuMs() - cpu0 };
    };
    const out: StepRun[] = [];
    for (let i = 0; i < steps; i++) out.push(await step(periods[i % periods.length], true));
    // The page now shows the last period stepped to: the same script, no click.
    const shown = steps > 0 ? periods[(steps - 1) % periods.length] : periods.at(-1)!;
    const harness: number[] = [];
    for (let i = 0; i < 5; i++) harness.push((await step(shown, false)).scriptMs);
    await page.evaluate(`document.querySelector('button[data-period="all"]').click()`);
    await drawn(expected.all);
    await quiet(page);
    const heapAllBytes = await heapAfterGc(cdp);
    return { steps: out, harnessMs: harness, panArcs: expected.all, heapAllBytes, errors, panner: { pan: (i) => pan(page, cdp, i), close: () => context.close() } };
  } catch (e) {
    await context.close();
    throw e;
  }
}
