// @vitest-environment jsdom
/**
 * One word for each status everywhere (issue 15): the tooltips, the panels' facts,
 * the screen-reader summary, the empty view, the exports (SVG and PNG legends,
 * GeoJSON, the CSV's codes and the data note that explains them) all say a status
 * with the words of words/core.ts (STATUS_WORD, and STATUS_LABEL, the same words
 * capitalised), and never a synonym. Each surface is rendered for a view holding
 * every status; the status words found in it must be exactly STATUS_WORD's.
 * (The legend, the list and a place's records are rendered in
 * src/lib/panels/StatusWords.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../public/data/bundle.json';
import { parseBundle } from '../src/lib/data/load.ts';
import { partnership, testPlace } from '../src/lib/data/testing.ts';
import { STATUSES, type Country, type Status } from '../src/lib/data/types.ts';
import { arcLabel, buildArcs } from '../src/lib/arcs/arcs.ts';
import { buildFlows } from '../src/lib/arcs/flows.ts';
import { topologyToGeo } from '../src/lib/geo/topo.ts';
import { INITIAL_BOUNDS } from '../src/lib/map/style.ts';
import { summarizeView } from '../src/lib/state/summary.ts';
import { renderSvg } from '../src/lib/export/svg.ts';
import { composePng } from '../src/lib/export/png.ts';
import { CSV_COLUMNS, toCsv, toGeoJson } from '../src/lib/export/tables.ts';
import { dataNote, DATA_TABLES, tableRows } from '../src/lib/download/datasets.ts';
import { recordingContext } from '../src/lib/map/overlay/testing.ts';
import { parseCsv } from '../scripts/lib/csv.ts';
import { statusWordsIn } from './status-finder.ts';
import { emptyView, flowSentence, statusFact, STATUS_LABEL, STATUS_WORD, toggleStatus } from '../src/lib/words/index.ts';

const OURS = Object.values(STATUS_WORD);
const ALL = new Set(OURS);

const bundle = parseBundle(raw);
const places = new Map([testPlace('DE2', [11, 49]), testPlace('CN-JS', [119, 33], 'CN'), testPlace('CN-SD', [118, 36], 'CN')].map((p) => [p.id, p]));
const countries = new Map<string, Country>([['DE', { id: 'DE', name: 'Germany', anchor: [10, 51], surveyed: true }]]);
/** A view with every status: one partnership of each, between the same two places (a flow holds them all). */
const list = STATUSES.map((status, i) => partnership({ id: `p${i}`, euUnit: 'DE2', cnUnit: 'CN-JS', cnProvince: 'CN-JS', status, startYear: 1990 + i }));
const arcs = buildArcs(list, { places, countries });

describe('the finder itself', () => {
  it('tells "not active" from "active" and "status not stated", and finds a synonym', () => {
    expect(statusWordsIn('status: not active; Active; status not stated')).toEqual(new Set(['not active', 'active', 'status not stated']));
    expect(statusWordsIn('2 lapsed, 1 Inactive')).toEqual(new Set(['lapsed', 'inactive']));
    expect(statusWordsIn('interactive, not-active')).toEqual(new Set());
  });
});

describe('one word for each status, on every surface', () => {
  it('the vocabulary: a label is its word capitalised', () => {
    for (const s of STATUSES) expect(STATUS_LABEL[s].toLowerCase()).toBe(STATUS_WORD[s]);
    expect(new Set(OURS).size).toBe(STATUSES.length);
  });

  it('tooltips: an arc’s and a flow’s', () => {
    expect(statusWordsIn(arcs.map((a) => arcLabel(a, { places, countries })).join('\n'))).toEqual(ALL);
    const [flow] = buildFlows(arcs);
    expect(statusWordsIn(arcLabel(flow, { places, countries }))).toEqual(ALL);
    expect(statusWordsIn(flowSentence('A', 'B', new Map(STATUSES.map((s) => [s, 1]))))).toEqual(ALL);
  });

  it('panels: a record’s status fact, the legend’s buttons’ titles, the empty view', () => {
    expect(statusWordsIn(STATUSES.map(statusFact).join('\n'))).toEqual(ALL);
    expect(statusWordsIn(STATUSES.map((s) => toggleStatus(STATUS_WORD[s], 'only')).join('\n'))).toEqual(ALL);
    expect(statusWordsIn(emptyView(5, 'all', 'new', [], STATUSES.map((s) => STATUS_WORD[s])))).toEqual(ALL);
  });

  it('the screen-reader summary, filtered to every status', () => {
    const summary = summarizeView({ period: 'all', mode: 'new', byCountry: [{ country: 'DE', count: 4 }], names: { DE: 'Germany' }, countries: [], statuses: [...STATUSES] });
    expect(statusWordsIn(summary)).toEqual(ALL);
  });

  it('the SVG’s legend and the PNG’s legend', { timeout: 30_000 }, () => {
    const dir = path.resolve(import.meta.dirname, '../public/geo');
    const geo = topologyToGeo(JSON.parse(fs.readFileSync(path.join(dir, 'regions.json'), 'utf8')), JSON.parse(fs.readFileSync(path.join(dir, 'countries.json'), 'utf8')));
    const svg = renderSvg({ geo, arcs, unitCounts: new Map(), bounds: INITIAL_BOUNDS, width: 1600, height: 1000, title: 'T', legend: [{ country: 'DE', name: 'Germany', count: 4 }], attribution: 'C' });
    const legend = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('g.legend')!;
    expect(statusWordsIn([...legend.querySelectorAll('text')].map((t) => t.textContent).join('\n'))).toEqual(ALL);

    const { ctx, calls } = recordingContext();
    (ctx as unknown as { measureText: (t: string) => { width: number } }).measureText = (t) => ({ width: t.length * 7 });
    const theme = { background: '#fff', text: '#111', muted: '#666' };
    composePng(
      { mapCanvas: {} as CanvasImageSource, mapWidth: 800, mapHeight: 400, arcs, project: ([x, y]) => [x, y], anchors: [], title: 'T', subtitle: 'S', legend: [{ name: 'Germany', colour: '#0a0', count: 4 }], attribution: 'C', theme },
      1,
      { createElement: () => ({ width: 0, height: 0, getContext: () => ctx }) } as unknown as Document,
    );
    expect(statusWordsIn(calls.filter(([n]) => n === 'fillText').map(([, t]) => t).join('\n'))).toEqual(ALL);
  });

  it('GeoJSON: the status’s code and its word; the CSVs keep the code, and the data note gives each code its word', () => {
    const geo = toGeoJson(arcs, { places, countries, bundle });
    expect(new Set(geo.features.map((f) => f.properties!.status_name))).toEqual(ALL);
    expect(new Set(geo.features.map((f) => f.properties!.status))).toEqual(new Set(STATUSES));
    // The view's CSV: the code column, stable, one of the codes.
    const rows = parseCsv(toCsv(list, { places, countries, bundle }), 'view.csv', [...CSV_COLUMNS]);
    expect(new Set(rows.map((r) => r.values.status))).toEqual(new Set(STATUSES));
    // The whole dataset: codes too, every one of them explained with its word.
    const table = DATA_TABLES.find((t) => t.words.title === 'Partnerships')!;
    expect(new Set(tableRows(table, bundle).map((r) => r.status)).size).toBeGreaterThan(1);
    for (const r of tableRows(table, bundle)) expect(STATUSES).toContain(r.status as Status);
    const note = dataNote(bundle);
    const line = note.slice(note.indexOf('status: ')).split(/\n\s*\w+: /)[0].replace(/\s+/g, ' ');
    for (const s of STATUSES) expect(line).toContain(`${s} (${STATUS_WORD[s]})`);
    // Past the codes themselves (each followed by its word in brackets), the words are the atlas's.
    expect(statusWordsIn(line.replace(new RegExp(`(${STATUSES.join('|')}) \\(`, 'g'), '('))).toEqual(ALL);
  });
});
