import { describe, expect, it } from 'vitest';
import { partnership } from '../../data/testing.ts';
import { arcClass, ArcJoin, dashArray, groupByLook, mercOf, rejoin, type ArcElements, type HollowLook } from './join.ts';
import { FOUR, testArcs } from './testing.ts';
import { buildFlows, flowWidth } from '../../arcs/flows.ts';

/** Plain objects for elements, and a log of what the join did to them. */
function fakeElements() {
  type El = { id: string; flow?: boolean; cls?: string; colour?: string; dash?: string | null; width?: number; count?: number; gone?: boolean; hollow?: HollowLook | null };
  const order: El[] = [];
  const log: string[] = [];
  const els: ArcElements<El> = {
    create(id, flow) {
      const el = { id, flow };
      order.push(el);
      log.push(`create ${id}`);
      return el;
    },
    setClass: (el, cls) => void (el.cls = cls),
    setColour: (el, colour) => void (el.colour = colour),
    setDash: (el, dash) => void (el.dash = dash),
    setHollow: (el, look) => void (el.hollow = look),
    setFlow(el, width, count) {
      el.width = width;
      el.count = count;
      log.push(`flow ${el.id} ${count}`);
    },
    raise(el) {
      order.splice(order.indexOf(el), 1);
      order.push(el);
    },
    leave(el, duration) {
      el.gone = true;
      log.push(`leave ${el.id} ${duration}`);
    },
    revive(el, id) {
      el.gone = false;
      order.splice(order.indexOf(el), 1);
      order.push(el);
      log.push(`revive ${id}`);
    },
    clear() {
      order.length = 0;
      log.push('clear');
    },
  };
  const shown = () => order.filter((e) => !e.gone);
  return { els, order, log, shown };
}

describe('arcClass', () => {
  it('names the look: fade, country-anchored, then the emphasis', () => {
    expect(arcClass(false, null)).toBe('arc');
    expect(arcClass(true, 'dim', true)).toBe('arc fade country-anchored dim');
    expect(arcClass(false, 'hl')).toBe('arc hl');
  });
});

describe('ArcJoin', () => {
  it('makes one element per arc with its class, colour and dash', () => {
    const f = fakeElements();
    const join = new ArcJoin(f.els);
    join.update(FOUR(), null, 0);
    expect(f.shown().map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    const [a, b, , d] = f.order;
    expect(a.cls).toBe('arc');
    expect(a.dash).toBeUndefined();
    expect(b.dash).toBe('1.5 4');
    expect(d.cls).toBe('arc country-anchored');
    expect(a.colour).toBe(FOUR()[0].colour);
    expect([...join.drawn.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect(join.onCanvas).toBe(false);
    expect(join.groups).toEqual([]);
  });

  it('raises and fans out the focused place’s arcs and dims the others', () => {
    const f = fakeElements();
    const join = new ArcJoin(f.els);
    const arcs = FOUR();
    join.update(arcs, null, 0);
    join.update(arcs, 'DE2', 0);
    expect(f.order.slice(-2).map((e) => e.id).sort()).toEqual(['a', 'b']);
    expect(f.order.find((e) => e.id === 'a')!.cls).toBe('arc hl');
    expect(f.order.find((e) => e.id === 'd')!.cls).toBe('arc country-anchored dim');
    const bends = ['a', 'b'].map((id) => join.drawn.get(id)!.bend);
    expect(bends[0]).not.toBe(bends[1]);
    expect(join.drawn.get('c')!.emphasis).toBe('dim');
  });

  it('lets leaving arcs fade, keeps them in the pool, and brings them back with their buffers and elements, fading in', () => {
    const f = fakeElements();
    const join = new ArcJoin(f.els);
    const arcs = FOUR();
    join.update(arcs, null, 0);
    const merc = join.drawn.get('c')!.merc;
    join.update(arcs.slice(0, 2), null, 350);
    expect(f.log).toContain('leave c 350');
    expect(f.log).toContain('leave d 350');
    expect([...join.spare.keys()].sort()).toEqual(['c', 'd']);
    join.update(arcs, null, 350);
    expect(join.spare.size).toBe(0);
    expect(join.drawn.get('c')!.merc).toBe(merc);
    // The same elements, on top again, their class written anew (with the fade); nothing else rewritten.
    expect(f.log.filter((l) => l === 'create c').length).toBe(1);
    expect(f.log).toContain('revive c');
    expect(f.order.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(f.shown().filter((e) => e.cls?.includes('fade')).map((e) => e.id)).toEqual(['c', 'd']);
    expect(f.shown().find((e) => e.id === 'c')!.colour).toBe(arcs[2].colour);
    // Leaving without a fade and coming back with none: no fade class.
    join.update(arcs.slice(0, 3), null, 0);
    join.update(arcs, null, 0);
    expect(f.shown().find((e) => e.id === 'd')!.cls).toBe('arc country-anchored');
    // Unchanged arcs are not touched, nor do they fade.
    expect(f.shown().find((e) => e.id === 'a')!.cls).toBe('arc');
  });

  it('goes to the canvas above its threshold: no elements, one group per look, highlighted last', () => {
    const f = fakeElements();
    const join = new ArcJoin(f.els, 3);
    join.update(FOUR(), null, 0);
    join.update(FOUR(), 'DE2', 350);
    expect(f.log).toContain('clear');
    expect(f.shown()).toEqual([]);
    expect(join.onCanvas).toBe(true);
    expect(join.groups.length).toBe(4);
    expect(join.groups.at(-1)!.emphasis).toBe('hl');
    expect(join.groups.map((g) => g.lines.length).reduce((s, n) => s + n)).toBe(4);
    // Back under the threshold: elements again.
    join.update(FOUR().slice(0, 2), null, 0);
    expect(join.onCanvas).toBe(false);
    expect(f.shown().map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('groupByLook', () => {
  it('groups by anchoring, emphasis, colour and dash, in order of first appearance, the highlighted last', () => {
    const arcs = testArcs([
      partnership({ id: 'p1', euUnit: 'DE2' }),
      partnership({ id: 'p2', euUnit: 'DE2' }),
      partnership({ id: 'p3', euUnit: 'DE2', status: 'ended' }),
      partnership({ id: 'p4' }),
    ]);
    const xy = (i: number) => new Float64Array([i, 0, i, 1]);
    const groups = groupByLook([
      { arc: arcs[0], xy: xy(0), emphasis: 'hl' },
      { arc: arcs[1], xy: xy(1), emphasis: 'dim' },
      { arc: arcs[2], xy: xy(2), emphasis: 'dim' },
      { arc: arcs[3], xy: xy(3), emphasis: 'dim' },
    ]);
    expect(groups.map((g) => [g.emphasis, g.countryAnchored, g.dash, g.lines.map((l) => l[0])])).toEqual([
      ['dim', false, [], [1]],
      ['dim', false, [1.5, 4], [2]],
      ['dim', true, [], [3]],
      ['hl', false, [], [0]],
    ]);
    expect(groupByLook(arcs.map((arc, i) => ({ arc, xy: xy(i) }))).map((g) => g.lines.length)).toEqual([2, 1, 1]);
  });
  it('groups flows by width under the arcs, and quiet arcs apart from the others', () => {
    const arcs = FOUR();
    const flows = buildFlows(testArcs([partnership({ id: 'f1', euUnit: 'DE2' }), partnership({ id: 'f2', euUnit: 'DE2' }), partnership({ id: 'f3', euUnit: 'FRK', euCountry: 'FR' })]));
    const xy = (i: number) => new Float64Array([i, 0, i, 1]);
    const groups = groupByLook([...arcs, ...flows].map((arc, i) => ({ arc, xy: xy(i) })));
    // Flows first (painted under), each width its own stroke; the quiet arc 'c' (status not stated) on its own.
    expect(groups.map((g) => [g.width, g.quiet, g.lines.length, g.lines[0][0]])).toEqual([
      [flowWidth(2), false, 1, 4],
      [flowWidth(1), false, 1, 5],
      [null, false, 1, 0],
      [null, false, 1, 1],
      [null, true, 1, 2],
      [null, false, 1, 3],
    ]);
  });
  it('makes one element per flow, with its width and count, and updates them when its count changes', () => {
    const f = fakeElements();
    const join = new ArcJoin(f.els);
    const two = testArcs([partnership({ id: 'f1', euUnit: 'DE2' }), partnership({ id: 'f2', euUnit: 'DE2' })]);
    join.update(buildFlows(two), null, 0);
    expect(f.shown().map((e) => [e.id, e.flow, e.cls, e.count, e.width])).toEqual([['flow:DE2>CN-JS', true, 'flow', 2, flowWidth(2)]]);
    join.update(buildFlows(two.slice(0, 1)), null, 0);
    expect(f.shown().map((e) => [e.id, e.count])).toEqual([['flow:DE2>CN-JS', 1]]);
    expect(f.log.filter((l) => l.startsWith('create')).length).toBe(1);
  });
  it('reads dash patterns as numbers', () => {
    expect(dashArray('10 3 2 3')).toEqual([10, 3, 2, 3]);
    expect(dashArray(null)).toEqual([]);
  });
});

describe('mercOf', () => {
  it('works out the Mercator coordinates of a great circle once', () => {
    const [a] = FOUR();
    expect(mercOf(a.points)).toBe(mercOf(a.points));
    expect(mercOf(a.points).length).toBe(a.points.length * 2);
  });
});

describe('rejoin', () => {
  it('keeps marks by key, in the order of the list, and removes the others', () => {
    const removed: string[] = [];
    let made = 0;
    const make = (id: string, prev?: { el: string; n: number }) => prev ?? { el: id, n: made++ };
    const one = rejoin(new Map(), ['x', 'y', 'z'], (s) => s, make, (m) => removed.push(m.el));
    const two = rejoin(one, ['z', 'w', 'x'], (s) => s, make, (m) => removed.push(m.el));
    expect([...two.keys()]).toEqual(['z', 'w', 'x']);
    expect(two.get('x')).toBe(one.get('x'));
    expect(removed).toEqual(['y']);
    expect(made).toBe(4);
  });
});
