/**
 * The bundle in the reader's language, made once when it loads, so that every view, label, export and sentence
 * that shows `place.name`, `country.name` or a story step's words shows them in that language without knowing it.
 *
 * - **Places and countries** take their name from `bundle.names` (seeds/names/names.csv, each name sourced there).
 *   A Chinese place's characters come from the place itself (`zh`). Where a language has no name of its own, the
 *   English name stays and `nameLang` says so, so that the page can tag it (`lang="en"`): the exceptions are Polish
 *   places in Polish (their name is Polish) and Chinese provinces and cities in Polish, which Polish writes in pinyin
 *   like English does (seeds/names/NOTES.md).
 * - **Search** finds a place by its English name too (an alias); by its names in the other languages, from
 *   `bundle.names` (controls/search-index.ts), in English as well.
 * - **The map's region labels** follow (nameLabels).
 * - **The presenter's story** takes its steps' titles and captions in the language (seeds/report/story.i18n.csv).
 *
 * Only a Chinese or Polish reader's page loads this module: English is the bundle as it is. Pure: the bundle given is
 * not changed.
 */
import type { Locale } from '../i18n/locale.ts';
import type { FeatureCollection, Point } from 'geojson';
import type { Bundle, Country, Place } from './types.ts';

export type OtherLocale = Exclude<Locale, 'en'>;
type Other = OtherLocale;

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

export function inLanguage(bundle: Bundle, locale: Other): Bundle {
  const { names } = bundle;
  const places: Place[] = bundle.places.map((p) => {
    const { name, lang } = placeName(p, names, locale);
    // Search still finds it by its English name (and by its names in every language: controls/search-index.ts).
    const aliases = name !== p.name && !p.aliases.includes(p.name) ? [...p.aliases, p.name] : p.aliases;
    return { ...p, name, nameEn: p.name, ...(lang ? { nameLang: lang } : {}), aliases };
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
export function nameLabels(geo: { labels: FeatureCollection<Point, { id: string; name: string }> }, bundle: Bundle, locale: Other): void {
  const places = new Map(bundle.places.map((p) => [p.id, p]));
  const own = bundle.names[locale];
  for (const f of geo.labels.features) f.properties.name = places.get(f.properties.id)?.name ?? own[f.properties.id] ?? f.properties.name;
}
