import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import PeriodPanel from './PeriodPanel.svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { atlasData, cumulativeTable, inPeriod, periodTable, printedTable } from '../data/selectors.ts';
import { PERIOD_IDS } from '../data/types.ts';

const bundle = parseBundle(raw);
const data = atlasData(bundle);

describe('PeriodPanel', () => {
  it.each(PERIOD_IDS)('shows the computed table of %s with the printed grand total beside it', (period) => {
    render(PeriodPanel, { props: { data, period } });
    const computed = periodTable(bundle, period);
    const table = screen.getByTestId('period-table');
    expect(table.querySelector('caption')?.textContent).toMatch(new RegExp(`^\\s*Table ${computed.table}\\. Partnerships`));
    expect(table.querySelector('caption')?.textContent).toContain('(computed from the data)');
    expect(screen.getByTestId('computed-total').textContent).toBe(String(computed.total));
    expect(table.querySelectorAll('tbody tr')).toHaveLength(computed.rows.length);
    // What a screen reader reads for each column (the ISO code shown in a narrow panel is hidden from it).
    const headers = [...table.querySelectorAll('thead th')].map((th) => (th.querySelector('.iso-name') ?? th).textContent?.trim());
    expect(headers).toEqual(['Chinese partner', 'France', 'Spain', 'Germany', 'Poland', 'United Kingdom', 'Italy', 'Total']);
    const codes = [...table.querySelectorAll('thead th .iso-code')];
    expect(codes.map((c) => [c.textContent, c.getAttribute('aria-hidden')])).toEqual(['FR', 'ES', 'DE', 'PL', 'GB', 'IT'].map((c) => [c, 'true']));
    const printed = printedTable(bundle.printedCells, computed.table!).get('Total')?.get('Total') ?? null;
    const shown = screen.getByTestId('printed-total').textContent ?? '';
    expect(shown).toContain('printed:');
    if (printed === null) expect(shown).toContain('missing from our copy of the report');
    else expect(shown).toContain(`printed: ${printed}`);
  });

  it('prints 2014–2017 as 48 (printed 48) and notes the text’s 47', () => {
    render(PeriodPanel, { props: { data, period: '2014-2017' } });
    expect(screen.getByTestId('computed-total').textContent).toBe('48');
    expect(screen.getByTestId('printed-total').textContent?.trim()).toBe('printed: 48');
    const notes = screen.getAllByTestId('contradiction').map((n) => n.textContent ?? '');
    const note = notes.find((t) => t.includes('2014–2017') && t.includes('47'));
    expect(note).toBeDefined();
    expect(note).toContain('48');
    expect(note).toContain('Kamiński, Skorupska & Szczudlik (2019), §1.3.1');
    expect(note).toContain('Kamiński, Skorupska & Szczudlik (2019), Table 8');
  });

  it('leaves empty cells blank, as the report prints them', () => {
    render(PeriodPanel, { props: { data, period: '1982-1989' } });
    const table = screen.getByTestId('period-table');
    const anhui = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === 'Anhui')!;
    const cells = [...anhui.querySelectorAll('td')].map((td) => td.textContent?.trim());
    // France, Spain, Germany, Poland, UK, Italy, Total
    expect(cells).toEqual(['', '', '1', '', '', '', '1']);
    expect(table.textContent).not.toMatch(/\b0\b/);
  });

  it('marks the 1980s grand total as missing from our copy of the report and notes the text’s 27', () => {
    render(PeriodPanel, { props: { data, period: '1982-1989' } });
    expect(screen.getByTestId('computed-total').textContent).toBe('27');
    expect(screen.getByTestId('period-table').querySelectorAll('td[data-reading="missing"]')).toHaveLength(1);
    expect(screen.getByTestId('footnote-missing')).toBeTruthy();
    expect(screen.getAllByTestId('contradiction').some((n) => n.textContent?.includes('grand total of Table 4'))).toBe(true);
  });

  it('marks the 2010–2012 cells whose country our copy of the report does not show, visually and in text', () => {
    render(PeriodPanel, { props: { data, period: '2010-2012' } });
    const table = screen.getByTestId('period-table');
    const expected = bundle.printedCells.filter((c) => c.table === 7 && c.reading === 'unrecoverable');
    const marked = table.querySelectorAll('td[data-reading="unrecoverable"]');
    expect(expected.length).toBeGreaterThan(0);
    expect(marked).toHaveLength(expected.length);
    for (const td of marked) {
      expect(td.classList.contains('flagged')).toBe(true);
      expect(td.querySelector('sup')?.textContent).toBe('*');
      expect(td.textContent).toContain('country not shown in our copy of the report');
    }
    const hk = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === 'Hong Kong')!;
    expect(within(hk as HTMLElement).getAllByText('(country not shown in our copy of the report)')).toHaveLength(2);
    expect(screen.getByTestId('footnote-unrecoverable').textContent).toContain(
      'Our copy of the report does not show which country this cell belongs to; placed so that the printed totals hold',
    );
  });

  it('shows no markers where every cell was read as printed or inferred', () => {
    render(PeriodPanel, { props: { data, period: '2000-2007' } });
    expect(screen.getByTestId('period-table').querySelectorAll('td.flagged')).toHaveLength(0);
    expect(screen.queryByTestId('footnote-unrecoverable')).toBeNull();
  });

  it('in cumulative mode adds the tables up to the period, with their printed totals summed', () => {
    render(PeriodPanel, { props: { data, period: '2000-2007', mode: 'cumulative' } });
    const table = screen.getByTestId('period-table');
    expect(table.querySelector('caption')?.textContent).toMatch(/^\s*Tables 4–6 added up\./);
    // The same partnerships as the map's cumulative view: 27 + 11 + 30.
    expect(screen.getByTestId('computed-total').textContent).toBe(String(inPeriod(bundle.partnerships, '2000-2007', 'cumulative').length));
    expect(screen.getByTestId('computed-total').textContent).toBe('68');
    const sum = cumulativeTable(bundle, '2000-2007');
    expect(sum.tables).toEqual([4, 5, 6]);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(sum.rows.length);
    // Shanghai's row adds its rows of Tables 4–6.
    const shanghai = [4, 5, 6].map((t) => periodTable(bundle, (['1982-1989', '1991-1999', '2000-2007'] as const)[t - 4]).rows.find((r) => r.label === 'Shanghai')?.total ?? 0);
    expect(sum.rows.find((r) => r.label === 'Shanghai')!.total).toBe(shanghai.reduce((a, b) => a + b, 0));
    // Table 4's printed total is missing from our copy, so the sum of printed totals is too.
    expect(screen.getByTestId('printed-total').textContent).toContain('missing from our copy of the report');
  });

  it('in cumulative mode for the first period is that period’s own table', () => {
    render(PeriodPanel, { props: { data, period: '1982-1989', mode: 'cumulative' } });
    expect(screen.getByTestId('period-table').querySelector('caption')?.textContent).toMatch(/^\s*Table 4\. Partnerships/);
  });
  it('on a period step reads as a fresh panel of the new period, reusing its rows and notes rather than rebuilding them', async () => {
    const fresh = render(PeriodPanel, { props: { data, period: '1982-1989' } });
    const want = {
      rows: [...fresh.getByTestId('period-table').querySelectorAll('tr')].map((tr) => tr.textContent),
      notes: fresh.getAllByTestId('contradiction').map((n) => n.textContent),
    };
    fresh.unmount();
    const r = render(PeriodPanel, { props: { data, period: '2014-2017' } });
    const firstRow = r.getByTestId('period-table').querySelector('tbody tr');
    const firstNote = r.getAllByTestId('contradiction')[0];
    await r.rerender({ data, period: '1982-1989' });
    expect([...r.getByTestId('period-table').querySelectorAll('tr')].map((tr) => tr.textContent)).toEqual(want.rows);
    expect(r.getAllByTestId('contradiction').map((n) => n.textContent)).toEqual(want.notes);
    expect(r.getByTestId('period-table').querySelector('tbody tr')).toBe(firstRow);
    expect(r.getAllByTestId('contradiction')[0]).toBe(firstNote);
  });
});
