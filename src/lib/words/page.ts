/**
 * The page's own words: the app shell (loading, load error, no-WebGL notice),
 * the toolbar's buttons, the map region, the embed head, the page title and the
 * visible credit line. Titles and the credit line itself live in core.ts.
 */
import type { Status } from '../data/types.ts';
import { APP_NAME, ATTRIBUTION, attributionText, STATUS_WORD } from './core.ts';
import { locale } from '../i18n/active.ts';
import * as m from '../i18n/generated/m/page.js';
import { plainList } from './lists.ts';
import { countText } from './numbers.ts';

export const LOADING = m.page_loading();
/** The toolbar's and the credit line's buttons to the two dialogs (the dialogs' own words load with them). */
export const DOWNLOAD_BUTTON = m.page_download_button();
export const SOURCES_BUTTON = m.page_sources_button();

/** The load error, with the browser's reason. */
export const loadFailed = (reason: string) => m.page_load_failed({ reason });

/** The map's detailed boundaries (asked for on zooming in) did not come: the map goes on with the simpler ones. */
export const fineGeoFailed = (reason: string) => m.page_fine_geo_failed({ reason });

export const NO_WEBGL = m.page_no_webgl();

export const EMBED_BUTTON = m.page_embed_button();
export const PRESENT_BUTTON = m.page_present_button();
export const DISMISS_NOTICE = m.page_dismiss_notice();
/** The button of a load error that fetches the data again. */
export const TRY_AGAIN = m.page_try_again();
/** The map stage's accessible name. */
export const MAP_REGION = m.page_map_region();

/** The browser tab: 'EU–China partnerships: 1982–1989 · EU–China Partnership Atlas'. */
export const pageTitle = (viewTitle: string) => m.page_title({ view: viewTitle, app: APP_NAME });

/** The embed's line under its title. */
export const embedSubtitle = (viewSubtitle: string) => m.page_embed_subtitle({ subtitle: viewSubtitle });

/**
 * The credit line cut around the source's title, so the page can set the title
 * in a <cite>: before + cite + after is exactly attributionText().
 */
export function attributionParts(ownFile?: string): { before: string; cite: string; after: string } {
  const text = attributionText(ownFile);
  const title = ownFile ?? ATTRIBUTION.source;
  const at = text.indexOf(title);
  return { before: text.slice(0, at), cite: title, after: text.slice(at + title.length) };
}

/** A filter's names, 'France, Spain' (English as it always was; Intl's English would add 'and'). */
const list = (items: readonly string[]) => plainList(items);
/** The countries' counts in brackets, 'Italy 20, Germany 3' (in Chinese with 、, no 和 before the last). */
const countList = (items: readonly string[]) => plainList(items, { style: 'narrow' });
/** Between two sentences: a space, none in Chinese (its full stop 。 is full width). */
const SENTENCE_GAP = locale === 'zh-Hans' ? '' : ' ';

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
  const counts = v.counts.map(([name, n]) => `${name} ${countText(n)}`);
  const countries = list(v.countries);
  const statuses = list(v.statuses.map((s) => STATUS_WORD[s]));
  return [
    counts.length ? m.page_summary_head_counts({ head: v.head, counts: countList(counts) }) : m.page_summary_head({ head: v.head }),
    v.countries.length && v.statuses.length
      ? m.page_summary_filter_both({ countries, statuses })
      : v.countries.length
        ? m.page_summary_filter_countries({ countries })
        : v.statuses.length
          ? m.page_summary_filter_statuses({ statuses })
          : '',
    v.selected ? m.page_summary_selected({ name: v.selected }) : '',
  ]
    .filter(Boolean)
    .join(SENTENCE_GAP);
}

/** The map's own corner credits its boundaries only: the full line sits right under it. */
export const mapCredit = () => m.page_map_credit({ boundaries: ATTRIBUTION.boundaries });
