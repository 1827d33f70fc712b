import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import ArcOverlay, { CANVAS_THRESHOLD } from './ArcOverlay.svelte';
import fs from 'node:fs';
import path from 'node:path';
import { arcStroke, buildArcs, isFlow } from '../arcs/arcs.ts';
import { flowStroke, flowWidth } from '../arcs/flows.ts';
import { flowVar, strokeVar } from './overlay/painter.ts';
import { CASING, casingDash, casingWidth } from './casing.ts';
import type { Emphasis } from './overlay/join.ts';
import { anchorRingTitle } from '../words/index.ts';
import { mapProjector } from '../arcs/project.ts';
import { fakeMap } from '../arcs/testing.ts';
import type { LngLat } from '../arcs/geometry.ts';
import type { Country } from '../data/types.ts';
import { partnership, testPlace as place } from '../data/testing.ts';

const places = new Map([place('DE2', [11, 49], 'DE'), place('FRK', [4.5, 45.5], 'FR'), place('CN-JS', [119, 33], 'CN'), place('CN-SD', [118, 36], 'CN')].map((p) => [p.id, p]));
const countries = new Map<string, Country>([['DE', { id: 'DE', name: 'Germany', anchor: [10, 51], surveyed: true }]]);
const ctx = { places, countries };
const ARCS = buildArcs(
  [
    partnership({ id: 'a', euUnit: 'DE2' }),
    partnership({ id: 'b', euUnit: 'DE2', cnUnit: 'CN-SD', cnProvince: 'CN-SD', status: 'ended' }),
    partnership({ id: 'c', euCountry: 'FR', euUnit: 'FRK', status: 'unknown' }),
    partnership({ id: 'd' }), // no region named: from Germany's anchor
  ],
  ctx,
);

/** A stand-in camera: d3's Mercator, which `mapProjector` reads like MapLibre's. */
function camera() {
  const cam = { center: [60, 40] as LngLat, scale: 300, moving: false };
  const map = () => fakeMap(cam.center, cam.scale, [400, 300]);
  let redraw: (event?: unknown) => void = () => {};
  return {
    cam,
    projector: () => mapProjector(map()),
    subscribe: (r: (event?: unknown) => void) => {
      redraw = r;
      return () => {};
    },
    /** A frame of the map, moving or not. */
    frame: () => redraw({ type: 'render', target: { isMoving: () => cam.moving } }),
    project: (ll: LngLat) => map().project(ll),
  };
}

function setup(over: Record<string, unknown> = {}) {
  const c = camera();
  const props = {
    arcs: ARCS,
    projector: c.projector,
    subscribe: c.subscribe,
    focus: null as string | null,
    anchors: [{ id: 'DE', name: 'Germany', coord: [10, 51] as LngLat }],
    reducedMotion: true,
    ...over,
  };
  const r = render(ArcOverlay, { props });
  const svg = r.container.querySelector('[data-testid="arc-overlay"]')!;
  const d = (id: string) => svg.querySelector(`path[data-partnership-id="${id}"]`)!.getAttribute('d')!;
  const start = (id: string) => d(id).slice(1).split('L')[0].split(',').map(Number);
  return { ...r, c, props, svg, d, start };
}

// jsdom has no layout, no ResizeObserver and no canvas: a map of 800 × 600 px and a canvas that records.
const painted: string[] = [];
beforeAll(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  const record = (name: string) => () => painted.push(name);
  HTMLCanvasElement.prototype.getContext = (() => ({
    setTransform: record('setTransform'),
    clearRect: record('clearRect'),
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    stroke: record('stroke'),
    setLineDash: record('setLineDash'),
  })) as unknown as typeof HTMLCanvasElement.prototype.getContext;
});
afterAll(() => {
  vi.unstubAllGlobals();
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
});
afterEach(() => {
  painted.length = 0;
});

describe('ArcOverlay', () => {
  it('draws one path per partnership, its ends on the projected places, with anchors and the count drawn', () => {
    const { svg, c, start } = setup();
    expect([...svg.querySelectorAll('path.arc[data-partnership-id]')].map((p) => p.getAttribute('data-partnership-id'))).toEqual(['a', 'b', 'c', 'd']);
    expect(svg.getAttribute('data-drawn')).toBe('4');
    const want = c.project([11, 49]);
    const [x, y] = start('a');
    expect(Math.abs(x - want.x)).toBeLessThan(0.06);
    expect(Math.abs(y - want.y)).toBeLessThan(0.06);
    // Status by dash pattern; the country-anchored arc is marked; the anchor ring sits on Germany's anchor.
    expect(svg.querySelector('path[data-partnership-id="a"]')!.getAttribute('stroke-dasharray')).toBeNull();
    expect(svg.querySelector('path[data-partnership-id="b"]')!.getAttribute('stroke-dasharray')).toBe('1.5 4');
    expect(svg.querySelector('path[data-partnership-id="d"]')!.classList.contains('country-anchored')).toBe(true);
    const ring = svg.querySelector('circle.anchor[data-country="DE"]')!;
    expect(Number(ring.getAttribute('cx'))).toBeCloseTo(c.project([10, 51]).x, 0);
    expect(ring.querySelector('title')!.textContent).toBe(anchorRingTitle('Germany'));
  });

  it("fans out and raises a focused place's arcs and dims the others", async () => {
    const { svg, rerender, props } = setup();
    await rerender({ ...props, focus: 'DE2' });
    const hl = [...svg.querySelectorAll('path.arc.hl')].map((p) => p.getAttribute('data-partnership-id'));
    expect(hl.sort()).toEqual(['a', 'b']);
    expect([...svg.querySelectorAll('path.arc.dim')].map((p) => p.getAttribute('data-partnership-id')).sort()).toEqual(['c', 'd']);
    // Highlighted arcs are painted last, on top.
    const order = [...svg.querySelectorAll('path.arc')].map((p) => p.getAttribute('data-partnership-id'));
    expect(order.slice(-2).sort()).toEqual(['a', 'b']);
  });

  it('under reduced motion removes leaving arcs at once; otherwise they lose their id and fade', async () => {
    const reduced = setup();
    await reduced.rerender({ ...reduced.props, arcs: ARCS.slice(0, 2) });
    expect(reduced.svg.querySelectorAll('path.arc').length).toBe(2);
    reduced.unmount();

    const moving = setup({ reducedMotion: false });
    await moving.rerender({ ...moving.props, arcs: ARCS.slice(0, 2) });
    expect(moving.svg.querySelectorAll('path.arc[data-partnership-id]').length).toBe(2);
    expect(moving.svg.querySelectorAll('path.arc.leaving:not([data-partnership-id])').length).toBe(2);
    // An arc that comes back while its old path fades out takes that path back, fading in: no second path.
    const leaving = [...moving.svg.querySelectorAll('path.arc.leaving')];
    await moving.rerender({ ...moving.props, arcs: ARCS });
    expect(moving.svg.querySelectorAll('path.arc').length).toBe(4);
    expect(moving.svg.querySelectorAll('path.arc[data-partnership-id]').length).toBe(4);
    expect(moving.svg.querySelectorAll('path.arc.leaving, path.casing.leaving').length).toBe(0);
    expect(moving.svg.querySelectorAll('path.arc.fade[data-partnership-id]').length).toBe(2);
    expect(leaving.every((el) => el.isConnected && el.classList.contains('fade'))).toBe(true);
    // Once the fade-out would have ended, nothing of the view is swept away.
    await new Promise((r) => setTimeout(r, 350));
    expect(moving.svg.querySelectorAll('path.arc[data-partnership-id]').length).toBe(4);
    expect(moving.svg.querySelectorAll('g.casings path.casing').length).toBe(4);
    // Arcs that leave in two steps, 100 ms apart, are all swept out of the page once the later one has faded,
    // and the earlier one is not swept before that.
    await moving.rerender({ ...moving.props, arcs: ARCS.slice(0, 3) });
    const early = moving.svg.querySelector('path.arc.leaving')!;
    await new Promise((r) => setTimeout(r, 100));
    await moving.rerender({ ...moving.props, arcs: ARCS.slice(0, 2) });
    expect(moving.svg.querySelectorAll('path.arc.leaving').length).toBe(2);
    await new Promise((r) => setTimeout(r, 150));
    expect(early.isConnected).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(early.isConnected).toBe(false);
    expect(moving.svg.querySelectorAll('path.leaving').length).toBe(0);
    expect(moving.svg.querySelectorAll('path.arc').length).toBe(2);
    expect(moving.svg.querySelectorAll('g.casings path.casing').length).toBe(2);
  });

  it('moves the drawing whole while the map moves; at rest keeps it after a pan, draws afresh after a zoom', () => {
    const { c, container, d, start } = setup();
    const layer = container.querySelector<HTMLElement>('.arc-layer')!;
    const before = d('a');
    const at = (ll: LngLat) => c.project(ll);
    const was = at([11, 49]);
    c.cam.moving = true;
    c.cam.center = [62, 41];
    c.frame();
    expect(d('a')).toBe(before);
    expect(layer.style.transform).toMatch(/^matrix\(/);
    // At rest after a pure pan: the same drawing, moved by whole pixels (within half a pixel of exact).
    c.cam.moving = false;
    c.frame();
    expect(d('a')).toBe(before);
    const now = at([11, 49]);
    expect(layer.style.transform.replace(/ /g, '')).toBe(`matrix(1,0,0,1,${Math.round(now.x - was.x)},${Math.round(now.y - was.y)})`);
    // At rest after a zoom: drawn afresh, in place, the layer back where it was.
    c.cam.scale = 420;
    c.frame();
    expect(layer.style.transform).toBe('');
    const want = at([11, 49]);
    expect(Math.abs(start('a')[0] - want.x)).toBeLessThan(0.06);
    expect(Math.abs(start('a')[1] - want.y)).toBeLessThan(0.06);
    // A frame with the camera unchanged (tiles arriving, hover) touches nothing.
    const el = container.querySelector('path[data-partnership-id="a"]')!;
    const spy = vi.spyOn(el, 'setAttribute');
    c.frame();
    expect(spy).not.toHaveBeenCalled();
  });

  it('on a change of the view (a period step) writes only the paths that change: those that stay keep theirs, those that enter are drawn in place', async () => {
    const { svg, c, props, rerender, d, start } = setup({ arcs: ARCS.slice(0, 2) });
    const stay = svg.querySelector('path[data-partnership-id="a"]')!;
    const before = d('a');
    const spy = vi.spyOn(stay, 'setAttribute');
    await rerender({ ...props, arcs: ARCS });
    expect(svg.getAttribute('data-drawn')).toBe('4');
    expect(spy.mock.calls.filter(([name]) => name === 'd')).toEqual([]);
    expect(d('a')).toBe(before);
    // The arc that entered is on its places, as the one that stayed.
    const want = c.project([4.5, 45.5]);
    expect(Math.abs(start('c')[0] - want.x)).toBeLessThan(0.06);
    expect(Math.abs(start('c')[1] - want.y)).toBeLessThan(0.06);
    // Focusing a place fans its arcs out: their paths change.
    await rerender({ ...props, arcs: ARCS, focus: 'DE2' });
    expect(d('a')).not.toBe(before);
    // After a zoom, the next change draws every path afresh, in place.
    await rerender({ ...props, arcs: ARCS, focus: null });
    c.cam.scale = 420;
    await rerender({ ...props, arcs: ARCS.slice(0, 3), focus: null });
    for (const [id, ll] of [['a', [11, 49]], ['c', [4.5, 45.5]]] as const) {
      const at = c.project(ll as LngLat);
      expect(Math.abs(start(id)[0] - at.x)).toBeLessThan(0.06);
      expect(Math.abs(start(id)[1] - at.y)).toBeLessThan(0.06);
    }
  });

  it('a line back in the view (a step back) takes the path it had with the same camera, and is drawn afresh after a zoom', async () => {
    const { svg, c, props, rerender, d, start } = setup();
    const first = d('c');
    await rerender({ ...props, arcs: ARCS.slice(0, 2) });
    expect(svg.querySelector('path[data-partnership-id="c"]')).toBeNull();
    await rerender({ ...props, arcs: ARCS });
    const back = svg.querySelector('path[data-partnership-id="c"]')!;
    expect(back.getAttribute('d')).toBe(first);
    // Its casing has the same data.
    expect([...svg.querySelectorAll('path.casing')].some((p) => p.getAttribute('d') === first)).toBe(true);
    await rerender({ ...props, arcs: ARCS.slice(0, 2) });
    c.cam.scale = 420;
    await rerender({ ...props, arcs: ARCS });
    expect(d('c')).not.toBe(first);
    const at = c.project([4.5, 45.5]);
    expect(Math.abs(start('c')[0] - at.x)).toBeLessThan(0.06);
    expect(Math.abs(start('c')[1] - at.y)).toBeLessThan(0.06);
  });

  it('finds the arc under the pointer, away from the ends where arcs meet, also while moved', () => {
    const { c, component } = setup();
    const mid = (id: string) => {
      const arc = ARCS.find((a) => a.id === id)!;
      const p = c.project(arc.points[16]);
      return [p.x, p.y] as const;
    };
    const [x, y] = mid('c');
    expect(component.arcAt(x, y + 1)?.id).toBe('c');
    expect(component.arcAt(x, y + 40)).toBeNull();
    const end = c.project([4.5, 45.5]);
    expect(component.arcAt(end.x, end.y)).toBeNull();
    c.cam.moving = true;
    c.cam.center = [61, 40];
    c.frame();
    const [x2, y2] = mid('c');
    expect(component.arcAt(x2, y2)?.id).toBe('c');
  });

  it(`paints more than ${CANVAS_THRESHOLD} arcs on a canvas, one stroke per look, and still hit-tests them`, () => {
    const many = buildArcs(
      Array.from({ length: CANVAS_THRESHOLD + 1 }, (_, i) => partnership({ id: `p${i}`, euUnit: i % 2 ? 'DE2' : 'FRK', euCountry: i % 2 ? 'DE' : 'FR' })),
      ctx,
    );
    const { svg, container, c, component } = setup({ arcs: many });
    expect(svg.querySelectorAll('path.arc').length).toBe(0);
    expect(svg.getAttribute('data-drawn')).toBe(String(CANVAS_THRESHOLD + 1));
    expect(container.querySelector('canvas')!.hidden).toBe(false);
    // Two looks: each stroked once, over its casing (one stroke more per look, not per arc).
    expect(painted.filter((p) => p === 'stroke').length).toBe(2 * 2);
    expect(painted.filter((p) => p === 'moveTo').length).toBe(2 * (CANVAS_THRESHOLD + 1));
    const p = c.project(many[1].points[16]);
    expect(component.arcAt(p.x, p.y)).not.toBeNull();
  });

  it('while MapLibre loads (early), paints its lines on the canvas, their SVG paths made and written but unseen; then shows the paths, painting nothing again', async () => {
    const { svg, container, rerender, d, start, c, component } = setup({ early: true });
    const canvas = container.querySelector('canvas')!;
    // The canvas shows the lines: each look stroked once over its casing, every arc drawn.
    expect(canvas.hidden).toBe(false);
    // Every line traced for its stroke (and most for their casing too).
    expect(painted.filter((p) => p === 'moveTo').length).toBeGreaterThanOrEqual(ARCS.length);
    expect(painted.filter((p) => p === 'stroke').length).toBeGreaterThan(0);
    // The SVG lines exist, with their path data, under a hiding attribute (ArcOverlay's CSS: visibility hidden).
    expect(svg.hasAttribute('data-early')).toBe(true);
    expect(svg.querySelectorAll('path.arc')).toHaveLength(ARCS.length);
    const p = c.project(ARCS[0].from);
    expect(Math.hypot(start('a')[0] - p.x, start('a')[1] - p.y)).toBeLessThan(0.2);
    const before = d('a');
    // Picked on the canvas as on the paths.
    const mid = c.project(ARCS[1].points[16]);
    expect(component.arcAt(mid.x, mid.y)).not.toBeNull();
    // The map is idle: the paths are seen, the canvas hidden, nothing painted or written again.
    painted.length = 0;
    await rerender({ early: false });
    expect(svg.hasAttribute('data-early')).toBe(false);
    expect(canvas.hidden).toBe(true);
    expect(painted).toEqual([]);
    expect(d('a')).toBe(before);
  });

  it('cases every line: a casing under all lines with its data, its width plus an edge, its opacity, dashed with it; gone with it', async () => {
    const { svg, rerender, props } = setup();
    const casings = () => [...svg.querySelectorAll('g.casings path.casing')];
    const lines = () => [...svg.querySelectorAll('g.arcs path.arc')];
    expect(casings()).toHaveLength(4);
    // The casings' group lies under the lines'; each casing follows its line's path.
    expect(svg.querySelector('g.casings')!.nextElementSibling!.classList.contains('arcs')).toBe(true);
    lines().forEach((line, i) => expect(casings()[i].getAttribute('d')).toBe(line.getAttribute('d')));
    const b = casings()[1];
    expect(Number((b as SVGPathElement).style.strokeWidth)).toBeCloseTo(casingWidth(arcStroke(false).width), 9);
    expect(b.getAttribute('stroke-dasharray')).toBe(casingDash([1.5, 4]).dash.join(' '));
    expect(Number(b.getAttribute('stroke-dashoffset'))).toBe(casingDash([1.5, 4]).offset);
    expect(casings()[0].getAttribute('stroke-dasharray')).toBeNull();
    // The theme's casing colours, for the CSS to pick one.
    expect((svg as SVGSVGElement).style.getPropertyValue('--casing-light')).toBe(CASING.light);
    expect((svg as SVGSVGElement).style.getPropertyValue('--casing-dark')).toBe(CASING.dark);
    // Focus: a raised line's casing widens with it, a dimmed one's fades with it.
    await rerender({ ...props, focus: 'DE2' });
    const byD = (id: string) => casings().find((c) => c.getAttribute('d') === svg.querySelector(`path[data-partnership-id="${id}"]`)!.getAttribute('d')) as SVGPathElement;
    expect(Number(byD('a').style.strokeWidth)).toBeCloseTo(casingWidth(arcStroke(false, 'hl').width), 9);
    expect(Number(byD('a').style.strokeOpacity)).toBe(1);
    // A dimmed (translucent) line has no casing showing: seen through it, a casing greys its colour.
    expect(arcStroke(false, 'dim', true).alpha).toBeLessThan(1);
    expect(Number(byD('c').style.strokeOpacity)).toBe(0);
    // A line that leaves takes its casing with it.
    await rerender({ ...props, arcs: ARCS.slice(0, 2), focus: null });
    expect(casings()).toHaveLength(2);
  });

  it('gives its SVG paths the stroke widths and opacities of arcStroke, as the canvas and the PNG paint them', () => {
    const { svg } = setup();
    const css = fs.readFileSync(path.join(import.meta.dirname, 'ArcOverlay.svelte'), 'utf8').split('<style>')[1];
    /** The declarations of the rule for exactly these classes of `path.arc`. */
    const rule = (classes: string) => {
      const m = css.match(new RegExp(`:global\\(path\\.arc${classes.replace(/\./g, '\\.')}\\)\\s*\\{([^}]*)\\}`));
      return m ? m[1] : '';
    };
    for (const anchored of [false, true])
      for (const emphasis of [null, 'hl', 'dim'] as Emphasis[]) {
        const st = arcStroke(anchored, emphasis);
        const body = rule(`${anchored ? '.country-anchored' : ''}${emphasis ? `.${emphasis}` : ''}`);
        expect(body).toContain(`stroke-width: var(${strokeVar(anchored, emphasis, 'width')})`);
        expect(body).toContain(`stroke-opacity: var(${strokeVar(anchored, emphasis, 'opacity')})`);
        expect(Number((svg as SVGSVGElement).style.getPropertyValue(strokeVar(anchored, emphasis, 'width')))).toBe(st.width);
        expect(Number((svg as SVGSVGElement).style.getPropertyValue(strokeVar(anchored, emphasis, 'opacity')))).toBe(st.alpha);
      }
    // No figure of its own for an arc's stroke.
    expect(css).not.toMatch(/path\.arc[^{]*\{[^}]*stroke-(width|opacity):\s*[\d.]/);
  });

  it('draws flows: one path per pair of ends, as wide as its partnerships (times the scale), adding up to the arcs', () => {
    const twice = buildArcs([...ARCS.map((a) => a.partnership), partnership({ id: 'e', euUnit: 'DE2' })], ctx);
    const { svg } = setup({ arcs: twice, lines: 'flows', scale: 2 });
    expect(svg.getAttribute('data-lines')).toBe('flows');
    expect(svg.querySelectorAll('path[data-partnership-id]').length).toBe(0);
    const flows = [...svg.querySelectorAll('path.flow[data-flow]')];
    expect(flows.map((f) => [f.getAttribute('data-flow'), f.getAttribute('data-count')])).toEqual([
      ['DE2>CN-JS', '2'],
      ['DE2>CN-SD', '1'],
      ['FRK>CN-JS', '1'],
      ['DE>CN-JS', '1'],
    ]);
    expect(flows.reduce((n, f) => n + Number(f.getAttribute('data-count')), 0)).toBe(twice.length);
    const wide = flows[0] as SVGPathElement;
    expect(Number(wide.style.getPropertyValue('--flow-width'))).toBe(flowWidth(2) * 2);
    expect(wide.getAttribute('stroke-dasharray')).toBeNull();
    expect(svg.querySelector('path.flow[data-flow="DE>CN-JS"]')!.classList.contains('country-anchored')).toBe(true);
    expect(svg.getAttribute('data-drawn')).toBe('4');
  });

  it('opens the focused place’s flows into its single arcs, raised, the other flows dimmed; and back', async () => {
    const { svg, rerender, props } = setup({ lines: 'flows' });
    await rerender({ ...props, lines: 'flows', focus: 'DE2' });
    expect([...svg.querySelectorAll('path.arc.hl')].map((p) => p.getAttribute('data-partnership-id')).sort()).toEqual(['a', 'b']);
    expect([...svg.querySelectorAll('path.flow')].map((p) => [p.getAttribute('data-flow'), p.classList.contains('dim')])).toEqual([
      ['FRK>CN-JS', true],
      ['DE>CN-JS', true],
    ]);
    await rerender({ ...props, lines: 'flows', focus: null });
    expect(svg.querySelectorAll('path.arc').length).toBe(0);
    expect(svg.querySelectorAll('path.flow:not(.dim)').length).toBe(4);
    // The switch to single arcs: every partnership its own arc again.
    await rerender({ ...props, lines: 'arcs', focus: null });
    expect(svg.querySelectorAll('path.flow').length).toBe(0);
    expect(svg.querySelectorAll('path.arc[data-partnership-id]').length).toBe(4);
  });

  it('finds a flow under the pointer, as it finds an arc', () => {
    const { c, component } = setup({ lines: 'flows' });
    const p = c.project(ARCS[2].points[16]);
    const hit = component.arcAt(p.x, p.y + 1);
    expect(hit && isFlow(hit) ? hit.id : null).toBe('flow:FRK>CN-JS');
  });

  it('draws a status not stated quietly: its class reads the quiet widths and opacities of arcStroke', () => {
    const { svg } = setup();
    const quiet = svg.querySelector('path[data-partnership-id="c"]')!;
    expect(quiet.getAttribute('class')).toBe('arc quiet');
    expect(quiet.getAttribute('stroke-dasharray')).toBeNull();
    const css = fs.readFileSync(path.join(import.meta.dirname, 'ArcOverlay.svelte'), 'utf8').split('<style>')[1];
    for (const anchored of [false, true])
      for (const emphasis of [null, 'hl', 'dim'] as Emphasis[]) {
        const sel = `path\\.arc${anchored ? '\\.country-anchored' : ''}\\.quiet${emphasis ? `\\.${emphasis}` : ''}`;
        const body = css.match(new RegExp(`:global\\(${sel}\\)\\s*\\{([^}]*)\\}`))?.[1] ?? '';
        expect(body).toContain(`stroke-width: var(${strokeVar(anchored, emphasis, 'width', true)})`);
        expect(body).toContain(`stroke-opacity: var(${strokeVar(anchored, emphasis, 'opacity', true)})`);
        expect(Number((svg as SVGSVGElement).style.getPropertyValue(strokeVar(anchored, emphasis, 'width', true)))).toBe(arcStroke(anchored, emphasis, true).width);
        const fbody = css.match(new RegExp(`:global\\(path\\.flow${anchored ? '\\.country-anchored' : ''}${emphasis ? `\\.${emphasis}` : ''}\\)\\s*\\{([^}]*)\\}`))?.[1] ?? '';
        expect(fbody).toContain(`stroke-opacity: var(${flowVar(anchored, emphasis)})`);
        expect(Number((svg as SVGSVGElement).style.getPropertyValue(flowVar(anchored, emphasis)))).toBe(flowStroke(anchored, emphasis).alpha);
      }
  });
});
