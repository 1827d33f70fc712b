import { describe, expect, it } from 'vitest';
import { capNotices, DEFAULT_STATE, parseViewState, serializeViewState, shown, type ViewState } from './url.ts';

const places = new Set(['PL71', 'DE2', 'CN-SC']);
const isPlace = (id: string) => places.has(id);

describe('parseViewState', () => {
  it('reads every key', () => {
    const { state, notices } = parseViewState('?period=2014-2017&mode=cumulative&select=PL71&country=de,FR&status=active,ended&layer=programme', isPlace);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      period: '2014-2017',
      mode: 'cumulative',
      select: 'PL71',
      countries: ['FR', 'DE'],
      statuses: ['active', 'ended'],
      layers: ['programme'],
    });
  });

  it('gives the defaults for an empty query', () => {
    expect(parseViewState('', isPlace)).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  it('ignores malformed values, each with a notice, keeping the rest', () => {
    const { state, notices } = parseViewState('period=1990-1999&mode=sideways&select=Atlantis&country=FR,XX&status=dormant&layer=tiles&zoom=3', isPlace);
    expect(state).toEqual({ ...DEFAULT_STATE, countries: ['FR'] });
    expect(notices).toEqual([
      expect.stringContaining('Ignored period "1990-1999"'),
      expect.stringContaining('Ignored mode "sideways"'),
      'Ignored select "Atlantis": no such place.',
      expect.stringContaining('Ignored country "XX"'),
      expect.stringContaining('Ignored status "dormant"'),
      expect.stringContaining('Ignored layer "tiles"'),
      'Ignored unknown parameter "zoom".',
    ]);
  });

  it('survives hostile input: script, huge values, control characters, repeats', () => {
    const huge = 'x'.repeat(100_000);
    const { state, notices } = parseViewState(
      `select=${encodeURIComponent('<script>alert(1)</script>')}&period=${huge}&mode=new&mode=cumulative&%00evil=1`,
      isPlace,
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(notices).toHaveLength(4);
    expect(notices.join(' ').length).toBeLessThan(400);
    expect(notices[0]).toBe('Ignored select "<script>alert(1)</script>": no such place.');
  });

  it('reads the reader’s choice of lines, flows or single arcs; absent, the view decides', () => {
    expect(parseViewState('lines=arcs', isPlace).state.lines).toBe('arcs');
    expect(parseViewState('period=2010-2012&lines=flows', isPlace).state.lines).toBe('flows');
    expect(parseViewState('', isPlace).state.lines).toBeUndefined();
    const bad = parseViewState('lines=bundles', isPlace);
    expect(bad.state).toEqual(DEFAULT_STATE);
    expect(bad.notices).toEqual(['Ignored lines "bundles": expected flows, arcs.']);
    expect(serializeViewState({ ...DEFAULT_STATE, lines: 'arcs' })).toBe('lines=arcs');
  });

  it('leaves keys owned by other modules alone', () => {
    expect(parseViewState('embed=1', isPlace, ['embed']).notices).toEqual([]);
  });
});

describe('serializeViewState', () => {
  it('round-trips any state', () => {
    const states: ViewState[] = [
      DEFAULT_STATE,
      { period: '1982-1989', mode: 'cumulative', select: 'CN-SC', countries: ['DE'], statuses: [], layers: [] },
      { period: 'all', mode: 'new', select: null, countries: ['FR', 'GB', 'IT'], statuses: ['not-active', 'unknown'], layers: ['programme'] },
      { ...DEFAULT_STATE, lines: 'arcs' },
      { ...DEFAULT_STATE, period: '2010-2012', lines: 'flows' },
    ];
    for (const s of states) expect(parseViewState(serializeViewState(s), isPlace).state).toEqual(s);
  });

  it('leaves defaults out and keeps commas readable', () => {
    expect(serializeViewState(DEFAULT_STATE)).toBe('');
    expect(serializeViewState({ ...DEFAULT_STATE, countries: ['FR', 'DE'] })).toBe('country=FR,DE');
  });
});

describe('shown', () => {
  it('shortens and neutralises control characters', () => {
    expect(shown('a\u0000b')).toBe('a?b');
    expect(shown('y'.repeat(50))).toHaveLength(41);
  });
});

describe('capNotices', () => {
  it('keeps a few notices and counts the rest', () => {
    const many = Array.from({ length: 400 }, (_, i) => `n${i}`);
    expect(capNotices(many)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', '…and 395 more parameters were ignored.']);
    expect(capNotices(['a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('confidence=', () => {
  it('reads and writes the confidence filter, in the canonical order, and round-trips', () => {
    const { state, notices } = parseViewState('?confidence=medium,high', isPlace);
    expect(notices).toEqual([]);
    expect(state.confidences).toEqual(['high', 'medium']);
    expect(serializeViewState(state)).toBe('confidence=high,medium');
    expect(parseViewState(`?${serializeViewState(state)}`, isPlace).state).toEqual(state);
    const high = parseViewState('?period=2010-2012&confidence=high', isPlace).state;
    expect(serializeViewState(high)).toBe('period=2010-2012&confidence=high');
  });

  it('leaves it out when all are shown', () => {
    expect(serializeViewState({ ...DEFAULT_STATE, confidences: [] })).toBe('');
    expect(parseViewState('', isPlace).state.confidences).toBeUndefined();
  });

  it('ignores a bad value with a notice, as status= does', () => {
    const { state, notices } = parseViewState('?confidence=high,certain', isPlace);
    expect(state.confidences).toEqual(['high']);
    expect(notices).toEqual(['Ignored confidence "certain": expected high, medium, low.']);
    const none = parseViewState('?confidence=sure', isPlace);
    expect(none.state.confidences).toBeUndefined();
    expect(none.notices).toHaveLength(1);
  });
});
