import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { atlasData, involving } from '../data/selectors.ts';
import type { Bundle } from '../data/types.ts';
import PlacePanel from './PlacePanel.svelte';

const bundle = parseBundle(raw);

function show(placeId: string, b: Bundle = bundle) {
  const onselect = vi.fn();
  const onclose = vi.fn();
  render(PlacePanel, { props: { data: atlasData(b), placeId, onselect, onclose } });
  return { onselect, onclose, panel: screen.getByTestId('place-panel') };
}

const records = () => screen.queryAllByTestId('partnership');
const record = (id: string) => records().find((r) => r.dataset.id === id)!;

describe('PlacePanel', () => {
  it('shows Umbria with its six partners, periods, years and statuses', async () => {
    const { onselect } = show('ITI2');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Umbria');
    expect(screen.getByTestId('place-panel').textContent).toContain('region · Italy');
    expect(records()).toHaveLength(6);
    expect(records()).toHaveLength(involving(bundle.partnerships, 'ITI2').length);
    const partners = records().map((r) => within(r).getAllByRole('button')[0].textContent);
    expect(partners).toEqual(expect.arrayContaining(['Changning District (Shanghai)', 'Shandong', 'Chongqing', 'Hunan', 'Yunnan', 'Zhangjiajie']));

    const changning = record('t5-it-changning-1');
    expect(changning.textContent).toContain('1991–1999');
    expect(changning.textContent).toContain('started 1997');
    expect(changning.textContent).toContain('status: active');
    expect(changning.textContent).toContain('renewals: renewed 2016');
    expect(changning.textContent).toContain('Kamiński, Skorupska & Szczudlik (2019), §1.3.1, §2.11, Table 13');
    const yunnan = record('t8-it-yn-1');
    expect(yunnan.textContent).toContain('2014–2017');
    expect(yunnan.textContent).toContain('started 2015');

    await fireEvent.click(within(yunnan).getByRole('button', { name: 'Yunnan' }));
    expect(onselect).toHaveBeenCalledExactlyOnceWith('CN-YN');
  });

  it('shows Umbria’s case study and IURC profile with formatted figures', () => {
    show('ITI2');
    const cs = bundle.caseStudies.find((c) => c.placeId === 'ITI2')!;
    expect(screen.getByRole('heading', { name: `Case study ${cs.section}: ${cs.title}` })).toBeTruthy();
    const text = screen.getByTestId('place-panel').textContent!;
    expect(text).toContain(cs.summary);
    expect(text).toContain('Kamiński, Skorupska & Szczudlik (2019), §2.11, Table 13');
    expect(text).not.toMatch(/\.txt/);
    expect(text).toContain('870,165');
    expect(text).toContain("the booklet prints '870,165'");
    expect(text).toContain('Agrifood chain');
    expect(text).toContain('Triple helix approach');
    expect(text).toContain('IURC 2021–2023 booklet, profile of Umbria');
  });

  it('shows Liverpool’s eleven partners, the undated ones with no stated status and counted only in Table 9', () => {
    show('gb.liverpool');
    expect(records()).toHaveLength(11);
    const dalian = record('x-gb-dalian-1');
    expect(dalian.textContent).toContain('status not stated');
    expect(dalian.textContent).toContain('agreement: no data');
    expect(dalian.textContent).toContain('no period');
    expect(dalian.textContent).toContain('Counted only in Table 9, no period.');
    expect(within(dalian).getByText('medium confidence: how this record was read').closest('details')?.textContent).toContain('Liverpool lists Dalian');
    expect(record('x-gb-xian-1').textContent).toContain('status not stated');
    // high-confidence records do not claim a confidence level
    expect(record('t5-gb-sh-1').textContent).not.toContain('confidence');
    // undated records come last
    expect(records().slice(-2).map((r) => r.dataset.id).sort()).toEqual(['x-gb-dalian-1', 'x-gb-xian-1']);
  });

  it('groups a province’s partnerships: the province itself, then its cities', async () => {
    const { onselect } = show('CN-SD');
    const self = screen.getByRole('list', { name: 'With Shandong itself' });
    const cities = screen.getByRole('list', { name: 'Through cities and districts in Shandong' });
    const all = involving(bundle.partnerships, 'CN-SD');
    expect(within(self).getAllByTestId('partnership')).toHaveLength(all.filter((p) => p.cnUnit === 'CN-SD').length);
    expect(within(cities).getAllByTestId('partnership')).toHaveLength(all.filter((p) => p.cnUnit !== 'CN-SD').length);
    const cityNames = within(cities).getAllByRole('button').map((b) => b.textContent);
    for (const n of ['Jinan', 'Qingdao', 'Heze', 'Liaocheng']) expect(cityNames).toContain(n);
    // province-level partners: named regions as buttons, unnamed ones as the country
    expect(within(self).getByRole('button', { name: 'Umbria' })).toBeTruthy();
    const unnamed = within(self).getAllByTestId('partnership').find((r) => r.dataset.id === 't4-fr-sd-1')!;
    expect(unnamed.textContent).toContain('France');
    expect(unnamed.textContent).toContain('region not named in the report');
    expect(within(unnamed).queryAllByRole('button')).toHaveLength(0);
    // a low-confidence reading says so
    expect(within(self).getAllByText('low confidence: how this record was read').length).toBeGreaterThan(0);
    // a city partner row names the EU side too
    const jinan = within(cities).getAllByTestId('partnership').find((r) => r.dataset.id === 't8-es-jinan-1')!;
    expect(within(jinan).getByRole('button', { name: 'Castile and León' })).toBeTruthy();
    await fireEvent.click(within(jinan).getByRole('button', { name: 'Jinan' }));
    expect(onselect).toHaveBeenCalledExactlyOnceWith('cn.jinan');
  });

  it('labels records the report names but does not count', () => {
    const rec = bundle.partnerships.find((p) => p.counted === 'none' && p.euUnit !== null)!;
    show(rec.euUnit!);
    expect(record(rec.id).textContent).toContain("Named in the report's text; not counted in its tables.");
  });

  it('shows a city’s province and a profile’s population, area and programme links', async () => {
    const { onselect } = show('es.barcelona');
    const text = screen.getByTestId('place-panel').textContent!;
    expect(text).toContain('1,666,530');
    expect(text).toContain('the booklet gives no area for this place');
    expect(text).toContain('Besòs River Plan');
    const links = screen.getByRole('heading', { name: /Programme links/ });
    expect(links).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Liuzhou' }));
    expect(onselect).toHaveBeenCalledExactlyOnceWith('cn.liuzhou');
  });

  it('formats areas with separators and keeps the printed form', () => {
    show('gr.larissa');
    expect(screen.getByTestId('place-panel').textContent).toContain('122.59 km²');
    expect(screen.getByTestId('place-panel').textContent).toContain("the booklet prints '122,59 km²'; the comma is read as a decimal point");
  });

  it('names a Chinese city’s characters and links its province', async () => {
    const { onselect } = show('cn.jinan');
    const zh = bundle.places.find((p) => p.id === 'cn.jinan')!.zh!;
    expect(screen.getByText(zh).getAttribute('lang')).toBe('zh-Hans');
    const text = screen.getByTestId('place-panel').textContent!;
    expect(text).toContain('city in Shandong, China');
    expect(text).toContain('9,200,000');
    expect(text).toContain('10,244 km²');
    await fireEvent.click(screen.getAllByRole('button', { name: 'Shandong' })[0]);
    expect(onselect).toHaveBeenCalledWith('CN-SD');
  });

  it('calls onclose from its close button', async () => {
    const { onclose } = show('ITI2');
    await fireEvent.click(screen.getByRole('button', { name: 'Close place panel' }));
    expect(onclose).toHaveBeenCalledOnce();
  });

  it('says so for an unknown place, without crashing', () => {
    show('XX99');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('No such place');
    expect(records()).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Close place panel' })).toBeTruthy();
  });

  it('shows text from the data as text, never as HTML', () => {
    const evil: Bundle = {
      ...bundle,
      places: bundle.places.map((p) => (p.id === 'ITI2' ? { ...p, name: '<img src=x onerror=alert(1)>' } : p)),
    };
    show('ITI2', evil);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('<img');
  });

  it('tells Bavaria that the report names no partnership for it, but leaves 21 of Germany\'s 23 without a Land', () => {
    show('DE2');
    expect(records()).toHaveLength(0);
    const note = screen.getByTestId('unnamed-in-country').textContent!;
    expect(note).toBe(
      'The report names the region or city for only 2 of Germany’s 23 partnerships; the other 21 start at Germany’s anchor on the map, and any of them may be Bavaria’s.',
    );
  });

  it('tells a region with partnerships of its own that its country has more without a named place', () => {
    show('DE3');
    expect(screen.getByTestId('unnamed-in-country').textContent).toContain('Germany has 21 more partnerships whose region or city the report does not name');
  });

  it('says nothing of the kind for a Chinese place', () => {
    show('CN-SD');
    expect(screen.queryByTestId('unnamed-in-country')).toBeNull();
  });

  it('says why Shandong’s list holds one fewer than its ranking', () => {
    show('CN-SD');
    expect(screen.getByRole('heading', { level: 3, name: /^Partnerships/ }).textContent).toBe('Partnerships (15)');
    expect(screen.getByTestId('ranking-differs').textContent).toBe(
      'Table 9 ranks Shandong with 16: the 15 counted here, plus 1 it cannot tie to an EU country (not drawn on the map).',
    );
  });
});
