/**
 * A sentence in the page's language that names a place in another (an English name in a Chinese or Polish page,
 * where the language has no name of its own): the sentence cut into runs, each name of another language a run
 * with its `lang`, so that a screen reader speaks it in its own language. Pure.
 */
export interface Run {
  text: string;
  lang?: string;
}

/** Cuts `text` at every occurrence of each name that has a `nameLang` (longest names first, so none is cut inside another). */
export function tagNames(text: string, names: readonly { name: string; nameLang?: string }[]): Run[] {
  const foreign = names.filter((n): n is { name: string; nameLang: string } => !!n.nameLang && n.name.length > 0).sort((a, b) => b.name.length - a.name.length);
  let runs: Run[] = [{ text }];
  for (const { name, nameLang } of foreign) {
    runs = runs.flatMap((r) => {
      if (r.lang) return [r];
      const parts = r.text.split(name);
      return parts.flatMap((part, i) => [...(i > 0 ? [{ text: name, lang: nameLang }] : []), ...(part ? [{ text: part }] : [])]);
    });
  }
  return runs;
}
