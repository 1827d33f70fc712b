/**
 * The bundle in the reader's language, made once when it loads, so that every view, label, export and sentence
 * that shows `place.name`, `country.name` or a story step's words shows them in that language without knowing it.
 *
 * - **Places and countries** take their name from `bundle.names` (seeds/names/names.csv, each name sourced there).
 *   A Chinese place's characters come from the place itself (`zh`). Where a language has no name of its own, the
 *   English name stays and `nameLang` says so, so that the page can tag it (`lang="en"`): the exceptions are Polish
 *   places in Polish (their name is Polish) and Chinese provinces and cities in Polish, which Polish writes in pinyin
 *   like English does (seeds/names/NOTES.md).
 * - **Search** finds a place by every name it has, in every language: the names it does not show become aliases.
 * - **The map's region labels** follow (nameLabels).
 * - **The presenter's story** takes its steps' titles and captions in the language (seeds/report/story.i18n.csv).
 *
 * In English only the aliases grow. Pure: the bundle given is not changed.
 */
import type { Locale } from '../i18n/locale.ts';
import type { FeatureCollection, Point } from 'geojson';
import type { Bundle, Country, Place } from './types.ts';

type Other = Exclude<Locale, 'en'>;

/** The place's name in `locale`, and the language of that name when it is not the page's. */
export function placeName(place: Place, names: Bundle['names'], locale: Other): { name: string; lang?: string } {
  const own = names[locale][place.id];
  if (own) return { name: own };
  if (locale === 'zh-Hans' && place.zh) return { name: place.zh };
  if (locale === 'pl') {
    if (place.country === 'PL' && place.localName) return { name: place.localName };
    if (place.kind === 'cn-province' || place.kind === 'cn-city') return { name: place.name };
  }
  return { name: place.name, lang: 'en' };
}

/** The names a place is not shown by, for search: English, Chinese and Polish, without repeats. */
function aliases(p: Place, shown: string, names: Bundle['names']): string[] {
  const known = new Set([shown, p.zh, p.localName, ...p.aliases]);
  const more = [p.name, names['zh-Hans'][p.id], names.pl[p.id]].filter((n): n is string => !!n && !known.has(n));
  return [...p.aliases, ...new Set(more)];
}

export function inLanguage(bundle: Bundle, locale: Locale): Bundle {
  const { names } = bundle;
  if (locale === 'en') return { ...bundle, places: bundle.places.map((p) => ({ ...p, aliases: aliases(p, p.name, names) })) };
  const places: Place[] = bundle.places.map((p) => {
    const { name, lang } = placeName(p, names, locale);
    return { ...p, name, nameEn: p.name, ...(lang ? { nameLang: lang } : {}), aliases: aliases(p, name, names) };
  });
  const countries: Country[] = bundle.countries.map((c) => {
    const own = names[locale][c.id];
    return own ? { ...c, name: own, nameEn: c.name } : { ...c, nameEn: c.name, nameLang: 'en' };
  });
  const story = bundle.story.map((s) => {
    const t = s.translations?.[locale];
    return t ? { ...s, title: t.title, caption: t.caption } : s;
  });
  return { ...bundle, places, countries, story };
}

/**
 * The map's region labels in the reader's language: a unit's label takes its place's name in that language (the
 * bundle already in it), else the unit's own name from `bundle.names`, else stays English. English: unchanged.
 * The labels are renamed where they are: the geometry has just been loaded and is the app's own, and the app
 * knows its first, coarse geometry by identity (first/geo.ts).
 */
export function nameLabels(geo: { labels: FeatureCollection<Point, { id: string; name: string }> }, bundle: Bundle, locale: Locale): void {
  if (locale === 'en') return;
  const places = new Map(bundle.places.map((p) => [p.id, p]));
  const own = bundle.names[locale];
  for (const f of geo.labels.features) f.properties.name = places.get(f.properties.id)?.name ?? own[f.properties.id] ?? f.properties.name;
}
