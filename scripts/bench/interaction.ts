/**
 * Interaction figures of the built app in headless Chromium (same flags as the
 * end-to-end tests): scripting time of one period step (slider change → all arcs
 * drawn) and of the arc overlay per frame during a scripted pan. Prints a table
 * and writes bench-results/interaction.json. Never a pass/fail: figures only.
 *
 *   npm run bench            (builds first)
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, freshProfileDir } from '../lib/chromium.ts';
import { serveStatic } from '../../tests/e2e/server.ts';

const root = path.resolve(import.meta.dirname, '../..');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2 : NaN;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};

async function main() {
  await build({ root, logLevel: 'warn' });
  const server = await serveStatic(path.join(root, 'dist'));
  const profile = freshProfileDir();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs(),
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    };
    await page.goto(server.url + '?period=1982-1989');
    await page.waitForFunction(() => (window as unknown as { atlasMap?: { loaded(): boolean } }).atlasMap?.loaded());
    await page.waitForTimeout(1500);

    // Period steps: click the next period, wait until its arcs are all in place and two frames have passed.
    const periods = ['1991-1999', '2000-2007', '2010-2012', '2014-2017', '1982-1989'];
    const totals: Record<string, number> = { '1982-1989': 27, '1991-1999': 11, '2000-2007': 30, '2010-2012': 18, '2014-2017': 48 };
    const steps: number[] = [];
    for (let i = 0; i < 20; i++) {
      const period = periods[i % periods.length];
      await page.waitForTimeout(500); // let the previous fade-out end
      const before = await scriptMs();
      await page.locator(`button[data-period="${period}"]`).click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="arc-overlay"] path[data-partnership-id][d]').length === n,
        totals[period],
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      steps.push((await scriptMs()) - before);
    }

    // Pan: a 3 s scripted pan with every period's arcs shown; the overlay's own redraw time per frame.
    await page.locator('button[data-period="all"]').click();
    await page.waitForTimeout(800);
    await page.evaluate(() => performance.clearMeasures('atlas:arc-redraw'));
    // Passed as text: tsx would otherwise wrap named functions in a helper the page lacks.
    const pan: { frames: number; redraw: number[] } = await page.evaluate(`new Promise((resolve) => {
      const map = window.atlasMap;
      let frames = 0;
      const count = () => frames++;
      map.on('render', count);
      map.once('moveend', () => {
        map.off('render', count);
        resolve({ frames, redraw: performance.getEntriesByName('atlas:arc-redraw').map((e) => e.duration) });
      });
      map.panBy([500, 150], { duration: 3000, easing: (t) => t });
    })`);
    const arcs = await page.locator('[data-testid="arc-overlay"] path[data-partnership-id]').count();
    const result = {
      date: new Date().toISOString(),
      arcs,
      periodStep: { runs: steps.length, medianScriptingMs: median(steps), p95ScriptingMs: p95(steps), all: steps },
      pan: { frames: pan.frames, overlayMedianMs: median(pan.redraw), overlayP95Ms: p95(pan.redraw), redraws: pan.redraw.length },
    };
    fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench-results/interaction.json'), JSON.stringify(result, null, 2));
    console.table({
      'period step (scripting, ms)': { median: result.periodStep.medianScriptingMs.toFixed(2), p95: result.periodStep.p95ScriptingMs.toFixed(2), n: steps.length },
      [`pan frame, arc overlay (${arcs} arcs, ms)`]: { median: result.pan.overlayMedianMs.toFixed(3), p95: result.pan.overlayP95Ms.toFixed(3), n: pan.redraw.length },
    });
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
