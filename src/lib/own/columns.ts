/**
 * Which column of a reader's file holds what (issue 18). The template's headers are recognised, and so are
 * the obvious ones a reader writes in English, Polish or Chinese; a file whose headers name both places and
 * the year opens at once, others go through the column-mapping step. Headers are compared without case,
 * accents, spaces or punctuation ("EU place", "eu_place" and "EU-Place" are one).
 */

export const FIELDS = ['eu_place', 'cn_place', 'year', 'status', 'source', 'eu_country', 'note', 'eu_lon', 'eu_lat', 'cn_lon', 'cn_lat'] as const;
export type Field = (typeof FIELDS)[number];

/** The template's columns, in its order (the README and the page offer it). */
export const TEMPLATE: readonly Field[] = ['eu_place', 'cn_place', 'year', 'status', 'source', 'eu_country', 'note', 'eu_lon', 'eu_lat', 'cn_lon', 'cn_lat'];
/** Without these the atlas cannot draw a row: a file lacking one goes through the mapping step. */
export const NEEDED: readonly Field[] = ['eu_place', 'cn_place', 'year'];

/** A header as compared: lower case, no accents (ł as l), no spaces, underscores or punctuation. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[\s_\-.,:;()[\]{}/\\'"“”‘’«»<>*#]/g, '');
}

/** The headers each field is known by (compared by headerKey). */
const NAMES: Record<Field, readonly string[]> = {
  eu_place: [
    'eu_place', 'eu place', 'european place', 'eu region', 'eu city', 'eu partner', 'european partner', 'european region', 'european city', 'europe', 'eu side',
    'miejsce ue', 'region ue', 'miasto ue', 'partner ue', 'partner europejski', 'region europejski', 'miasto europejskie', 'strona europejska', 'jednostka ue',
    '欧洲地方', '欧方', '欧洲城市', '欧洲地区', '欧盟地区', '欧洲伙伴', '欧方城市', '欧方地区', '欧方伙伴', '欧洲',
  ],
  cn_place: [
    'cn_place', 'cn place', 'chinese place', 'china place', 'cn region', 'cn city', 'cn partner', 'chinese partner', 'chinese province', 'chinese city', 'china', 'chinese side',
    'miejsce cn', 'miejsce w chinach', 'partner chinski', 'region chinski', 'miasto chinskie', 'prowincja', 'strona chinska', 'chiny',
    '中方', '中国地方', '中方城市', '中国城市', '中国地区', '中方伙伴', '中国伙伴', '中方地区', '中国省份', '中方省市', '中国省市', '中方省份', '中国',
  ],
  year: ['year', 'since', 'date', 'signed', 'year signed', 'established', 'agreement year', 'rok', 'data', 'od roku', 'rok podpisania', 'data podpisania', '年份', '年', '签署年份', '签约年份', '日期', '时间', '建立年份', '缔结年份', '结好年份'],
  status: ['status', 'state', 'current status', 'stan', 'status wspolpracy', '状态', '现状', '合作状态'],
  source: ['source', 'sources', 'reference', 'citation', 'link', 'url', 'zrodlo', 'zrodla', 'odnosnik', '来源', '出处', '资料来源', '信息来源', '链接'],
  eu_country: ['eu_country', 'eu country', 'country', 'european country', 'member state', 'kraj', 'panstwo', 'kraj ue', '国家', '欧洲国家', '欧方国家'],
  note: ['note', 'notes', 'comment', 'comments', 'remarks', 'uwagi', 'uwaga', 'notatka', 'komentarz', '备注', '说明', '注释'],
  eu_lon: ['eu_lon', 'eu lon', 'eu longitude', 'eu lng'],
  eu_lat: ['eu_lat', 'eu lat', 'eu latitude'],
  cn_lon: ['cn_lon', 'cn lon', 'cn longitude', 'cn lng'],
  cn_lat: ['cn_lat', 'cn lat', 'cn latitude'],
};

const BY_KEY = new Map<string, Field>();
for (const field of FIELDS) for (const name of NAMES[field]) BY_KEY.set(headerKey(name), field);

/** The field a header names, or null. */
export function fieldOf(header: string): Field | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

export interface ColumnGuess {
  /** Column index of each field found (the first column that names it). */
  columns: Partial<Record<Field, number>>;
  /** Columns that named a field already named by an earlier column (kept out: the reader chooses). */
  repeated: number[];
  /** Columns that name no field (kept, unused, unless the reader maps them). */
  unknown: number[];
  /** The needed fields not found: the mapping step asks for them. */
  missing: Field[];
  /** Every needed field found: the data opens at once. */
  recognised: boolean;
}

export function guessColumns(headers: readonly string[]): ColumnGuess {
  const columns: Partial<Record<Field, number>> = {};
  const repeated: number[] = [];
  const unknown: number[] = [];
  headers.forEach((h, i) => {
    const field = fieldOf(h);
    if (!field) unknown.push(i);
    else if (columns[field] !== undefined) repeated.push(i);
    else columns[field] = i;
  });
  const missing = NEEDED.filter((f) => columns[f] === undefined);
  return { columns, repeated, unknown, missing, recognised: missing.length === 0 };
}
