/**
 * A one-sentence text summary of the view, for screen readers (announced
 * politely when it changes) and as the map's accessible description.
 */
import type { EuCountry, PeriodMode, PeriodSelection, Status } from '../data/types.ts';
import { summaryHead, summarySentences } from '../words/index.ts';

export interface SummaryInput {
  period: PeriodSelection;
  mode: PeriodMode;
  byCountry: readonly { country: EuCountry; count: number }[];
  names: Readonly<Record<string, string>>;
  /** Filters in force (empty: none). */
  countries: readonly EuCountry[];
  statuses: readonly Status[];
  /** Name of the selected place, if any. */
  selected?: string | null;
}

export function summarizeView(v: SummaryInput): string {
  const total = v.byCountry.reduce((n, c) => n + c.count, 0);
  const name = (c: string) => v.names[c] ?? c;
  return summarySentences({
    head: summaryHead(v.period, v.mode, total),
    counts: [...v.byCountry]
      .filter((c) => c.count > 0)
      .sort((a, b) => b.count - a.count)
      .map((c) => [name(c.country), c.count] as const),
    countries: v.countries.map(name),
    statuses: v.statuses,
    selected: v.selected,
  });
}
