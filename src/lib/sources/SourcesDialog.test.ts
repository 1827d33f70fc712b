import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { atlasData } from '../data/selectors.ts';
import SourcesDialog from './SourcesDialog.svelte';
import PlacePanel from '../panels/PlacePanel.svelte';

const bundle = parseBundle(raw);
const data = atlasData(bundle);

describe('SourcesDialog', () => {
  it('lists the five documents with their full reference, address and what cites them; never a file name', () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    render(SourcesDialog, { data, docId: '003', onclose: vi.fn() });
    const entries = screen.getAllByTestId('source-entry');
    expect(entries.map((e) => e.dataset.doc)).toEqual(['000', '001', '002', '003', '004']);
    const report = entries[3];
    expect(within(report).getByRole('heading', { level: 3 }).textContent).toBe('Kamiński, Skorupska & Szczudlik (2019)');
    expect(report.textContent).toContain('ISBN 978-83-66091-33-7');
    expect(within(report).getByRole('link').getAttribute('href')).toBe('https://www.ceeol.com/search/book-detail?id=843824');
    expect(report.textContent).toMatch(/\d+ partnership records/);
    // The booklet prints no publisher: it says so instead of an address.
    expect(entries[2].textContent).toContain('No address');
    expect(entries[2].textContent).toContain('44 IURC profiles');
    expect(screen.getByTestId('sources-dialog').textContent).not.toMatch(/\.txt/);
    // About: the survey's coverage (Table 3 as printed), the periods and their gaps, every disagreement, a glossary.
    const about = screen.getByTestId('about-atlas');
    expect(within(screen.getByTestId('survey-table')).getAllByRole('row')).toHaveLength(1 + 5 + 1); // header, five countries, total
    expect(about.textContent).toContain('No table covers 1990, 2008–2009 and 2013');
    expect(within(screen.getByTestId('disagreements')).getAllByRole('listitem')).toHaveLength(bundle.contradictions.length);
    expect([...screen.getByTestId('glossary').querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Confidence', 'Counted', 'Country anchor', 'Unattributed']);
    // How to cite the atlas itself: its version and the date of its data (CITATION.cff).
    expect(screen.getByTestId('cite-atlas').textContent).toMatch(
      /^EU–China Partnership Atlas, version \d+\.\d+\.\d+, data of \d{1,2} \w+ \d{4}\. Drawn from Kamiński, Skorupska & Szczudlik \(2019\) and IURC 2021–2023 booklet\.$/,
    );
  });
});

describe('no repository file name in a place panel', () => {
  it('holds for every place of the bundle', { timeout: 30_000 }, () => {
    const offenders: string[] = [];
    for (const place of bundle.places) {
      const { container, unmount } = render(PlacePanel, { props: { data, placeId: place.id, onselect: vi.fn() } });
      if (/\.txt\b|\d{3}_[0-9a-f]{6}/.test(container.textContent ?? '')) offenders.push(place.id);
      unmount();
    }
    expect(bundle.places.length).toBeGreaterThan(150);
    expect(offenders).toEqual([]);
  });
});
