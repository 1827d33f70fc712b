import { describe, expect, it } from 'vitest';
import { arcStroke, STATUS_DASH } from '../arcs/arcs.ts';
import { projectArc } from '../arcs/geometry.ts';
import { groupByLook } from '../map/overlay/join.ts';
import { ANCHOR_RING, paintArcs, paintCasings } from '../map/overlay/painter.ts';
import { casingFor } from '../map/casing.ts';
import { FOUR, recordingContext } from '../map/overlay/testing.ts';
import { composePng, FOOTER, FOOTER_SHADED, FOOTER_TEXT, footerLayout, HEADER, paintShading, pngLayout } from './png.ts';
import { shadingKey } from '../map/choropleth.ts';
import { DARK, shadingColours } from '../map/style.ts';
import { ANCHOR_KEY, attributionText, LOW_KEY_LABEL, SHADING_HEAD, STATUS_LABEL } from '../words/index.ts';

describe('pngLayout', () => {
  it('is as wide as the map, with the title strip above and the legend and attribution below', () => {
    expect(pngLayout(1000.4, 600)).toEqual({ width: 1000, height: HEADER + 600 + FOOTER, map: { x: 0, y: HEADER, width: 1000, height: 600 } });
  });
  it('never has an empty side', () => {
    expect(pngLayout(0, 0).width).toBe(1);
    expect(pngLayout(0, 0).map.height).toBe(1);
  });
});

describe('composePng', () => {
  it('paints the arcs with the live overlay’s painter: arcStroke’s widths and opacities, one stroke per look, rings on the anchors', () => {
    const arcs = FOUR();
    const { ctx, calls } = recordingContext();
    (ctx as unknown as { measureText: () => { width: number } }).measureText = () => ({ width: 40 });
    const canvas = { width: 0, height: 0, getContext: () => ctx };
    const doc = { createElement: () => canvas } as unknown as Document;
    const out = composePng(
      {
        mapCanvas: {} as CanvasImageSource,
        mapWidth: 400,
        mapHeight: 300,
        arcs,
        project: ([x, y]) => [x * 2, y * 3],
        anchors: [[10, 51]],
        title: 'Title',
        subtitle: 'Subtitle',
        legend: [{ name: 'Germany', colour: '#009E73', count: 3 }],
        attribution: 'Credit',
        theme: { background: '#fff', text: '#111', muted: '#666' },
      },
      2,
      doc,
    );
    expect(out).toBe(canvas);
    // The footer is as tall as its legend's rows and its credit line need (measured: every text 40 px wide here).
    const footer = footerLayout(ctx as never, { legend: [{ name: 'Germany', colour: '#009E73', count: 3 }], arcs, attribution: 'Credit' }, 400);
    expect(footer.height).toBe(FOOTER_TEXT.pad + footer.legend.height + 4 + FOOTER_TEXT.creditRow + FOOTER_TEXT.pad);
    expect([canvas.width, canvas.height]).toEqual([800, 2 * (HEADER + 300 + footer.height)]);
    // Drawn as paintArcs draws the same groups on a canvas of its own, over paintCasings' casings in the casing for the background.
    const want = recordingContext();
    const groups = groupByLook(arcs.map((arc) => ({ arc, xy: projectArc(arc.points, ([x, y]) => [x * 2, y * 3], arc.bend) })));
    paintCasings(want.ctx, groups, casingFor('#fff'));
    paintArcs(want.ctx, groups);
    const start = calls.findIndex(([n]) => n === 'translate');
    expect(calls.slice(start + 1, start + 1 + want.calls.length)).toEqual(want.calls);
    const widths = calls.slice(start).filter(([n]) => n === '=lineWidth').map(([, w]) => w);
    expect(widths).toContain(arcStroke(false).width);
    expect(widths).toContain(arcStroke(true).width);
    expect(calls).toContainEqual(['arc', 20, 153, ANCHOR_RING.radius, 0, 2 * Math.PI]);
  });
});

describe('reconstructions in the PNG', () => {
  it('are hollow as on the map (a rail of the background down the middle), and the legend row keys them', () => {
    const arcs = FOUR().map((a, i) => (i === 0 ? { ...a, low: true } : a));
    const { ctx, calls } = recordingContext();
    (ctx as unknown as { measureText: () => { width: number } }).measureText = () => ({ width: 40 });
    const canvas = { width: 0, height: 0, getContext: () => ctx };
    const doc = { createElement: () => canvas } as unknown as Document;
    const theme = { background: '#fafafa', text: '#111', muted: '#666' };
    const view = { mapCanvas: {} as CanvasImageSource, mapWidth: 400, mapHeight: 300, arcs, project: ([x, y]: [number, number]) => [x, y] as [number, number], anchors: [], title: 'T', subtitle: 'S', legend: [], attribution: 'C', theme };
    composePng(view, 1, doc);
    const st = arcStroke(arcs[0].countryAnchored, null, arcs[0].quiet, true);
    const railAt = calls.findIndex((c, i) => c[0] === '=lineWidth' && c[1] === st.rail && calls[i + 1]?.[0] === '=strokeStyle' && calls[i + 1][1] === theme.background);
    expect(railAt).toBeGreaterThan(-1);
    expect(calls.filter(([n]) => n === 'fillText').map(([, t]) => t)).toContain(LOW_KEY_LABEL);
    // Without a reconstruction, no key.
    const plain = recordingContext();
    (plain.ctx as unknown as { measureText: () => { width: number } }).measureText = () => ({ width: 40 });
    composePng({ ...view, arcs: FOUR() }, 1, { createElement: () => ({ width: 0, height: 0, getContext: () => plain.ctx }) } as unknown as Document);
    expect(plain.calls.filter(([n]) => n === 'fillText').map(([, t]) => t)).not.toContain(LOW_KEY_LABEL);
  });
});

describe('the shading key in the PNG', () => {
  it('is a row of its own under the countries: a swatch for none (outlined), then each class in its colour and range', () => {
    const shading = shadingKey(new Map([['CN-SD', 6], ['CN-BJ', 1]]), shadingColours(DARK));
    const { ctx, calls } = recordingContext();
    (ctx as unknown as { measureText: () => { width: number } }).measureText = () => ({ width: 20 });
    paintShading(ctx as never, shading, 14, 100, '#eee');
    const fills = calls.filter(([n]) => n === '=fillStyle').map(([, c]) => c);
    // Heading text, then per swatch: its colour, then the text colour for its range.
    expect(fills.filter((c) => c !== '#eee')).toEqual([DARK.land, ...DARK.ramp.filter((_, i) => [0, 1, 3, 4].includes(i))]);
    const texts = calls.filter(([n]) => n === 'fillText').map(([, t]) => t);
    expect(texts).toEqual([`${SHADING_HEAD}:`, '0', '1', '2', '3–4', '5–6']);
    expect(calls.filter(([n]) => n === 'strokeRect')).toHaveLength(1);
    expect(pngLayout(400, 300, true).height).toBe(HEADER + 300 + FOOTER_SHADED);
    expect(FOOTER_SHADED).toBeGreaterThan(FOOTER);
  });
});

describe('the PNG’s footer: every key the drawing needs, wrapped to the width, and the app’s credit line', () => {
  const measure = (t: string) => ({ width: t.length * 6.5 });
  const legend = ['France', 'Spain', 'Germany', 'Poland', 'United Kingdom', 'Italy'].map((name, i) => ({ name, colour: `#00000${i}`, count: 10 + i }));
  const shading = shadingKey(new Map([['CN-SD', 6], ['CN-BJ', 1]]), shadingColours(DARK));
  const theme = { background: '#fafafa', text: '#111', muted: '#666' };

  for (const width of [390, 1280]) {
    it(`at ${width} px: no text runs past the edge or over another, the credit line is the app’s, and the image holds it all`, () => {
      const arcs = FOUR().map((a, i) => (i === 0 ? { ...a, low: true } : a));
      const { ctx, calls } = recordingContext();
      (ctx as unknown as { measureText: typeof measure }).measureText = measure;
      const canvas = { width: 0, height: 0, getContext: () => ctx };
      const view = { mapCanvas: {} as CanvasImageSource, mapWidth: width, mapHeight: 300, arcs, project: ([x, y]: [number, number]) => [x, y] as [number, number], anchors: [], title: 'T', subtitle: 'S', legend, attribution: attributionText(), theme, shading };
      composePng(view, 1, { createElement: () => canvas } as unknown as Document);
      const footer = footerLayout(ctx as never, view, width);
      expect(canvas.height).toBe(HEADER + 300 + footer.height);
      const texts = calls.filter(([n, , , y]) => n === 'fillText' && (y as number) > HEADER + 300).map(([, t, x, y]) => ({ t: t as string, x: x as number, y: y as number }));
      // The keys, in the live legend's words: each status the arcs have, the hollow line, the anchor ring, the shading.
      const words = texts.map((x) => x.t);
      for (const s of ['active', 'ended', 'unknown'] as const) expect(words).toContain(STATUS_LABEL[s]);
      expect(words).not.toContain(STATUS_LABEL['not-active']);
      expect(words).toEqual(expect.arrayContaining([LOW_KEY_LABEL, ANCHOR_KEY, `${SHADING_HEAD}:`, 'Italy: 15']));
      // The credit line: the last lines, together exactly the app's.
      const credit = texts.slice(-footer.credit.length).map((x) => x.t);
      expect(credit.join(' ')).toBe(attributionText());
      expect(credit.length > 1).toBe(width === 390);
      // Each text's box: from its cap height above the baseline to its descenders (12 px keys, 11 px credit).
      const boxes = texts.map(({ t, x, y }, i) => {
        const size = i >= texts.length - credit.length ? FOOTER_TEXT.creditSize : FOOTER_TEXT.size;
        return { t, x, y: y - size, width: measure(t).width, height: size * 1.25 };
      });
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(FOOTER_TEXT.margin);
        expect(b.x + b.width, b.t).toBeLessThanOrEqual(width - FOOTER_TEXT.margin);
        expect(b.y + b.height).toBeLessThanOrEqual(canvas.height);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height, `${a.t} × ${b.t}`).toBe(false);
        }
      // The ended status's key is dotted as the map's arcs are (arcs.ts STATUS_DASH).
      expect(calls).toContainEqual(['setLineDash', STATUS_DASH.ended!.split(' ').map(Number)]);
    });
  }
});
