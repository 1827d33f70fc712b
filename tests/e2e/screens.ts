/**
 * What a reader sees of the page on a screen, measured in the browser: is the page
 * wider than the screen, how much of the first screen is map (less what the bottom
 * sheet covers), how much of the map the legend covers, and is every period label
 * whole. Used by screens.e2e.ts (and its figures by the closing note).
 */
import type { Page } from 'playwright-core';

export interface ScreenFigures {
  /** document.documentElement.scrollWidth */
  pageWidth: number;
  /** Share of the first screen (width × height) that is map, not covered by the sheet. */
  mapShare: number;
  /** Share of the map's box the legend covers. */
  legendCover: number;
  /** Period buttons whose label is cut, outside the screen, or ellipsised (their text). */
  cutLabels: string[];
}

export function measureScreen(page: Page, width: number, height: number): Promise<ScreenFigures> {
  return page.evaluate(
    ([vw, vh]) => {
      type Box = { left: number; top: number; right: number; bottom: number };
      const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
      const meet = (a: Box, b: Box): Box => ({
        left: Math.max(a.left, b.left),
        top: Math.max(a.top, b.top),
        right: Math.min(a.right, b.right),
        bottom: Math.min(a.bottom, b.bottom),
      });
      const screen: Box = { left: 0, top: 0, right: vw, bottom: vh };
      const stage = document.querySelector('div[role="region"].stage')!.getBoundingClientRect();
      const sheet = document.querySelector('[data-testid="sheet"]')?.getBoundingClientRect();
      const legend = document.querySelector('[data-testid="legend"]')!.parentElement!.getBoundingClientRect();
      const seen = meet(stage, screen);
      const mapShare = (area(seen) - (sheet ? area(meet(sheet, seen)) : 0)) / (vw * vh);
      const cutLabels = [...document.querySelectorAll<HTMLButtonElement>('button.step')]
        .filter((b) => {
          const box = b.getBoundingClientRect();
          const text = b.textContent ?? '';
          return b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight || box.left < 0 || box.right > vw || text.includes('…');
        })
        .map((b) => b.getAttribute('aria-label') ?? '');
      return {
        pageWidth: document.documentElement.scrollWidth,
        mapShare,
        legendCover: area(meet(legend, stage)) / area(stage),
        cutLabels,
      };
    },
    [width, height] as const,
  );
}
