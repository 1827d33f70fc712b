import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import raw from '../../../public/data/bundle.json';
import PrintSheet from './PrintSheet.svelte';
import { AtlasState } from '../state/atlas.svelte.ts';
import { parseBundle } from '../data/load.ts';
import type { ExportView } from '../export/capture.ts';

const bundle = parseBundle(raw);
const names = Object.fromEntries(bundle.countries.map((c) => [c.id, c.name]));

/** jsdom has no matchMedia: a print query whose state the test sets. */
let printMedia = false;
beforeEach(() => {
  printMedia = false;
  vi.stubGlobal('matchMedia', (q: string) => ({
    get matches() {
      return q === 'print' && printMedia;
    },
    addEventListener() {},
    removeEventListener() {},
  }));
});
afterEach(() => vi.unstubAllGlobals());

function setup(query: Partial<AtlasState['view']>) {
  const atlas = new AtlasState(bundle);
  atlas.set(query);
  const picture = (): ExportView => ({
    geo: { regions: { type: 'FeatureCollection', features: [] }, countries: { type: 'FeatureCollection', features: [] } } as unknown as ExportView['geo'],
    arcs: [],
    unitCounts: new Map([['CN-SD', 3]]),
    anchors: [],
    title: `Title of ${atlas.view.period}`,
    subtitle: 'New in the period',
    legend: [],
  });
  render(PrintSheet, { atlas, map: null, picture, webgl: true, names, summary: 'The view in a sentence.' });
  return atlas;
}

describe('PrintSheet', () => {
  it('is empty on screen (nothing doubles the page’s legend or table)', () => {
    setup({ period: '2000-2007' });
    expect(screen.getByTestId('print-sheet').children).toHaveLength(0);
  });

  it('on beforeprint holds the view’s title, the map, the legend, its period table and the source line; afterprint empties it', async () => {
    setup({ period: '2000-2007' });
    dispatchEvent(new Event('beforeprint'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Title of 2000-2007');
    expect(screen.getByTestId('print-map')).toBeTruthy();
    expect(screen.getByText('The view in a sentence.')).toBeTruthy();
    expect(screen.getByTestId('shown-count').textContent).toBe('30');
    // The legend only explains: its filters are not buttons one can use on paper.
    for (const b of screen.getByTestId('legend').querySelectorAll('button')) expect(b.disabled).toBe(true);
    expect(screen.getByTestId('period-table').querySelector('caption')!.textContent).toContain('Table 6');
    expect(screen.getByTestId('max-unit').textContent).toBe('3');
    expect(screen.getByTestId('attribution').textContent).toContain('Natural Earth');
    dispatchEvent(new Event('afterprint'));
    await tick();
    expect(screen.getByTestId('print-sheet').children).toHaveLength(0);
  });

  it('stays while print media still applies after afterprint (a PDF made under emulated print media)', async () => {
    setup({ period: '1982-1989' });
    dispatchEvent(new Event('beforeprint'));
    printMedia = true;
    dispatchEvent(new Event('afterprint'));
    await tick();
    expect(screen.getByTestId('period-table')).toBeTruthy();
  });

  it('for All periods prints the partnerships per period and country instead of one table', () => {
    setup({ period: 'all' });
    dispatchEvent(new Event('beforeprint'));
    expect(screen.queryByTestId('period-table')).toBeNull();
    const rows = [...screen.getByTestId('periods-by-country').querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(rows).toEqual(['1982–1989', '1991–1999', '2000–2007', '2010–2012', '2014–2017', 'Table 9 only (no period)']);
    expect(screen.getByTestId('periods-total').textContent).toBe(screen.getByTestId('shown-count').textContent);
  });
});
