/**
 * One word for each status (issue 15), on the surfaces that are components: the
 * legend's status keys, the list (the table of the view's partnerships), a
 * place's records and the Overview's table by status. Each is rendered for
 * partnerships of every status; the status words in its text must be exactly
 * those of words/core.ts STATUS_WORD. The other surfaces (tooltips, summary,
 * exports, data note): tests/status-words.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { atlasData } from '../data/selectors.ts';
import { partnership, testPlace } from '../data/testing.ts';
import { STATUSES, type Country } from '../data/types.ts';
import { exportRows } from '../export/tables.ts';
import { shadingKey } from '../map/choropleth.ts';
import { LIGHT, shadingColours } from '../map/style.ts';
import { STATUS_WORD } from '../words/index.ts';
import { statusWordsIn } from '../../../tests/status-finder.ts';
import Legend from '../controls/Legend.svelte';
import PartnershipTable from './PartnershipTable.svelte';
import PartnershipRecord from './place/PartnershipRecord.svelte';
import OverviewPanel from './OverviewPanel.svelte';

const ALL = new Set(Object.values(STATUS_WORD));
const places = new Map([testPlace('DE2', [11, 49]), testPlace('CN-JS', [119, 33], 'CN')].map((p) => [p.id, p]));
const countries = new Map<string, Country>([['DE', { id: 'DE', name: 'Germany', anchor: [10, 51], surveyed: true }]]);
const list = STATUSES.map((status, i) => partnership({ id: `p${i}`, euUnit: 'DE2', status, startYear: 1990 + i }));
const bundle = parseBundle(raw);
/** An element's text, each text node on a line of its own (textContent runs a table's cells together). */
function textOf(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.nodeValue ?? '');
  return out.join('\n');
}
/** The text a reader meets: visible text, and the titles and names of the controls. */
const readable = (el: Element) => [textOf(el), ...[...el.querySelectorAll('[title],[aria-label]')].flatMap((e) => [e.getAttribute('title') ?? '', e.getAttribute('aria-label') ?? ''])].join('\n');

describe('one word for each status, in the components', () => {
  it('the legend: a key per status, its button’s title in the same word', () => {
    const { container } = render(Legend, {
      props: {
        counts: [{ country: 'DE', count: 4 }],
        names: { DE: 'Germany' },
        countries: [],
        statuses: [],
        statusCounts: new Map(STATUSES.map((s) => [s, 1])),
        shading: shadingKey(new Map(), shadingColours(LIGHT)),
        ontogglecountry: vi.fn(),
        ontogglestatus: vi.fn(),
      },
    });
    expect(statusWordsIn(readable(container.querySelector('.statuses')!))).toEqual(ALL);
    expect(statusWordsIn(readable(container))).toEqual(ALL);
  });

  it('the list of the view’s partnerships', () => {
    const { container } = render(PartnershipTable, { props: { rows: exportRows(list, { places, countries, bundle }), caption: 'All periods' } });
    const cells = [...container.querySelectorAll('tbody tr')].map((tr) => tr.lastElementChild!.textContent!);
    expect(cells.map((c) => c.toLowerCase())).toEqual(STATUSES.map((s) => STATUS_WORD[s]));
    expect(statusWordsIn(textOf(container))).toEqual(ALL);
  });

  it('a place’s records', () => {
    const text = list
      .map((record) => render(PartnershipRecord, { props: { record, european: true, viaCity: false, places, countries, onselect: vi.fn() } }).container)
      .map(readable)
      .join('\n');
    expect(statusWordsIn(text)).toEqual(ALL);
  });

  it('the Overview’s partnerships by status', () => {
    const { getByTestId } = render(OverviewPanel, { props: { data: atlasData(bundle) } });
    expect(statusWordsIn(textOf(getByTestId('status-totals')))).toEqual(ALL);
  });
});
