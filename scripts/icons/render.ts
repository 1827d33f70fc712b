/**
 * Renders the app icon (public/icons/atlas.svg, drawn by hand: a great-circle arc between two
 * places) to the PNG sizes the web app manifest lists, in the system's headless Chromium.
 * Run by hand when the SVG changes (`npx tsx scripts/icons/render.ts`); the PNGs are committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/chromium.ts';

const dir = path.resolve(import.meta.dirname, '../../public/icons');
const svg = fs.readFileSync(path.join(dir, 'atlas.svg'), 'utf8');
const SIZES = [192, 512];

const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs({ webgl: false }) });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const file = path.join(dir, `atlas-${size}.png`);
    fs.writeFileSync(file, await page.screenshot({ omitBackground: false, type: 'png' }));
    console.log(`${path.relative(process.cwd(), file)}: ${fs.statSync(file).size} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
