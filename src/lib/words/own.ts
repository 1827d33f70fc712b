/**
 * The words of a reader's own data (issue 18, src/lib/own/): the dialog that opens a file, the mapping of
 * columns, the rows waiting for a place, the bar that says the map shows the reader's data, and what a
 * reader's bundle says of itself (its source, its story). Numbers and names come from the reading.
 */
import * as m from '../i18n/generated/m/own.js';
import { partnershipCount } from './core.ts';

// The shapes worded here, as own/ defines them (the words are a floor below own/ and do not import it).
type Field = 'eu_place' | 'cn_place' | 'year' | 'status' | 'source' | 'eu_country' | 'note' | 'eu_lon' | 'eu_lat' | 'cn_lon' | 'cn_lat';
type Delimiter = ',' | ';' | '\t';
type NotText = 'png' | 'jpeg' | 'gif' | 'webp' | 'pdf' | 'zip' | 'xls' | 'binary';
type Refusal =
  | { reason: 'empty' }
  | { reason: 'not-text'; what: NotText }
  | { reason: 'open-quote'; line: number }
  | { reason: 'no-rows' }
  | { reason: 'too-many-rows'; rows: number; limit: number }
  | { reason: 'failed'; message: string };
type Problem = { side: 'eu' | 'cn'; cell: string; reason: 'unknown' | 'empty' | 'ambiguous' | 'no-country' };
/** What a reader's bundle says of itself (own/bundle.ts OwnWords). */
interface OwnWords {
  reference: (file: string) => string;
  countryName: (id: string) => string;
  storyAll: (n: number) => { title: string; caption: string };
  storyPeriod: (label: string, n: number) => { title: string; caption: string };
}

export * from './own-bar.ts';
import { countText as count } from './numbers.ts';

export const OWN_DIALOG_TITLE = m.own_dialog_title();
export const OWN_INTRO = m.own_intro();
export const OWN_CHOOSE_FILE = m.own_choose_file();
export const OWN_DROP_HINT = m.own_drop_hint();
export const OWN_PASTE_LABEL = m.own_paste_label();
export const OWN_PASTE_READ = m.own_paste_read();
export const OWN_PASTED_NAME = m.own_pasted_name();
export const OWN_TEMPLATE = m.own_template();
export const OWN_TEMPLATE_TEXT = m.own_template_text();
export const OWN_HOSTING = m.own_hosting();
export const ownReading = (name: string, done: number, total: number) => (total > 0 ? m.own_reading({ name, done: count(done), total: count(total) }) : m.own_reading_start({ name }));

const NOT_TEXT: Record<Exclude<NotText, 'binary'>, string> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF', webp: 'WebP', pdf: 'PDF', zip: 'ZIP (XLSX)', xls: 'Excel (XLS)' };

/** Why a file was not read, in a sentence that names it. */
export function ownRefusal(name: string, r: Refusal): string {
  switch (r.reason) {
    case 'empty':
      return m.own_refused_empty({ name });
    case 'not-text':
      return r.what === 'binary' ? m.own_refused_binary({ name }) : m.own_refused_not_text({ name, what: NOT_TEXT[r.what] });
    case 'open-quote':
      return m.own_refused_open_quote({ name, line: r.line });
    case 'no-rows':
      return m.own_refused_no_rows({ name });
    case 'too-many-rows':
      return m.own_refused_too_many({ name, rows: count(r.rows), limit: count(r.limit) });
    case 'failed':
      return m.own_refused_failed({ name, message: r.message });
  }
}
export const ownHostedForeign = (url: string) => m.own_hosted_foreign({ url });
export const ownHostedFailed = (url: string, message: string) => m.own_hosted_failed({ url, message });
export const OWN_LINK_DAMAGED = m.own_link_damaged();
export const OWN_TRY_ANOTHER = m.own_try_another();

export const OWN_MAPPING_HEADING = m.own_mapping_heading();
export const ownMappingText = (name: string) => m.own_mapping_text({ name });
export const OWN_MAPPING_NONE = m.own_mapping_none();
export const ownMappingMissing = (fields: readonly Field[]) => m.own_mapping_missing({ fields: fields.map(fieldLabel).join(', ') });
export const OWN_MAPPING_USE = m.own_mapping_use();
export function fieldLabel(f: Field): string {
  switch (f) {
    case 'eu_place':
      return m.own_field_eu_place();
    case 'cn_place':
      return m.own_field_cn_place();
    case 'year':
      return m.own_field_year();
    case 'status':
      return m.own_field_status();
    case 'source':
      return m.own_field_source();
    case 'eu_country':
      return m.own_field_eu_country();
    case 'note':
      return m.own_field_note();
    case 'eu_lon':
      return m.own_field_eu_lon();
    case 'eu_lat':
      return m.own_field_eu_lat();
    case 'cn_lon':
      return m.own_field_cn_lon();
    case 'cn_lat':
      return m.own_field_cn_lat();
  }
}

export const ownCounts = (c: { rows: number; placed: number; fixed: number; skipped: number; waiting: number }) =>
  m.own_counts({ rows: count(c.rows), placed: count(c.placed), fixed: count(c.fixed), skipped: count(c.skipped), waiting: count(c.waiting) });
const delimiterName = (d: Delimiter) => (d === ',' ? m.own_delimiter_comma() : d === ';' ? m.own_delimiter_semicolon() : m.own_delimiter_tab());
export const ownEncoding = (encoding: string, delimiter: Delimiter) => m.own_encoding({ encoding: encoding.toUpperCase(), delimiter: delimiterName(delimiter) });
export const OWN_GROUPING_LABEL = m.own_grouping_label();
export const OWN_GROUPING = { report: m.own_grouping_report(), decade: m.own_grouping_decade(), year: m.own_grouping_year() } as const;
export const ownApart = (a: { undated: number; unreadable: number; outside: number; across: number }) =>
  m.own_apart({ undated: count(a.undated), unreadable: count(a.unreadable), outside: count(a.outside), across: count(a.across) });
export const ownApproximate = (n: number) => m.own_approximate({ count: count(n) });
export const ownDuplicatesHeading = (n: number) => m.own_duplicates_heading({ count: count(n) });
export const ownDuplicateOf = (line: number, earlier: number) => m.own_duplicate_of({ line, earlier });
export const ownWaitingHeading = (n: number) => m.own_waiting_heading({ count: count(n) });
export const OWN_ALL_PLACED = m.own_all_placed();
export const ownMore = (n: number, left: number) => m.own_more({ n: count(n), left: count(left) });
export const ownRow = (line: number) => m.own_row({ line });
export const ownSide = (side: 'eu' | 'cn') => (side === 'eu' ? m.own_field_eu_place() : m.own_field_cn_place());
export function ownProblem(p: Problem): string {
  const side = ownSide(p.side);
  switch (p.reason) {
    case 'unknown':
      return m.own_reason_unknown({ side, cell: p.cell });
    case 'empty':
      return m.own_reason_empty({ side });
    case 'ambiguous':
      return m.own_reason_ambiguous({ side, cell: p.cell });
    case 'no-country':
      return m.own_reason_no_country({ side, cell: p.cell });
  }
}
export const ownSearchLabel = (side: 'eu' | 'cn') => m.own_search_label({ side: ownSide(side) });
export const OWN_SEARCH_NONE = m.own_search_none();
export const ownChosen = (name: string) => m.own_chosen({ name });
export const OWN_SKIP = m.own_skip();
export const OWN_UNDO = m.own_undo();
export const OWN_SKIPPED = m.own_skipped();
export const OWN_SHOW = m.own_show();
export const OWN_CLOSE = m.own_close();
export const OWN_SHARE = m.own_share();
export const OWN_SHARE_DONE = m.own_share_done();
export const ownShareTooLarge = (length: number, limit: number) => m.own_share_too_large({ length: count(length), limit: count(limit) });
export const OWN_GEONAMES = m.own_geonames();

/** What a reader's bundle says of itself (own/bundle.ts), in the page's language. */
export function ownWords(locale: string): OwnWords {
  const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : null;
  return {
    reference: (file) => m.own_reference({ file }),
    countryName: (id) => names?.of(id) ?? id,
    storyAll: (n) => ({ title: m.own_story_all_title(), caption: m.own_story_all_caption({ partnerships: partnershipCount(n) }) }),
    storyPeriod: (label, n) => ({ title: label, caption: m.own_story_period_caption({ partnerships: partnershipCount(n), period: label }) }),
  };
}
