/**
 * Lists of words, in one place. English keeps the atlas's own lists, as they always read: 'a, b and c' (no Oxford
 * comma, which Intl's English would add), and plain 'a, b' where a list never had a last word. Chinese and Polish
 * take the language's own list from Intl ('A、B和C', 'A, B i C'; 'A、B或C', 'A, B lub C').
 */
import { locale } from '../i18n/active.ts';

type Options = { type?: Intl.ListFormatType; style?: Intl.ListFormatStyle; sep?: string };
const intl = (xs: readonly string[], type: Intl.ListFormatType, style: Intl.ListFormatStyle = 'long') =>
  new Intl.ListFormat(locale, { type, style }).format(xs);
const series = (xs: readonly string[], last: string) =>
  xs.length > 1 ? `${xs.slice(0, -1).join(', ')} ${last} ${xs.at(-1)}` : (xs[0] ?? '');

/** 'Spain, Italy and France'. */
export const andList = (xs: readonly string[]): string => (locale === 'en' ? series(xs, 'and') : intl(xs, 'conjunction'));
/** 'Spain, Italy or France'. */
export const orList = (xs: readonly string[]): string => (locale === 'en' ? series(xs, 'or') : intl(xs, 'disjunction'));
/** In English, joined by `sep` (', ' unless given) with no last word; in the others, their own list of `type` and `style`. */
export const plainList = (xs: readonly string[], { type = 'conjunction', style = 'long', sep = ', ' }: Options = {}): string =>
  locale === 'en' ? xs.join(sep) : intl(xs, type, style);
