/** Numbers as the page's language writes them, in one place: 143; 100,000 (a reader's own list); 100 000 in Polish. */
import { locale } from '../i18n/active.ts';

const numbers = new Intl.NumberFormat(locale);

/** A count as the page's language writes it. */
export const countText = (n: number) => numbers.format(n);
