/**
 * The page's own words: the app shell (loading, load error, no-WebGL notice),
 * the toolbar's buttons, the map region, the embed head, the page title and the
 * visible credit line. Titles and the credit line itself live in core.ts.
 */
import type { Status } from '../data/types.ts';
import { APP_NAME, ATTRIBUTION, attributionText, STATUS_WORD } from './core.ts';

export const LOADING = 'Loading the map…';

/** The load error, with the browser's reason. */
export const loadFailed = (reason: string) => `The atlas could not load its data. ${reason}`;

/** The map's detailed boundaries (asked for on zooming in) did not come: the map goes on with the simpler ones. */
export const fineGeoFailed = (reason: string) =>
  `The map's detailed boundaries could not be loaded, so simpler ones are shown. ${reason}`;

export const NO_WEBGL =
  'This browser cannot draw the interactive map (WebGL2 is unavailable or switched off), so a static drawing is shown: ' +
  'periods, filters, search and panels still work; zoom and pan do not.';

export const EMBED_BUTTON = 'Embed…';
export const PRESENT_BUTTON = 'Present';
export const DISMISS_NOTICE = 'Dismiss notice';
/** The button of a load error that fetches the data again. */
export const TRY_AGAIN = 'Try again';
/** The map stage's accessible name. */
export const MAP_REGION = 'Map';

/** The browser tab: 'EU–China partnerships: 1982–1989 · EU–China Partnership Atlas'. */
export const pageTitle = (viewTitle: string) => `${viewTitle} · ${APP_NAME}`;

/** The embed's line under its title. */
export const embedSubtitle = (viewSubtitle: string) =>
  `${viewSubtitle}: arcs join European regions (or their country, where the report names none) to Chinese partners.`;

/**
 * The credit line cut around the source's title, so the page can set the title
 * in a <cite>: before + cite + after is exactly attributionText().
 */
export function attributionParts(): { before: string; cite: string; after: string } {
  const text = attributionText();
  const at = text.indexOf(ATTRIBUTION.source);
  return { before: text.slice(0, at), cite: ATTRIBUTION.source, after: text.slice(at + ATTRIBUTION.source.length) };
}

/**
 * The view in sentences (the screen-reader summary): the head (core.ts
 * `summaryHead`), the countries' counts, the filters in force, the selection.
 */
export function summarySentences(v: {
  head: string;
  counts: readonly (readonly [name: string, n: number])[];
  countries: readonly string[];
  statuses: readonly Status[];
  selected?: string | null;
}): string {
  const filters: string[] = [];
  if (v.countries.length) filters.push(`countries: ${v.countries.join(', ')}`);
  if (v.statuses.length) filters.push(`status: ${v.statuses.map((s) => STATUS_WORD[s]).join(', ')}`);
  return [
    `${v.head}${v.counts.length ? ` (${v.counts.map(([name, n]) => `${name} ${n}`).join(', ')})` : ''}.`,
    filters.length ? `Filtered by ${filters.join('; ')}.` : '',
    v.selected ? `Selected: ${v.selected}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The map's own corner credits its boundaries only: the full line sits right under it. */
export const mapCredit = () => `Boundaries: ${ATTRIBUTION.boundaries}`;
