import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import OverviewPanel from './OverviewPanel.svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { atlasData, countByStatus, countryBreakdown, inPeriod, provinceRanking } from '../data/selectors.ts';
import { EU_COUNTRIES } from '../data/types.ts';

const bundle = parseBundle(raw);
const data = atlasData(bundle);
const counted = inPeriod(bundle.partnerships, 'all', 'new');

describe('OverviewPanel', () => {
  it('ranks the provinces as Table 9 does: Shandong 16, Shanghai 13, Jiangsu 12', () => {
    render(OverviewPanel, { props: { data, onselect: vi.fn() } });
    const rows = [...screen.getByTestId('province-ranking').querySelectorAll('tbody tr')];
    const top = rows.slice(0, 3).map((tr) => [tr.querySelector('th')?.textContent?.trim(), tr.querySelector('[data-testid="province-total"]')?.textContent]);
    expect(top).toEqual([
      ['Shandong', '16'],
      ['Shanghai', '13'],
      ['Jiangsu', '12'],
    ]);
    expect(rows).toHaveLength(provinceRanking(bundle).length);
    // Shandong has one partnership no EU country can be given for.
    expect(rows[0].textContent).toContain('1 not attributable to a country');
    expect(rows[1].textContent).not.toContain('not attributable');
  });

  it('sets the ranking’s sum of 147 beside the text’s 146, with the explanation', () => {
    render(OverviewPanel, { props: { data } });
    const note = screen.getByTestId('ranking-sum').textContent ?? '';
    expect(note).toContain('147');
    expect(note).toContain('146');
    expect(note).toContain('Table 9 adds up to one more than the headline total');
    expect(note).toContain('Kamiński, Skorupska & Szczudlik (2019), Table 9');
  });

  it('calls onselect with the province id when a province is chosen', () => {
    const onselect = vi.fn();
    render(OverviewPanel, { props: { data, onselect } });
    screen.getByRole('button', { name: 'Jiangsu' }).click();
    expect(onselect).toHaveBeenCalledExactlyOnceWith('CN-JS');
    screen.getByRole('button', { name: 'Hong Kong' }).click();
    expect(onselect).toHaveBeenLastCalledWith('CN-HK');
  });

  it('shows the totals by EU country from countryBreakdown', () => {
    render(OverviewPanel, { props: { data } });
    const table = screen.getByTestId('country-totals');
    for (const { country, count } of countryBreakdown(counted, EU_COUNTRIES)) {
      expect(table.querySelector(`td[data-country="${country}"]`)?.textContent).toBe(String(count));
    }
    expect(screen.getByTestId('counted-total').textContent).toBe(String(counted.length));
  });

  it('shows status counts from the data beside the report’s 146 / 77%', () => {
    render(OverviewPanel, { props: { data } });
    const byStatus = countByStatus(counted);
    const table = screen.getByTestId('status-totals');
    for (const s of ['active', 'not-active', 'ended', 'unknown']) {
      expect(table.querySelector(`td[data-status="${s}"]`)?.textContent).toBe(String(byStatus.get(s) ?? 0));
    }
    const report = screen.getByTestId('report-statement').textContent ?? '';
    expect(report).toContain('146 partnerships');
    expect(report).toContain('77% declared active');
    const note = screen.getByTestId('status-note').textContent ?? '';
    expect(note).toContain('only where the report states it');
    const active = byStatus.get('active') ?? 0;
    expect(note).toContain(`${Math.round((100 * active) / counted.length)}% of all`);
  });

  it('charts the counted partnerships per period (Figure 6)', () => {
    render(OverviewPanel, { props: { data } });
    const label = screen.getByRole('img').getAttribute('aria-label') ?? '';
    expect(label).toContain('1982–1989 27, 1991–1999 11, 2000–2007 30, 2010–2012 18, 2014–2017 48');
  });

  it('lists provinces as plain text when nothing listens for a choice', () => {
    render(OverviewPanel, { props: { data } });
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('shows how the totals add up: 134 + 9 = 143 drawn, + 4 = 147 in Table 9, the text says 146', () => {
    render(OverviewPanel, { props: { data } });
    const steps = [...screen.getByTestId('totals-breakdown').querySelectorAll('li')].map((li) => li.textContent);
    expect(steps[0]).toBe('134 in the period tables (Tables 4–8)');
    expect(steps[1]).toContain('+ 9 counted only in the province ranking (Table 9), with no period = 143 drawn');
    expect(steps[2]).toContain('+ 4 Table 9 counts that cannot be tied to an EU country = 147');
    expect(steps[3]).toBe('The report’s text says 146.');
    // The sum follows the records: drawn is what the map shows under All.
    expect(inPeriod(bundle.partnerships, 'all', 'new')).toHaveLength(143);
  });
});
