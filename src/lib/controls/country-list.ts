/**
 * The legend's countries when there are many (a reader's own list: dozens): the first COUNTRIES_SHOWN in column
 * order, and any country the filter names, then a button for the rest, so that the legend stays off most of the
 * map. Nine or fewer are all listed (a button for one more would save nothing). Pure.
 */
export const COUNTRIES_SHOWN = 8;

export function listedCountries<T extends { country: string }>(counts: readonly T[], filter: readonly string[], all: boolean): readonly T[] {
  return all || counts.length <= COUNTRIES_SHOWN + 1 ? counts : counts.filter((c, i) => i < COUNTRIES_SHOWN || filter.includes(c.country));
}
