import { describe, expect, it } from 'vitest';
import { ANCHOR_NOTE, anchorRingTitle, anchorTip, MAP_LABEL, noPartnershipNote, placeTip } from './index.ts';

describe('map words', () => {
  it('names the map for screen readers as the keyboard-order test finds it', () => {
    expect(MAP_LABEL).toMatch(/^Map of European regions/);
  });
  it('says on an anchor ring that the report names no region, in the words the panels use', () => {
    expect(anchorRingTitle('Germany')).toBe(`Germany: ${ANCHOR_NOTE}`);
    expect(anchorRingTitle('Germany')).toBe('Germany: region not named in the report');
  });
});

describe('map tooltips and notes (issue 14, items 1 and 8)', () => {
  it("name a place, its kind and its count in the view, in the view's words", () => {
    expect(placeTip('Chengdu', 'city', 3, '2000-2007', 'new')).toBe('Chengdu · city · 3 partnerships in 2000–2007');
    expect(placeTip('Jinan', 'city', 1, '2014-2017', 'cumulative')).toBe('Jinan · city · 1 partnership up to 2017');
    expect(placeTip('Shandong', 'province', 15, 'all', 'new')).toBe('Shandong · province · 15 partnerships in all periods');
    expect(anchorTip('Germany', 21, 'all', 'new')).toBe(`Germany · country, ${ANCHOR_NOTE} · 21 partnerships in all periods`);
  });
  it('say when the selected place has no partnership in the view', () => {
    expect(noPartnershipNote('Łódź', '2010-2012', 'new')).toBe('Łódź: no partnership in 2010–2012');
    expect(noPartnershipNote('Łódź', '1991-1999', 'cumulative')).toBe('Łódź: no partnership up to 1999');
    expect(noPartnershipNote('Łódź', 'all', 'new')).toMatch(/^Łódź: no partnership/);
  });
});
