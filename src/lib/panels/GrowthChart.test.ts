import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import GrowthChart from './GrowthChart.svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { atlasData, growthByPeriod } from '../data/selectors.ts';
import { PERIOD_IDS } from '../data/types.ts';

const bundle = parseBundle(raw);
const { countries } = atlasData(bundle);

const segments = () =>
  [...screen.getByTestId('growth-chart').querySelectorAll('rect')].map((r) => ({
    period: r.getAttribute('data-period')!,
    country: r.getAttribute('data-country')!,
    value: Number(r.getAttribute('data-value')),
    height: Number(r.getAttribute('height')),
    title: r.querySelector('title')?.textContent ?? '',
  }));

describe('GrowthChart', () => {
  it('stacks segments that add up to each period’s total (27, 11, 30, 18, 48)', () => {
    render(GrowthChart, { props: { list: bundle.partnerships, bundle, countries } });
    const segs = segments();
    const sums = PERIOD_IDS.map((p) => segs.filter((s) => s.period === p).reduce((n, s) => n + s.value, 0));
    expect(sums).toEqual([27, 11, 30, 18, 48]);
    expect(sums).toEqual(growthByPeriod(bundle.partnerships, bundle).map((g) => g.total));
  });

  it('gives each segment a title naming country, period and count', () => {
    render(GrowthChart, { props: { list: bundle.partnerships, bundle, countries } });
    const de = segments().find((s) => s.period === '1982-1989' && s.country === 'DE');
    expect(de?.title).toBe('Germany, 1982–1989: 14');
  });

  it('draws heights proportional to the counts', () => {
    render(GrowthChart, { props: { list: bundle.partnerships, bundle, countries, width: 400, height: 300 } });
    const segs = segments();
    const ratio = segs[0].height / segs[0].value;
    expect(ratio).toBeGreaterThan(0);
    for (const s of segs) expect(s.height / s.value).toBeCloseTo(ratio, 6);
  });

  it('draws no segment for a zero count', () => {
    render(GrowthChart, { props: { list: bundle.partnerships, bundle, countries } });
    const segs = segments();
    const growth = growthByPeriod(bundle.partnerships, bundle);
    const nonZero = growth.flatMap((g) => Object.values(g.counts).filter((n) => n > 0));
    expect(segs).toHaveLength(nonZero.length);
    expect(segs.every((s) => s.value > 0 && s.height > 0)).toBe(true);
    // Spain has nothing in the 1980s, Germany and the UK nothing in 2010–2012.
    expect(segs.find((s) => s.period === '1982-1989' && s.country === 'ES')).toBeUndefined();
    expect(segs.find((s) => s.period === '2010-2012' && s.country === 'DE')).toBeUndefined();
  });

  it('summarises the totals for assistive technology and offers the numbers as a table', () => {
    render(GrowthChart, { props: { list: bundle.partnerships, bundle, countries } });
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toContain('1982–1989 27, 1991–1999 11, 2000–2007 30, 2010–2012 18, 2014–2017 48');
    const table = screen.getByTestId('growth-table');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows[0]).toEqual(['1982–1989', '4', '0', '14', '1', '7', '1', '27']);
    expect(rows.map((r) => r.at(-1))).toEqual(['27', '11', '30', '18', '48']);
  });

  it('has a legend naming each country next to its colour', () => {
    render(GrowthChart, { props: { list: bundle.partnerships, bundle, countries } });
    const items = [...document.querySelectorAll('.legend li')];
    expect(items.map((li) => li.textContent?.trim())).toEqual(['France', 'Spain', 'Germany', 'Poland', 'United Kingdom', 'Italy']);
    expect(items.every((li) => (li.querySelector('.swatch') as HTMLElement).style.background !== '')).toBe(true);
  });

  it('draws nothing for an empty list', () => {
    render(GrowthChart, { props: { list: [], bundle, countries } });
    expect(segments()).toHaveLength(0);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('1982–1989 0');
  });
});
