/**
 * The words of the current view, from the vocabulary (words/): its title and
 * subtitle (page, embed head, exports), the browser tab's title, the
 * one-sentence summary (screen readers, the map's description) and the
 * exports' file name. Pure.
 */
import type { EuCountry } from '../data/types.ts';
import type { ViewState } from '../state/url.ts';
import { summarizeView } from '../state/summary.ts';
import { pageTitle, viewSubtitle, viewTitle } from '../words/index.ts';

export interface ViewText {
  title: string;
  subtitle: string;
  /** The browser tab. */
  pageTitle: string;
  summary: string;
  /** Export file name without extension, e.g. `eu-china-partnerships-2014-2017-new`. */
  basename: string;
}

export interface ViewFigures {
  byCountry: readonly { country: EuCountry; count: number }[];
  names: Readonly<Record<string, string>>;
  /** The places by id (the selection's name). */
  places: ReadonlyMap<string, { name: string }>;
}

export function viewText(view: ViewState, f: ViewFigures): ViewText {
  const title = viewTitle(view.period);
  return {
    title,
    subtitle: viewSubtitle(view.period, view.mode),
    pageTitle: pageTitle(title),
    summary: summarizeView({
      period: view.period,
      mode: view.mode,
      byCountry: f.byCountry,
      names: f.names,
      countries: view.countries,
      statuses: view.statuses,
      selected: view.select ? (f.places.get(view.select)?.name ?? null) : null,
    }),
    basename: `eu-china-partnerships-${view.period}${view.period === 'all' ? '' : `-${view.mode}`}`,
  };
}
