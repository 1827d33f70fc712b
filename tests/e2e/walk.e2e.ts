/**
 * A walk over every place and every tab (issue 15): one page, no reload. Each place the
 * search can select is chosen in turn, its Place panel read with every disclosure open;
 * then the Period table of every period in both modes, the List and the Overview; then
 * the Sources dialog. No text a reader sees may hold a repository file name, a record id
 * or a broken value, and every citation on the panels must name a document of the dialog.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';

/** A repository file name (`003_458e3c3747cef798.txt`), any `.txt` or `.csv` file, a seeds/ path, the bundle's file. */
const FILE = /\b\d{3}_[0-9a-f]{16}\b|\.txt\b|\b[\w.-]+\.csv\b|\bseeds\/|\bbundle\.json\b/;
/** The tooling's words (tests/plain-words.test.ts guards them in the bundle and words/; here, in what is rendered) and a record id's shape. */
const TOOLING = /\bconver(?:ted|sion)\b|\bscrambled\b|\bkept as\b|\bcolumn not recoverable\b|\breading: \w+ confidence\b|\b[tnx]\d?-[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*-\d+\b/i;
/** What a value left unset or a number gone wrong prints as. */
const BROKEN = /\bundefined\b|\bNaN\b|\[object|\bnull\b/;

/** What is wrong in a reader's text: a file name, the tooling's words, a record id (any of `ids`, as a whole token) or a broken value. */
export function faultsIn(text: string, ids: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const file = text.match(FILE);
  if (file) out.push(`file name "${file[0]}"`);
  const tooling = text.match(TOOLING);
  if (tooling) out.push(`tooling's word "${tooling[0]}"`);
  const broken = text.match(BROKEN);
  if (broken) out.push(`broken value "${broken[0]}"`);
  for (const token of text.match(/[\p{L}\p{N}_.-]+/gu) ?? []) {
    const t = token.replace(/[.-]+$/, '');
    if (ids.has(t)) out.push(`record id "${t}"`);
  }
  return out;
}

type Win = Window & {
  atlasState: {
    bundle: {
      places: { id: string; name: string }[];
      partnerships: { id: string }[];
      statements: { id: string }[];
      contradictions: { id: string }[];
      sources: { id: string; file: string }[];
      periods: { id: string; table: number }[];
    };
    select(id: string | null): void;
    set(patch: Record<string, unknown>): void;
  };
};

/** The side panel's text with every disclosure open, and the documents its citations open. */
const readPanel = () => {
  const panel = document.getElementById('side-panel')!;
  for (const d of panel.querySelectorAll('details')) d.open = true;
  return { text: panel.innerText, docs: [...panel.querySelectorAll<HTMLElement>('button[data-doc]')].map((b) => b.dataset.doc!) };
};

describe('walk', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('every place and every tab: no file name, record id or broken value; every citation opens a document of Sources', { timeout: 600_000 }, async () => {
    const started = Date.now();
    atlas = await openAtlas('?period=all', { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const { page } = atlas;
    await waitForMapIdle(page);
    const data = await page.evaluate(() => {
      const b = (window as unknown as Win).atlasState.bundle;
      return {
        places: b.places.map((p) => ({ id: p.id, name: p.name })),
        // Record ids: partnerships, statements, contradictions, and places' own ids where they are not codes a reader knows (`cn.xiangtan`).
        ids: [...b.partnerships, ...b.statements, ...b.contradictions, ...b.places.filter((p) => p.id.includes('.'))].map((r) => r.id),
        docs: b.sources.map((d) => d.id),
        periods: b.periods.map((p) => ({ id: p.id, table: p.table })),
      };
    });
    // The walk reads what the search offers: every place of the bundle (controls/search-index.ts).
    expect(data.places.length).toBeGreaterThan(150);
    const ids = new Set(data.ids);
    const faults: string[] = [];
    const cited = new Set<string>();
    const check = (where: string, r: { text: string; docs: string[] }) => {
      for (const f of faultsIn(r.text, ids)) faults.push(`${where}: ${f}`);
      for (const d of r.docs) cited.add(d);
    };

    await page.getByRole('tab', { name: 'Place' }).click();
    let withCitations = 0;
    for (const place of data.places) {
      await page.evaluate((id) => (window as unknown as Win).atlasState.select(id), place.id);
      // The panel is this place's: its heading names it (names are unique in the bundle).
      await page.waitForFunction((name) => document.querySelector('[data-testid="place-panel"] h2')?.textContent === name, place.name, { timeout: 10_000 });
      const r = await page.evaluate(readPanel);
      expect(r.text, place.id).toContain(place.name);
      if (r.docs.length) withCitations++;
      check(place.name, r);
    }
    // Citations are on the panels to check: most places cite their documents.
    expect(withCitations).toBeGreaterThan(data.places.length / 2);
    const placesDone = Date.now();

    // The Period table of every period, new and cumulative (and of All, which says why it has none); the List; the Overview.
    await page.evaluate(() => (window as unknown as Win).atlasState.select(null));
    await page.getByRole('tab', { name: 'Period table' }).click();
    for (const mode of ['new', 'cumulative'])
      for (const { id: period, table } of [...data.periods, { id: 'all', table: 0 }]) {
        await page.evaluate((patch) => (window as unknown as Win).atlasState.set(patch), { period, mode });
        // Svelte has drawn the change by the next frame.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
        const r = await page.evaluate(readPanel);
        expect(r.text.length, `${period} ${mode}`).toBeGreaterThan(40);
        // This period's table, not the last one's.
        if (mode === 'new' && table) expect(r.text, period).toContain(`Table ${table}`);
        check(`Period table ${period} ${mode}`, r);
      }
    await page.evaluate(() => (window as unknown as Win).atlasState.set({ period: 'all', mode: 'new' }));
    for (const tab of [/^List/, 'Overview']) {
      await page.getByRole('tab', { name: tab }).click();
      if (tab === 'Overview') await page.getByTestId('overview-scope').waitFor({ timeout: 10_000 });
      else await page.getByTestId('panel-table').waitFor({ timeout: 10_000 });
      check(String(tab), await page.evaluate(readPanel));
    }

    // The Sources dialog: all its documents, its text as clean; every citation met on the way is one of them.
    await page.getByTestId('open-sources').click();
    const dialog = page.getByTestId('sources-dialog');
    await dialog.waitFor();
    const sources = await page.evaluate(() => {
      const d = document.querySelector<HTMLDialogElement>('[data-testid="sources-dialog"]')!;
      for (const el of d.querySelectorAll('details')) el.open = true;
      return { text: d.innerText, docs: [...d.querySelectorAll<HTMLElement>('[data-testid="source-entry"]')].map((s) => s.dataset.doc!) };
    });
    expect(sources.docs.sort()).toEqual([...data.docs].sort());
    for (const f of faultsIn(sources.text, ids)) faults.push(`Sources: ${f}`);
    expect(cited.size).toBeGreaterThan(1);
    expect([...cited].filter((d) => !sources.docs.includes(d))).toEqual([]);

    expect(faults).toEqual([]);
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
    console.info(`walk: ${data.places.length} places in ${((placesDone - started) / 1000).toFixed(1)} s, all in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});

describe('faultsIn', () => {
  it('finds file names, record ids and broken values, and passes plain text', () => {
    const ids = new Set(['n-fr-tj-1', 'cn.xiangtan']);
    expect(faultsIn('Kamiński, Skorupska & Szczudlik (2019), §1.3.1, Table 4', ids)).toEqual([]);
    expect(faultsIn('see 003_458e3c3747cef798.txt, 1.2', ids)).toEqual(['file name "003_458e3c3747cef798"']);
    expect(faultsIn('notes.txt', ids)).toEqual(['file name ".txt"']);
    expect(faultsIn('from seeds/places', ids)).toEqual(['file name "seeds/"']);
    expect(faultsIn('rows in partnerships.csv', ids)).toEqual(['file name "partnerships.csv"']);
    expect(faultsIn('as n-fr-tj-1.', ids)).toEqual(['tooling\'s word "n-fr-tj-1"', 'record id "n-fr-tj-1"']);
    expect(faultsIn('as s-total-partnerships', new Set(['s-total-partnerships']))).toEqual(['record id "s-total-partnerships"']);
    expect(faultsIn('as x-gb-dalian-2', ids)).toEqual(['tooling\'s word "x-gb-dalian-2"']);
    expect(faultsIn('the converted Table 7', ids)).toEqual(['tooling\'s word "converted"']);
    expect(faultsIn('reading: medium confidence', ids)).toEqual(['tooling\'s word "reading: medium confidence"']);
    expect(faultsIn('near cn.xiangtan', ids)).toEqual(['record id "cn.xiangtan"']);
    expect(faultsIn('since undefined', ids)).toEqual(['broken value "undefined"']);
    expect(faultsIn('NaN partnerships', ids)).toEqual(['broken value "NaN"']);
    expect(faultsIn('[object Object]', ids)).toEqual(['broken value "[object"']);
  });
});
