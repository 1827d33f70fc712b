/** Test helper for the seed pipeline: a minimal, valid seed set and its geometry anchors. */
import type { SeedTexts } from './assemble.ts';

/** A minimal, valid seed set: two places, one partnership, one of everything else; three geo units, three place names. */
export function seeds(over: Partial<SeedTexts> = {}): SeedTexts {
  return {
    sources: 'id,file,title,label,reference,address\n003,003_report.txt,Report,Report (2019),The report.,https://example.org/r\n002,002_booklet.txt,Booklet,Booklet,The booklet.,\n',
    countries:
      'id,name,anchor_lon,anchor_lat,surveyed\nFR,France,2,46,yes\nES,Spain,-3,40,yes\nDE,Germany,10,51,yes\nPL,Poland,19,52,yes\nGB,United Kingdom,-2,54,yes\nIT,Italy,12,43,yes\nCN,China,104,36,no\n',
    places:
      'id,kind,country,name,local_name,zh,province,aliases,lat,lon,sources\n' +
      'DE2,eu-region,DE,Bavaria,Bayern,,,,,,003#1.2.3\n' +
      'CN-SD,cn-province,CN,Shandong,,山东省,,Shantung,,,003#Table 9\n' +
      'cn.jinan,cn-city,CN,Jinan,,济南,CN-SD,,36.65,117.12,003#Table 4\n' +
      'gb.leeds,eu-city,GB,Leeds,,,,,53.8,-1.55,003#1.2.5\n',
    partnerships:
      'id,table,period,eu_country,eu_unit,cn_partner_printed,cn_unit,cn_province,start_year,status,agreement,renewals,confidence,note,sources,counted\n' +
      't4-de-sd-1,4,1982-1989,DE,DE2,Shandong,CN-SD,CN-SD,1987,active,agreement 1987,,high,,003#Table 4,period-table\n' +
      't4-gb-jinan-1,4,1982-1989,GB,gb.leeds,Jinan,cn.jinan,CN-SD,1988,active,,,high,,003#Table 4|003#1.3.1,period-table\n',
    unattributed: 'cn_province,count,note,sources\nCN-SD,1,only in Table 9,003#Table 9\n',
    printed: 'table,row,column,value,reading,note\n4,Shandong,Germany,1,printed,\n9,Shandong,partnerships,3,printed,\n',
    caseTables: 'table,eu_unit,partner_printed,cn_unit,cn_province,year,agreement,status,partnership_id,extra,sources\n12,gb.leeds,Jinan,cn.jinan,CN-SD,1988,yes,active,t4-gb-jinan-1,,003#Table 12\n',
    statements: 'id,subject,figure,value,sources,paraphrase\ntotal,all,partnerships,146,003#1.2,The report counts 146.\n',
    contradictions: 'id,about,value_a,source_a,value_b,source_b,statements,explanation\nc1,total,146,003#1.2,147,003#Table 9,total,Sums differ.\n',
    caseStudies: 'place_id,section,title,summary,sources\nDE2,2.1,Bavaria,Short summary.,003#2.1\n',
    profiles:
      'place_id,side,programme,name_printed,population,population_note,area_km2,area_note,thematic_clusters,preferred_areas,good_practices,summary,sources\n' +
      'cn.jinan,CN,IURC 2021-2023,Jinan,9200000,,10244,,Green|Smart,Transport,,A city.,002#Jinan\n',
    links: 'id,kind,a,b,year,programme,description,sources\nl1,visit,gb.leeds,cn.jinan,2023,,A visit.,002#Jinan\n',
    story:
      'id,view,title,caption,sources\n' +
      'opening,period=all,The survey,"Six countries, 146 or 147 partnerships.",003#1.2|003#Table 9\n' +
      'p1,period=1982-1989&select=DE2,The 1980s,Bavaria and Shandong.,003#Table 4\n',
    storyText:
      'id,lang,title,caption\n' +
      'opening,zh-Hans,调查,六个国家，146或147项伙伴关系。\n' +
      'opening,pl,Badanie,"Sześć państw, 146 lub 147 partnerstw."\n' +
      'p1,zh-Hans,20世纪80年代,巴伐利亚和山东。\n' +
      'p1,pl,Lata 80.,Bawaria i Shandong.\n',
    units:
      'id,name,local_name,country,level\n' +
      'CN-SD,Shandong,山东省,CN,ISO 3166-2\n' +
      'DE1,Baden-Württemberg,Baden-Württemberg,DE,NUTS1\n' +
      'DE2,Bavaria,Bayern,DE,NUTS1\n',
    names:
      'id,lang,name,source,note\n' +
      'cn.jinan,zh-Hans,济南市,https://example.org/gb2260,"GB/T 2260, repository copy"\n' +
      'DE1,zh-Hans,巴登-符腾堡,https://example.org/zhwiki,a unit without a place\n' +
      'CN,pl,Chiny,https://example.org/cldr,\n',
    ...over,
  };
}
export const anchors = new Map<string, [number, number]>([
  ['DE2', [11.4, 48.9]],
  ['CN-SD', [118.2, 36.3]],
]);
