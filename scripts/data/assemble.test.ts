import { describe, expect, it } from 'vitest';
import { assembleBundle, type SeedTexts } from './assemble.ts';
import { anchors, seeds } from './testing.ts';
import { SeedError } from '../lib/csv.ts';


/** Replaces line `n` (1-based) of a seed text. */
const withLine = (text: string, n: number, line: string) => text.split('\n').map((l, i) => (i === n - 1 ? line : l)).join('\n');
const P = seeds().partnerships;
const badPartnership = (line: string) => seeds({ partnerships: withLine(P, 2, line) });
const expectSeedError = (texts: SeedTexts, message: string | RegExp) => {
  let err: unknown;
  try {
    assembleBundle(texts, anchors);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(SeedError);
  if (typeof message === 'string') expect((err as Error).message).toBe(message);
  else expect((err as Error).message).toMatch(message);
};

describe('assembleBundle', () => {
  it('builds a bundle from valid seeds, with coordinates from geometry or from the gazetteer', () => {
    const b = assembleBundle(seeds(), anchors);
    expect(b.partnerships).toHaveLength(2);
    expect(b.partnerships[0]).toMatchObject({ euUnit: 'DE2', cnProvince: 'CN-SD', startYear: 1987, status: 'active' });
    expect(b.partnerships[1].sources).toEqual([
      { file: '003_report.txt', ref: 'Table 4' },
      { file: '003_report.txt', ref: '1.3.1' },
    ]);
    const byId = new Map(b.places.map((p) => [p.id, p]));
    expect(byId.get('DE2')).toMatchObject({ coord: [11.4, 48.9], hasGeometry: true, province: null });
    expect(byId.get('cn.jinan')).toMatchObject({ coord: [117.12, 36.65], hasGeometry: false, province: 'CN-SD' });
    expect(byId.get('CN-SD')!.aliases).toEqual(['Shantung']);
    expect(b.iurc.profiles[0].thematicClusters).toEqual(['Green', 'Smart']);
    expect(b.story.map((s) => s.id)).toEqual(['opening', 'p1']);
    expect(b.story[0]).toEqual({
      id: 'opening',
      view: 'period=all',
      title: 'The survey',
      caption: 'Six countries, 146 or 147 partnerships.',
      sources: [
        { file: '003_report.txt', ref: '1.2' },
        { file: '003_report.txt', ref: 'Table 9' },
      ],
      translations: {
        'zh-Hans': { title: '调查', caption: '六个国家，146或147项伙伴关系。' },
        pl: { title: 'Badanie', caption: 'Sześć państw, 146 lub 147 partnerstw.' },
      },
    });
  });

  it('carries the Chinese and Polish place names: names only, by language, ids sorted', () => {
    const names =
      'id,lang,name,source,note\n' +
      'gb.leeds,pl,Leeds,https://example.org/leeds,\n' +
      'cn.jinan,zh-Hans,济南市,https://example.org/gb2260,GB/T 2260\n' +
      'CN-SD,zh-Hans,山东省,https://example.org/gb2260,\n' +
      'DE1,pl,Badenia-Wirtembergia,https://example.org/bw,a unit without a place\n' +
      'CN,zh-Hans,中国,https://example.org/cldr,a country\n';
    const b = assembleBundle(seeds({ names }), anchors);
    expect(b.names).toEqual({ 'zh-Hans': { CN: '中国', 'CN-SD': '山东省', 'cn.jinan': '济南市' }, pl: { DE1: 'Badenia-Wirtembergia', 'gb.leeds': 'Leeds' } });
    expect(Object.keys(b.names)).toEqual(['zh-Hans', 'pl']);
    expect(Object.keys(b.names['zh-Hans'])).toEqual(['CN', 'CN-SD', 'cn.jinan']);
    expect(JSON.stringify(b.names)).not.toContain('example.org');
    // A file with the header only gives two empty tables.
    expect(assembleBundle(seeds({ names: 'id,lang,name,source,note\n' }), anchors).names).toEqual({ 'zh-Hans': {}, pl: {} });
  });

  describe('rejects a bad place name (seeds/names/names.csv) with file, line and reason', () => {
    const N = seeds().names;
    const badName = (line: string) => seeds({ names: withLine(N, 3, line) });

    it('a header that is not exactly id,lang,name,source,note', () => {
      expectSeedError(seeds({ names: 'id,lang,name,source\nCN,pl,Chiny,https://example.org/cldr\n' }), 'seeds/names/names.csv:1: missing column "note"');
      expectSeedError(
        seeds({ names: 'id,lang,name,source,note,checked\nCN,pl,Chiny,https://example.org/cldr,,yes\n' }),
        'seeds/names/names.csv:1: header must be exactly "id,lang,name,source,note", got "id,lang,name,source,note,checked"',
      );
      expectSeedError(
        seeds({ names: 'lang,id,name,source,note\npl,CN,Chiny,https://example.org/cldr,\n' }),
        'seeds/names/names.csv:1: header must be exactly "id,lang,name,source,note", got "lang,id,name,source,note"',
      );
      expectSeedError(
        seeds({ names: 'id, lang,name,source,note\nCN,pl,Chiny,https://example.org/cldr,\n' }),
        'seeds/names/names.csv:1: header must be exactly "id,lang,name,source,note", got "id, lang,name,source,note"',
      );
    });

    it('an id that is no place, geo unit or country; units and countries are accepted', () => {
      expectSeedError(
        badName('DE9,zh-Hans,下萨克森,https://example.org/zhwiki,'),
        'seeds/names/names.csv:3: unknown id "DE9" (not a place, unit or country: seeds/places.csv, seeds/geo/units.csv, seeds/countries.csv)',
      );
      expectSeedError(badName(',zh-Hans,下萨克森,https://example.org/zhwiki,'), 'seeds/names/names.csv:3: missing id');
      expect(() => assembleBundle(badName('DE1,pl,Badenia-Wirtembergia,https://example.org/bw,'), anchors)).not.toThrow();
      expect(() => assembleBundle(badName('FR,zh-Hans,法国,https://example.org/cldr,'), anchors)).not.toThrow();
    });

    it('a language other than zh-Hans or pl', () => {
      expectSeedError(badName('DE1,zh,巴登-符腾堡,https://example.org/zhwiki,'), 'seeds/names/names.csv:3: unknown language "zh" (expected one of: zh-Hans, pl)');
      expectSeedError(badName('DE1,de,Baden-Württemberg,https://example.org/de,'), 'seeds/names/names.csv:3: unknown language "de" (expected one of: zh-Hans, pl)');
    });

    it('an empty name, or one with leading or trailing spaces', () => {
      expectSeedError(badName('DE1,zh-Hans,,https://example.org/zhwiki,'), 'seeds/names/names.csv:3: missing name');
      expectSeedError(badName('DE1,zh-Hans, 巴登-符腾堡,https://example.org/zhwiki,'), 'seeds/names/names.csv:3: name " 巴登-符腾堡" has leading or trailing spaces');
      expectSeedError(badName('DE1,zh-Hans,"巴登-符腾堡\u3000",https://example.org/zhwiki,'), 'seeds/names/names.csv:3: name "巴登-符腾堡\u3000" has leading or trailing spaces');
      expectSeedError(badName('DE1,pl,"Badenia-Wirtembergia ",https://example.org/bw,'), 'seeds/names/names.csv:3: name "Badenia-Wirtembergia " has leading or trailing spaces');
    });

    it('a Chinese name without Han characters, a Polish name with them', () => {
      expectSeedError(badName('DE1,zh-Hans,Baden-Württemberg,https://example.org/zhwiki,'), 'seeds/names/names.csv:3: a zh-Hans name must contain Han characters, got "Baden-Württemberg"');
      expectSeedError(badName('DE1,pl,巴登-符腾堡,https://example.org/zhwiki,'), 'seeds/names/names.csv:3: a pl name must not contain Han characters, got "巴登-符腾堡"');
      expectSeedError(badName('DE1,pl,Badenia 巴登,https://example.org/bw,'), 'seeds/names/names.csv:3: a pl name must not contain Han characters, got "Badenia 巴登"');
    });

    it('an empty source', () => expectSeedError(badName('DE1,zh-Hans,巴登-符腾堡,,a unit without a place'), 'seeds/names/names.csv:3: missing source'));

    it('a second name for the same id and language; the other language is fine', () => {
      expectSeedError(badName('cn.jinan,zh-Hans,济南,https://example.org/zhwiki,'), 'seeds/names/names.csv:3: duplicate zh-Hans name for "cn.jinan" (first on line 2)');
      expect(assembleBundle(badName('cn.jinan,pl,Jinan,https://example.org/pl,'), anchors).names.pl).toEqual({ CN: 'Chiny', 'cn.jinan': 'Jinan' });
    });

    it('a bad geo unit file (seeds/geo/units.csv) stops the build too', () =>
      expectSeedError(seeds({ units: seeds().units + 'DE1,Again,,DE,NUTS1\n' }), 'seeds/geo/units.csv:5: duplicate unit id "DE1"'));
  });

  describe('rejects a bad seed row with file, line and reason', () => {
    it('unknown place id', () =>
      expectSeedError(
        badPartnership('t4-de-sd-1,4,1982-1989,DE,DE9,Shandong,CN-SD,CN-SD,1987,active,,,high,,003#Table 4,period-table'),
        'seeds/report/partnerships.csv:2: unknown place id "DE9" in eu_unit (not in seeds/places.csv)',
      ));

    it('duplicate id', () =>
      expectSeedError(
        seeds({ partnerships: withLine(P, 3, 't4-de-sd-1,4,1982-1989,GB,gb.leeds,Jinan,cn.jinan,CN-SD,1988,active,,,high,,003#Table 4,period-table') }),
        'seeds/report/partnerships.csv:3: duplicate partnership id "t4-de-sd-1" (first on line 2)',
      ));

    it('year outside its period', () =>
      expectSeedError(
        badPartnership('t4-de-sd-1,4,1982-1989,DE,DE2,Shandong,CN-SD,CN-SD,1990,active,,,high,,003#Table 4,period-table'),
        'seeds/report/partnerships.csv:2: start_year 1990 is outside its period 1982-1989',
      ));

    it('missing citation', () =>
      expectSeedError(
        badPartnership('t4-de-sd-1,4,1982-1989,DE,DE2,Shandong,CN-SD,CN-SD,1987,active,,,high,,,period-table'),
        'seeds/report/partnerships.csv:2: missing citation (sources)',
      ));

    it('citation of an unknown document', () =>
      expectSeedError(
        badPartnership('t4-de-sd-1,4,1982-1989,DE,DE2,Shandong,CN-SD,CN-SD,1987,active,,,high,,009#Table 4,period-table'),
        /partnerships\.csv:2: citation "009#Table 4" names an unknown source "009"/,
      ));

    it('unknown status', () =>
      expectSeedError(
        badPartnership('t4-de-sd-1,4,1982-1989,DE,DE2,Shandong,CN-SD,CN-SD,1987,dormant,,,high,,003#Table 4,period-table'),
        'seeds/report/partnerships.csv:2: unknown status "dormant" (expected one of: active, not-active, ended, unknown)',
      ));

    it('unknown period, and a table that does not count the period', () => {
      expectSeedError(
        badPartnership('t4-de-sd-1,4,1990-1999,DE,DE2,Shandong,CN-SD,CN-SD,,active,,,high,,003#Table 4,period-table'),
        /partnerships\.csv:2: unknown period "1990-1999"/,
      );
      expectSeedError(
        badPartnership('t4-de-sd-1,5,1982-1989,DE,DE2,Shandong,CN-SD,CN-SD,,active,,,high,,003#Table 4,period-table'),
        'seeds/report/partnerships.csv:2: table 5 does not count period 1982-1989',
      );
    });

    it('a European unit in another country, a Chinese city outside its province', () => {
      expectSeedError(
        badPartnership('t4-de-sd-1,4,1982-1989,FR,DE2,Shandong,CN-SD,CN-SD,,active,,,high,,003#Table 4,period-table'),
        'seeds/report/partnerships.csv:2: eu_unit DE2 is not in FR',
      );
      const places = seeds().places + 'CN-SC,cn-province,CN,Sichuan,,四川省,,,30.6,103,003#Table 9\n';
      expectSeedError(
        seeds({ places, partnerships: withLine(P, 2, 't4-de-sd-1,4,1982-1989,DE,DE2,Jinan,cn.jinan,CN-SC,,active,,,high,,003#Table 4,period-table') }),
        'seeds/report/partnerships.csv:2: cn_unit cn.jinan lies in CN-SD, not in CN-SC',
      );
    });

    it('unknown EU country and malformed year', () => {
      expectSeedError(
        badPartnership('t4-de-sd-1,4,1982-1989,NL,DE2,Shandong,CN-SD,CN-SD,,active,,,high,,003#Table 4,period-table'),
        /partnerships\.csv:2: unknown EU country "NL"/,
      );
      expectSeedError(
        badPartnership('t4-de-sd-1,4,1982-1989,DE,DE2,Shandong,CN-SD,CN-SD,1987?,active,,,high,,003#Table 4,period-table'),
        'seeds/report/partnerships.csv:2: start_year must be a whole number, got "1987?"',
      );
    });

    it('a place without coordinates or geometry, and a duplicate place', () => {
      const places = seeds().places + 'cn.dalian,cn-city,CN,Dalian,,大连,CN-LN,,,,003#Table 4\n';
      expectSeedError(seeds({ places }), /places\.csv:6: (unknown province|place cn\.dalian has no coordinates)/);
      const dup = seeds().places + 'DE2,eu-region,DE,Bavaria again,,,,,,,003#1.2.3\n';
      expectSeedError(seeds({ places: dup }), 'seeds/places.csv:6: duplicate place id "DE2" (first on line 2)');
    });

    it('bad rows in the other tables too', () => {
      expectSeedError(
        seeds({ unattributed: 'cn_province,count,note,sources\nCN-XX,1,x,003#Table 9\n' }),
        'seeds/report/unattributed.csv:2: unknown place id "CN-XX" in cn_province (not in seeds/places.csv)',
      );
      expectSeedError(
        seeds({ links: 'id,kind,a,b,year,programme,description,sources\nl1,meeting,gb.leeds,cn.jinan,,,x,002\n' }),
        /links\.csv:2: unknown link kind "meeting"/,
      );
      expectSeedError(
        seeds({ printed: 'table,row,column,value,reading,note\n4,Shandong,Germany,one,printed,\n' }),
        'seeds/report/printed_tables.csv:2: value must be a whole number, got "one"',
      );
      expectSeedError(
        seeds({ printed: 'table,row,column,value,reading,note\n4,Total,Total,,missing,\n' }),
        'seeds/report/printed_tables.csv:2: a cell without a value needs a note saying why',
      );
      expectSeedError(
        seeds({ contradictions: 'id,about,value_a,source_a,value_b,source_b,statements,explanation\nc1,x,1,003#1,2,,,why\n' }),
        'seeds/report/contradictions.csv:2: missing citation (source_b)',
      );
    });

    describe('story steps', () => {
      const S = seeds().story;
      const badStep = (line: string) => seeds({ story: withLine(S, 3, line) });

      it('a view with an unknown period', () =>
        expectSeedError(
          badStep('p1,period=1990-1999,The 1980s,Caption.,003#Table 4'),
          'seeds/report/story.csv:3: view "period=1990-1999" does not parse cleanly: Ignored period "1990-1999": expected all or one of 1982-1989, 1991-1999, 2000-2007, 2010-2012, 2014-2017.',
        ));

      it('a view with an unknown key, an unknown place or mode', () => {
        expectSeedError(
          badStep('p1,period=1982-1989&zoom=4,The 1980s,Caption.,003#Table 4'),
          'seeds/report/story.csv:3: view "period=1982-1989&zoom=4" does not parse cleanly: Ignored unknown parameter "zoom".',
        );
        expectSeedError(badStep('p1,select=DE9,The 1980s,Caption.,003#Table 4'), /^seeds\/report\/story\.csv:3: view "select=DE9" does not parse cleanly: Ignored select "DE9": no such place\.$/);
        expectSeedError(
          badStep('p1,period=1982-1989&mode=cumulative,The 1980s,Caption.,003#Table 4'),
          'seeds/report/story.csv:3: view "period=1982-1989&mode=cumulative" sets mode: the presenter chooses new or cumulative',
        );
      });

      it('an empty view', () => expectSeedError(badStep('p1,,The 1980s,Caption.,003#Table 4'), 'seeds/report/story.csv:3: missing view'));

      it('an empty caption', () => expectSeedError(badStep('p1,period=1982-1989,The 1980s,,003#Table 4'), 'seeds/report/story.csv:3: missing caption'));

      it('a caption over 300 characters, a title over 60', () => {
        expectSeedError(
          badStep(`p1,period=1982-1989,The 1980s,${'x'.repeat(301)},003#Table 4`),
          'seeds/report/story.csv:3: caption is 301 characters long (at most 300)',
        );
        expect(() => assembleBundle(badStep(`p1,period=1982-1989,The 1980s,${'x'.repeat(300)},003#Table 4`), anchors)).not.toThrow();
        expectSeedError(badStep(`p1,period=1982-1989,${'T'.repeat(61)},Caption.,003#Table 4`), 'seeds/report/story.csv:3: title is 61 characters long (at most 60)');
      });

      it('a missing or unknown citation', () => {
        expectSeedError(badStep('p1,period=1982-1989,The 1980s,Caption.,'), 'seeds/report/story.csv:3: missing citation (sources)');
        expectSeedError(badStep('p1,period=1982-1989,The 1980s,Caption.,009#Table 4'), /^seeds\/report\/story\.csv:3: citation "009#Table 4" names an unknown source "009"/);
      });

      it('a duplicate id', () =>
        expectSeedError(badStep('opening,period=1982-1989,The 1980s,Caption.,003#Table 4'), 'seeds/report/story.csv:3: duplicate story step id "opening" (first on line 2)'));
    });
  });
});
