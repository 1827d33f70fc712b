import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { seriousViolations } from './axe.ts';
import { waitForFirstDrawing } from './first-drawing.ts';

describe('accessibility (axe-core, WCAG 2.2 AA) in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  for (const [name, query, open] of [
    ['main view, Overview panel', '', null],
    ['Place panel', '?select=DE2', null],
    ['List panel', '?period=2014-2017', 'List (48)'],
    ['dark theme', '?dark=true&period=2000-2007', null],
    ['dark theme, Place panel', '?dark=true&select=ITI2', null],
    ['presenter mode', '?present&step=2', null],
    ['dark presenter mode', '?present&step=6&dark=true', null],
    ['embed mode', '?embed&period=2014-2017', null],
    ['static dark embed', '?embed&static&dark=true&period=2014-2017', null],
  ] as const) {
    it(`${name}: no serious or critical violations`, async () => {
      atlas = await openAtlas(query);
      const { page } = atlas;
      // A static embed's map is the first drawing, with no MapLibre to wait for (issue 16).
      if (query.includes('static')) await waitForFirstDrawing(page);
      else await waitForMapIdle(page);
      if (open) await page.getByRole('tab', { name: open }).click();
      expect(await seriousViolations(page)).toEqual([]);
      expect(atlas.errors).toEqual([]);
    });
  }

  // One load for two views: the main view, then the Embed dialog opened over it.
  it('main view, Period table panel, then the Embed dialog: no serious or critical violations', async () => {
    atlas = await openAtlas('?period=1982-1989');
    const { page } = atlas;
    await waitForMapIdle(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(atlas.errors).toEqual([]);
    // The Period table, countries named in full, is whole inside its panel at 1280 px: its Total column is on screen.
    const fit = await page.getByTestId('period-shown').getByTestId('period-table').evaluate((t) => {
      const panel = t.parentElement!.getBoundingClientRect();
      const cells = [...t.querySelectorAll('thead th')].map((c) => c.getBoundingClientRect().right);
      const codesShown = [...t.querySelectorAll('thead th .iso-code')].some((c) => getComputedStyle(c).display !== 'none');
      return { codesShown, lastRight: Math.max(...cells), panelRight: panel.right, headers: [...t.querySelectorAll('thead th')].map((c) => (c.querySelector('.iso-name') ?? c).textContent!.trim()) };
    });
    expect(fit.headers).toContain('United Kingdom');
    // At 1280 px the columns show the countries' names, not the ISO codes a phone gets.
    expect(fit.codesShown).toBe(false);
    expect(fit.lastRight).toBeLessThanOrEqual(fit.panelRight + 0.5);
    // Every period button shows a whole label, full or short ('2010–12'), never cut or with an ellipsis; its
    // accessible name holds the full period and what it shows (axe checks the latter too).
    const labels = await page.$$eval('button.step', (buttons) =>
      buttons.map((b) => {
        const shown = [...b.querySelectorAll('span')].find((s) => getComputedStyle(s).display !== 'none')!;
        const cs = getComputedStyle(b);
        const box = b.getBoundingClientRect();
        const text = shown.getBoundingClientRect();
        const inside = text.left >= box.left + parseFloat(cs.paddingLeft) - 0.5 && text.right <= box.right - parseFloat(cs.paddingRight) + 0.5;
        return { shown: shown.textContent!, name: b.getAttribute('aria-label')!, inside, onScreen: box.right <= innerWidth };
      }),
    );
    expect(labels.filter((l) => !l.inside || !l.onScreen || l.shown.includes('…'))).toEqual([]);
    expect(labels.map((l) => l.name.split(',')[0])).toEqual(['Period 1982–1989', 'Period 1991–1999', 'Period 2000–2007', 'Period 2010–2012', 'Period 2014–2017']);
    for (const l of labels) expect(l.name).toContain(l.shown);
    expect(labels.map((l) => l.shown)).toContain('2010–12');
    await page.getByTestId('open-embed').click();
    await page.getByTestId('embed-dialog').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('keyboard alone in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('Tab reaches every control in a logical order, each with a visible focus ring', async () => {
    atlas = await openAtlas('?period=1982-1989');
    const { page } = atlas;
    await waitForMapIdle(page);
    const seen: { label: string; outline: string }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const label = (el.getAttribute('aria-label') || el.getAttribute('data-testid') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 40);
        return { label, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'ring' : s.boxShadow !== 'none' ? 'shadow' : 'none' };
      });
      if (f) seen.push(f);
    }
    const labels = seen.map((s) => s.label);
    const at = (re: RegExp) => labels.findIndex((l) => re.test(l));
    // Logical order: search, export and embed, the period control, the map, the legend, then the panels.
    const order = [at(/^Search places$/), at(/^export-csv$/), at(/^open-embed$/), at(/^Play through the periods$/), at(/Map of European regions/), at(/^France/), at(/^Period table$/)];
    expect(order.every((i) => i >= 0), JSON.stringify(labels)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const unringed = seen.filter((s) => s.outline === 'none');
    expect(unringed, JSON.stringify(unringed)).toEqual([]);
  });

  it('search, select, clear and the Embed dialog work from the keyboard; Escape closes what is open', async () => {
    atlas = await openAtlas('');
    const { page } = atlas;
    await waitForMapIdle(page);
    const search = page.locator('input[role="combobox"]');
    await search.focus();
    await page.keyboard.type('Lodzkie');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('select=PL71'));
    expect(await page.getByTestId('panel-place').isVisible()).toBe(true);
    // Focus is still in the search field: the first Escape clears its text, the second the selection.
    await page.keyboard.press('Escape');
    expect(await search.inputValue()).toBe('');
    expect(new URL(page.url()).searchParams.get('select')).toBe('PL71');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('select='));
    await page.getByTestId('open-embed').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('embed-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('embed-dialog').waitFor({ state: 'detached' });
    expect(atlas.errors).toEqual([]);
  });
});
