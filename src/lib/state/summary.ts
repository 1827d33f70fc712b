/**
 * A one-sentence text summary of the view, for screen readers (announced
 * politely when it changes) and as the map's accessible description.
 */
import type { EuCountry, PeriodSelection, Status } from '../data/types.ts';
import { PERIODS } from '../data/types.ts';

export interface SummaryInput {
  period: PeriodSelection;
  mode: 'new' | 'cumulative';
  byCountry: readonly { country: EuCountry; count: number }[];
  names: Readonly<Record<string, string>>;
  /** Filters in force (empty: none). */
  countries: readonly EuCountry[];
  statuses: readonly Status[];
  /** Name of the selected place, if any. */
  selected?: string | null;
}

const STATUS_WORD: Record<Status, string> = { active: 'active', 'not-active': 'not active', ended: 'ended', unknown: 'status not stated' };

export function summarizeView(v: SummaryInput): string {
  const total = v.byCountry.reduce((n, c) => n + c.count, 0);
  const noun = total === 1 ? 'partnership' : 'partnerships';
  let head: string;
  if (v.period === 'all') head = `All periods: ${total} ${noun}`;
  else {
    const p = PERIODS.find((x) => x.id === v.period)!;
    head = v.mode === 'new' ? `${p.start}–${p.end}: ${total} new ${noun}` : `Up to ${p.end}: ${total} ${noun}`;
  }
  const parts = [...v.byCountry]
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((c) => `${v.names[c.country] ?? c.country} ${c.count}`);
  const filters: string[] = [];
  if (v.countries.length) filters.push(`countries: ${v.countries.map((c) => v.names[c] ?? c).join(', ')}`);
  if (v.statuses.length) filters.push(`status: ${v.statuses.map((s) => STATUS_WORD[s]).join(', ')}`);
  return [
    `${head}${parts.length ? ` (${parts.join(', ')})` : ''}.`,
    filters.length ? `Filtered by ${filters.join('; ')}.` : '',
    v.selected ? `Selected: ${v.selected}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
