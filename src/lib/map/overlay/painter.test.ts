import { describe, expect, it } from 'vitest';
import { arcStroke, hollow } from '../../arcs/arcs.ts';
import { arcClass, type ArcGroup, type Emphasis } from './join.ts';
import { ANCHOR_RING, capOf, casingLook, casingProperties, clusterLook, fitCanvas, flowVar, paintArcs, paintCasings, paintClusters, paintRings, strokeProperties, strokeVar, type TextCtx2D } from './painter.ts';
import { CASING, casingDash, casingWidth } from '../casing.ts';
import { flowStroke } from '../../arcs/flows.ts';
import { recordingContext } from './testing.ts';

const line = (...xy: number[]) => new Float64Array(xy);
const group = (over: Partial<ArcGroup>): ArcGroup => ({ countryAnchored: false, emphasis: null, quiet: false, low: false, width: null, colour: '#0072B2', dash: [], lines: [], ...over });

/** What was set just before each stroke. */
function strokes(calls: ReturnType<typeof recordingContext>['calls']) {
  const out: Record<string, unknown>[] = [];
  let state: Record<string, unknown> = {};
  for (const [name, ...args] of calls) {
    if (name.startsWith('=')) state[name.slice(1)] = args[0];
    else if (name === 'setLineDash') state.dash = args[0];
    else if (name === 'stroke') {
      out.push(state);
      state = { ...state };
    }
  }
  return out;
}

describe('paintArcs', () => {
  it('strokes each group once with arcStroke’s width and opacity, its colour, dash and cap', () => {
    const { ctx, calls } = recordingContext();
    paintArcs(ctx, [
      group({ lines: [line(0, 0, 10, 0, 20, 5), line(0, 10, 10, 10)] }),
      group({ countryAnchored: true, emphasis: 'dim', colour: '#009E73', dash: [6, 4], lines: [line(1, 1, 2, 2)] }),
      group({ emphasis: 'hl', lines: [line(3, 3, 4, 4)] }),
    ]);
    const s = strokes(calls);
    expect(s.length).toBe(3);
    expect(s[0]).toMatchObject({ lineWidth: arcStroke(false).width, globalAlpha: arcStroke(false).alpha, strokeStyle: '#0072B2', dash: [], lineCap: 'round', lineJoin: 'round' });
    expect(s[1]).toMatchObject({ lineWidth: arcStroke(true, 'dim').width, globalAlpha: arcStroke(true, 'dim').alpha, strokeStyle: '#009E73', dash: [6, 4], lineCap: 'butt' });
    expect(s[2]).toMatchObject({ lineWidth: arcStroke(false, 'hl').width, globalAlpha: arcStroke(false, 'hl').alpha });
    // One path per line: a move, then a line to each further vertex.
    expect(calls.filter(([n]) => n === 'moveTo').map(([, ...a]) => a)).toEqual([[0, 0], [0, 10], [1, 1], [3, 3]]);
    expect(calls.filter(([n]) => n === 'lineTo').length).toBe(2 + 1 + 1 + 1);
    // Left as found for what is drawn next.
    expect(calls.at(-2)).toEqual(['=globalAlpha', 1]);
    expect(calls.at(-1)).toEqual(['setLineDash', []]);
  });
  it('strokes a quiet group with arcStroke’s quiet look, and a flow with its own width (times the scale) and flowStroke’s opacity', () => {
    const { ctx, calls } = recordingContext();
    paintArcs(
      ctx,
      [
        group({ quiet: true, lines: [line(0, 0, 1, 1)] }),
        group({ width: 4.8, countryAnchored: true, lines: [line(0, 0, 1, 1)] }),
        group({ width: 3.2, emphasis: 'dim', lines: [line(0, 0, 1, 1)] }),
      ],
      2,
    );
    const s = strokes(calls);
    expect(s[0]).toMatchObject({ lineWidth: arcStroke(false, null, true).width * 2, globalAlpha: arcStroke(false, null, true).alpha, dash: [], lineCap: 'round' });
    expect(s[1]).toMatchObject({ lineWidth: 9.6, globalAlpha: flowStroke(true).alpha, lineCap: 'round' });
    expect(s[2]).toMatchObject({ lineWidth: 6.4, globalAlpha: flowStroke(false, 'dim').alpha });
  });
  it('strokes a hollow group (reconstructions) twice: arcStroke’s hollow width in its colour, then the rail in the map’s colour', () => {
    const { ctx, calls } = recordingContext();
    paintArcs(ctx, [group({ low: true, quiet: true, lines: [line(0, 0, 1, 1)] }), group({ low: true, width: 4, lines: [line(0, 0, 1, 1)] })], 2, '#f6f4ef');
    const s = strokes(calls);
    const st = arcStroke(false, null, true, true);
    expect(s).toHaveLength(4);
    expect(s[0]).toMatchObject({ lineWidth: st.width * 2, globalAlpha: st.alpha, strokeStyle: '#0072B2' });
    expect(s[1]).toMatchObject({ lineWidth: st.rail! * 2, globalAlpha: st.alpha, strokeStyle: '#f6f4ef' });
    expect(s[2]).toMatchObject({ lineWidth: hollow(4).width * 2, strokeStyle: '#0072B2' });
    expect(s[3]).toMatchObject({ lineWidth: hollow(4).rail * 2, strokeStyle: '#f6f4ef' });
  });
  it('skips lines of fewer than two points', () => {
    const { ctx, calls } = recordingContext();
    paintArcs(ctx, [group({ lines: [line(5, 5), line()] })]);
    expect(calls.some(([n]) => n === 'moveTo')).toBe(false);
  });
  it('ends dashes square and solid lines round', () => {
    expect(capOf([])).toBe('round');
    expect(capOf(null)).toBe('round');
    expect(capOf([1.5, 4])).toBe('butt');
    expect(capOf('6 4')).toBe('butt');
  });
});

describe('paintCasings', () => {
  it('strokes one casing per group drawn whole, none under a translucent one: the casing colour, its outer width widened, its dash with edges', () => {
    const { ctx, calls } = recordingContext();
    const groups = [
      group({ lines: [line(0, 0, 10, 0), line(0, 10, 10, 10)] }),
      group({ countryAnchored: true, emphasis: 'dim', colour: '#009E73', dash: [6, 4], lines: [line(1, 1, 2, 2)] }),
      group({ emphasis: 'hl', colour: '#009E73', dash: [6, 4], lines: [line(1, 1, 2, 2)] }),
      group({ low: true, lines: [line(3, 3, 4, 4)] }),
      group({ width: 4, lines: [line(3, 3, 4, 4)] }),
      group({ width: 4, emphasis: 'hl', lines: [line(3, 3, 4, 4)] }),
    ];
    // The dimmed anchored arc and the flow at rest are translucent: no casing.
    expect(arcStroke(true, 'dim').alpha).toBeLessThan(1);
    expect(flowStroke(false).alpha).toBeLessThan(1);
    paintCasings(ctx, groups, CASING.dark, 2);
    const s = strokes(calls);
    expect(s.length).toBe(4);
    for (const st of s) expect(st).toMatchObject({ strokeStyle: CASING.dark, globalAlpha: 1 });
    expect(s[0]).toMatchObject({ lineWidth: casingWidth(arcStroke(false).width) * 2, dash: [], lineCap: 'round' });
    expect(s[1]).toMatchObject({
      lineWidth: casingWidth(arcStroke(false, 'hl').width) * 2,
      dash: casingDash([6, 4]).dash.map((d) => d * 2),
      lineDashOffset: casingDash([6, 4]).offset * 2,
      lineCap: 'butt',
    });
    // A hollow line's casing wraps its outer width; a flow's its own width.
    expect(s[2]).toMatchObject({ lineWidth: casingWidth(arcStroke(false, null, false, true).width) * 2 });
    expect(s[3]).toMatchObject({ lineWidth: casingWidth(4) * 2 });
    // Every casing wider than its line: an edge shows on each side.
    const drawn = recordingContext();
    paintArcs(drawn.ctx, [groups[0], groups[2], groups[3], groups[5]], 2);
    const lines = strokes(drawn.calls).filter((l) => l.strokeStyle !== '#ffffff');
    lines.forEach((l, i) => expect(s[i].lineWidth as number).toBeGreaterThan(l.lineWidth as number));
    expect(calls.filter(([n]) => n === 'moveTo').length).toBe(5);
    expect(calls.at(-1)).toEqual(['setLineDash', []]);
  });

  it('gives an SVG line’s casing the canvas’s look: its line’s width widened by the edges, and its opacity', () => {
    for (const quiet of [false, true])
      for (const anchored of [false, true])
        for (const emphasis of [null, 'hl', 'dim'] as Emphasis[]) {
          const st = arcStroke(anchored, emphasis, quiet);
          const look = casingLook(arcClass(anchored, emphasis, true, quiet), 2);
          expect(look.width).toBeCloseTo(casingWidth(st.width) * 2, 9);
          expect(look.alpha).toBe(st.alpha >= 1 ? 1 : 0);
        }
    // A hollow arc: its outer width; a flow: its own width and flowStroke's opacity.
    expect(casingLook(arcClass(false, null, false, false, false, true), 1, 3.8)).toEqual({ width: casingWidth(3.8), alpha: arcStroke(false).alpha });
    expect(casingLook(arcClass(true, 'dim', false, false, true), 2, 4)).toEqual({ width: casingWidth(4) * 2, alpha: 0 });
    expect(casingProperties(CASING)).toEqual({ '--casing-light': CASING.light, '--casing-dark': CASING.dark });
  });
});

describe('paintRings', () => {
  it('draws a filled ring at each point', () => {
    const { ctx, calls } = recordingContext();
    paintRings(ctx, [[10, 20]], '#fff', '#000');
    expect(calls).toContainEqual(['arc', 10, 20, ANCHOR_RING.radius, 0, 2 * Math.PI]);
    expect(strokes(calls)[0]).toMatchObject({ fillStyle: '#fff', strokeStyle: '#000', lineWidth: ANCHOR_RING.width });
  });
});

describe('fitCanvas', () => {
  it('sizes the canvas to the map and margin in device pixels, puts the origin on the map’s corner and clears it', () => {
    const { ctx, calls } = recordingContext();
    const canvas = { width: 300, height: 150, getContext: () => ctx as unknown as CanvasRenderingContext2D };
    expect(fitCanvas(canvas, 800, 600, 100, 2)).toBe(ctx);
    expect([canvas.width, canvas.height]).toEqual([2000, 1600]);
    expect(calls).toEqual([
      ['setTransform', 2, 0, 0, 2, 200, 200],
      ['clearRect', -100, -100, 1000, 800],
    ]);
    expect(fitCanvas({ width: 1, height: 1, getContext: () => null }, 800, 600, 100, 1)).toBeNull();
  });
});

describe('strokeProperties', () => {
  it('holds arcStroke’s width and opacity for every look, as the SVG paths read them', () => {
    const props = strokeProperties();
    for (const quiet of [false, true])
      for (const anchored of [false, true])
        for (const emphasis of [null, 'hl', 'dim'] as Emphasis[]) {
          const st = arcStroke(anchored, emphasis, quiet);
          expect(Number(props[strokeVar(anchored, emphasis, 'width', quiet)])).toBe(st.width);
          expect(Number(props[strokeVar(anchored, emphasis, 'opacity', quiet)])).toBe(st.alpha);
          if (!quiet) expect(Number(props[flowVar(anchored, emphasis)])).toBe(flowStroke(anchored, emphasis).alpha);
        }
    expect(strokeVar(true, 'hl', 'opacity')).toBe('--arc-anchored-hl-opacity');
    expect(strokeVar(false, null, 'width')).toBe('--arc-width');
    expect(strokeVar(true, 'dim', 'width', true)).toBe('--arc-anchored-quiet-dim-width');
    expect(flowVar(true, 'dim')).toBe('--flow-anchored-dim-opacity');
    expect(Number(props['--anchor-width'])).toBe(ANCHOR_RING.width);
    // Width and opacity of 12 arc looks (anchored or not × plain, hl, dim × quiet or not), 6 flow opacities, the ring.
    expect(Object.keys(props).length).toBe(12 * 2 + 6 + 1);
  });
});

describe('paintClusters', () => {
  it('fills and strokes each cluster’s circle where it is, then writes its count with a halo, in the theme’s colours', () => {
    const { ctx, calls } = recordingContext();
    const colours = { hover: '#1f3f7a', label: '#3b3a36', labelHalo: '#ffffff' };
    paintClusters(ctx as unknown as TextCtx2D, [{ x: 10, y: 20, r: 9, count: 5 }, { x: 40, y: 50, r: 13, count: 12 }], colours, 2);
    const look = clusterLook(colours, 2);
    expect(calls.filter(([n]) => n === 'arc').map((c) => c.slice(1, 4))).toEqual([
      [10, 20, 9],
      [40, 50, 13],
    ]);
    expect(calls.filter(([n]) => n === 'fillText' || n === 'strokeText').map((c) => c.slice(0, 4))).toEqual([
      ['strokeText', '5', 10, 20],
      ['fillText', '5', 10, 20],
      ['strokeText', '12', 40, 50],
      ['fillText', '12', 40, 50],
    ]);
    const set = (name: string) => calls.filter(([n]) => n === `=${name}`).map(([, v]) => v);
    expect(set('fillStyle')).toContain(colours.hover);
    expect(set('fillStyle')).toContain(colours.label);
    expect(set('strokeStyle')).toContain(colours.labelHalo);
    expect(set('globalAlpha')).toEqual(expect.arrayContaining([look.fillAlpha, look.strokeAlpha]));
    expect(set('font')).toEqual([look.font]);
    expect(look.fontSize).toBe(24);
  });
});
