/**
 * Plain words for readers (issue 15): no text a reader sees names our
 * repository's files, record ids, build steps or the state of our copy of a
 * document in the tooling's terms. Checked in every text field of the
 * committed bundle (public/data/bundle.json: notes, explanations, captions,
 * summaries, paraphrases, profile notes, contradiction values …) and in the
 * words of src/lib/words/.
 *
 * The bundle is walked field by field, so a new text field is checked without
 * being listed here; only the fields that hold codes for the tooling (ids, file
 * names, enums) are left out, by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const bundle = JSON.parse(readFileSync(join(ROOT, 'public/data/bundle.json'), 'utf8')) as Record<string, unknown>;

/** Words a reader must never meet, each with what it is. */
const LEAKS: readonly { what: string; re: RegExp }[] = [
  { what: 'a repository file name', re: /\d{3}_[0-9a-f]{6,}\.txt/i },
  { what: 'a CSV file name', re: /\.csv\b/i },
  // The seeds' record ids: t4-fr-bj-1, x-gb-dalian-1, n-it-bj-1, n-de-chaoyang-1 …
  { what: 'a record id', re: /\b[tnx]\d?-[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*-\d+\b/ },
  // 000–004: the source documents' numbers in the repository ("in 002", "003 says", "003#1.2"); not 2,000 or 1.003.
  { what: 'a document number used as a name', re: /(?<![\d.,])\b00\d\b(?![.,]?\d)/ },
  { what: '"converted" / "conversion"', re: /\bconver(?:ted|sion)\b/i },
  { what: '"scrambled"', re: /\bscrambled\b/i },
  { what: '"kept as"', re: /\bkept as\b/i },
  { what: '"column not recoverable"', re: /\bcolumn not recoverable\b/i },
  { what: '"reading: … confidence"', re: /\breading: \w+ confidence\b/i },
];

/** Fields that hold codes for the tooling, never shown as text (names of keys within the bundle's collections, wherever they are). */
const CODE_FIELDS = new Set([
  'id', 'file', 'version', 'date', 'placeId', 'partnershipId', 'statements', 'subject', 'view', 'section',
  'euCountry', 'euUnit', 'cnUnit', 'cnProvince', 'country', 'province', 'kind', 'side', 'a', 'b',
  'period', 'status', 'confidence', 'counted', 'reading', 'address',
]);

/** Every string of the bundle outside the code fields: [path, text]. */
function texts(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (path === 'bundle' || !CODE_FIELDS.has(k)) texts(v, `${path}.${k}`, out);
  return out;
}

/** `path: what — text` for each leak in the given texts. */
function leaks(items: readonly [string, string][]): string[] {
  return items.flatMap(([where, text]) => LEAKS.filter((l) => l.re.test(text)).map((l) => `${where}: ${l.what} — ${text}`));
}

describe('the checks themselves', () => {
  it('catch each kind of leak the issue names', () => {
    const bad = [
      'kept as n-fr-tj-1',
      'rows in partnerships.csv',
      'no area figure printed for this profile in 002',
      '003 says 146',
      'see 003_458e3c3747cef798.txt',
      'the converted report',
      'column not recoverable',
      'on our reading of the scrambled Table 7',
      'like t8-it-sc-2',
      'reading: medium confidence',
    ];
    for (const b of bad) expect(leaks([['x', b]]), b).not.toEqual([]);
  });
  it('let plain figures and words through', () => {
    const good = [
      'Table 9 adds up to 147; 2,000 people; 1.003 km; 2003–2007; 1,200 km²',
      'the booklet gives no area for this place',
      'Italy–Beijing, which no table counts',
      'Table 7 as we have it does not show which country; placed so that the printed totals hold',
      'a circular-economy strategy that converts mixed waste',
    ];
    for (const g of good) expect(leaks([['x', g]]), g).toEqual([]);
  });
});

describe('the bundle speaks plainly', () => {
  const all = texts(bundle, 'bundle');

  it('walks the fields readers see', () => {
    const fields = new Set(all.map(([p]) => p.replace(/\[\d+\]/g, '[]')));
    for (const f of [
      'bundle.partnerships[].note',
      'bundle.printedCells[].note',
      'bundle.unattributed[].note',
      'bundle.statements[].paraphrase',
      'bundle.contradictions[].about',
      'bundle.contradictions[].valueA',
      'bundle.contradictions[].valueB',
      'bundle.contradictions[].explanation',
      'bundle.caseStudies[].summary',
      'bundle.iurc.profiles[].populationNote',
      'bundle.iurc.profiles[].areaNote',
      'bundle.iurc.profiles[].summary',
      'bundle.iurc.links[].description',
      'bundle.story[].caption',
      'bundle.sources[].reference',
    ])
      expect(fields, f).toContain(f);
  });

  it('names no file, record id or document number, and no build terms', () => {
    expect(leaks(all)).toEqual([]);
  });

  it('never quotes a record id of the data itself', () => {
    const b = bundle as { partnerships: { id: string }[]; statements: { id: string }[] };
    const ids = [...b.partnerships.map((p) => p.id), ...b.statements.map((s) => s.id)];
    const found = all.flatMap(([where, text]) => ids.filter((id) => text.includes(id)).map((id) => `${where}: ${id}`));
    expect(found).toEqual([]);
  });
});

describe('the words of src/lib/words speak plainly', () => {
  const dir = join(ROOT, 'src/lib/words');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  /** The source without its comments (which speak to developers; their lines stay, so line numbers hold): block comments, then line comments not inside a URL. */
  const code = (src: string) =>
    src.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, '')).replace(/(^|[^:\\])\/\/.*$/gm, '$1');

  it('has word files to check', () => expect(files.length).toBeGreaterThan(5));

  for (const f of files) {
    it(f, () => {
      const lines = code(readFileSync(join(dir, f), 'utf8')).split('\n');
      expect(leaks(lines.map((l, i) => [`${f}:${i + 1}`, l]))).toEqual([]);
    });
  }
});
