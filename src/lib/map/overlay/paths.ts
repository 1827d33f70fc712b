/**
 * The overlay's SVG marks: arc paths for the join (fades are CSS animations,
 * class `fade` on entering arcs and `leaving` on leaving ones: no script per
 * frame, no Animation object per arc), anchor rings and programme links.
 */
import { casingDash } from '../casing.ts';
import { dashArray, type ArcElements } from './join.ts';
import { ANCHOR_RING, casingLook } from './painter.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Arc and flow paths in `group`, for `ArcJoin`; `dispose` stops the pending sweep of faded paths.
 * An arc's path carries its partnership's id (`data-partnership-id`); a flow's its pair of ends
 * (`data-flow`, 'DE>CN-SD'), the partnerships it holds (`data-count`) and its width, times `scale`.
 */
/** The middle rail of each hollow line's path (a reconstruction): a second path, right after it. */
const rails = new WeakMap<SVGPathElement, SVGPathElement>();
/** The middle rail drawn down a hollow line's path, if it is hollow (the stage gives it the path's data). */
export const railOf = (el: SVGPathElement): SVGPathElement | undefined => rails.get(el);

/** The casing under each line's path (map/casing.ts), in the casings' group, and what its look is worked out from. */
const casings = new WeakMap<SVGPathElement, Casing>();
/** A casing, its line's class, and its line's own width when it has one: a flow's, a hollow line's outer width. */
interface Casing {
  el: SVGPathElement;
  cls: string;
  flow: number | null;
  hollow: number | null;
  /** Its class and inline style as last written: written again only when they change. */
  written?: string;
}
/** The casing drawn under a line's path, if the overlay has casings (the stage gives it the path's data). */
export const casingOf = (el: SVGPathElement): SVGPathElement | undefined => casings.get(el)?.el;

/** Its line's look on a casing (painter.ts `casingLook`): width and opacity inline, fades by class. */
function lookCasing(c: Casing, scale: number) {
  const look = casingLook(c.cls, scale, c.hollow ?? c.flow);
  const cls = `casing${c.cls.split(' ').includes('fade') ? ' fade' : ''}`;
  // None under a translucent line (casing.ts casingAlpha): not painted at all. One write of the whole style, not one per property.
  const style = `stroke-width: ${look.width}; stroke-opacity: ${look.alpha};${look.alpha > 0 ? '' : ' display: none;'}`;
  const written = `${cls}|${style}`;
  if (c.written === written) return;
  c.written = written;
  c.el.setAttribute('class', cls);
  c.el.style.cssText = style;
}

/**
 * `casingGroup`: where each line's casing goes (under every line), dashed as the line with
 * an edge all round each dash (map/casing.ts `casingDash`); none without it.
 */
export function svgArcPaths(group: SVGGElement, scale = 1, casingGroup?: SVGGElement): ArcElements<SVGPathElement> & { dispose(): void } {
  const doc = group.ownerDocument;
  /** Elements fading out, swept away together once the last of them has faded (one timer, not one per arc). */
  const leaving = new Set<SVGPathElement>();
  let sweep: ReturnType<typeof setTimeout> | undefined;
  let sweepAt = 0;
  const sweepLater = (ms: number) => {
    sweepAt = performance.now() + ms;
    if (sweep !== undefined) return;
    const run = () => {
      const wait = sweepAt - performance.now();
      if (wait > 0) {
        sweep = setTimeout(run, wait);
        return;
      }
      sweep = undefined;
      for (const l of leaving) l.remove();
      leaving.clear();
    };
    sweep = setTimeout(run, ms);
  };
  const restyle = (el: SVGPathElement, change: Partial<Casing>) => {
    const c = casings.get(el);
    if (!c) return;
    Object.assign(c, change);
    lookCasing(c, scale);
  };
  return {
    create(id, flow = false) {
      const el = doc.createElementNS(SVG_NS, 'path');
      if (flow) el.setAttribute('data-flow', id.replace(/^flow:/, ''));
      else el.setAttribute('data-partnership-id', id);
      group.append(el);
      if (casingGroup) {
        const casing = doc.createElementNS(SVG_NS, 'path');
        casingGroup.append(casing);
        casings.set(el, { el: casing, cls: '', flow: null, hollow: null });
      }
      return el;
    },
    setClass: (el, cls) => {
      el.setAttribute('class', cls);
      restyle(el, { cls });
    },
    setColour: (el, colour) => el.setAttribute('stroke', colour),
    setDash: (el, dash) => {
      if (dash) el.setAttribute('stroke-dasharray', dash);
      else el.removeAttribute('stroke-dasharray');
      const casing = casingOf(el);
      if (!casing) return;
      const cd = casingDash(dashArray(dash));
      if (!cd.dash.length) {
        casing.removeAttribute('stroke-dasharray');
        casing.removeAttribute('stroke-dashoffset');
        return;
      }
      casing.setAttribute('stroke-dasharray', cd.dash.map((d) => d * scale).join(' '));
      casing.setAttribute('stroke-dashoffset', String(cd.offset * scale));
    },
    setFlow(el, width, count) {
      el.style.setProperty('--flow-width', String(width * scale));
      el.setAttribute('data-count', String(count));
      restyle(el, { flow: width });
    },
    setHollow(el, look, dash) {
      let rail = rails.get(el);
      if (!look) {
        rail?.remove();
        rails.delete(el);
        el.style.removeProperty('stroke-width');
        restyle(el, { hollow: null });
        return;
      }
      restyle(el, { hollow: look.width });
      if (!rail) {
        rail = doc.createElementNS(SVG_NS, 'path');
        rail.setAttribute('class', 'rail');
        rail.setAttribute('d', el.getAttribute('d') ?? '');
        rails.set(el, rail);
      }
      el.after(rail);
      // The outer line of the look widened, and the rail of the map's colour down its middle, as opaque as the line.
      el.style.setProperty('stroke-width', String(look.width * scale));
      rail.style.setProperty('stroke-width', String(look.rail * scale));
      rail.style.setProperty('stroke-opacity', String(look.alpha));
      if (dash) rail.setAttribute('stroke-dasharray', dash);
      else rail.removeAttribute('stroke-dasharray');
    },
    raise(el) {
      group.append(el);
      const rail = rails.get(el);
      if (rail) group.append(rail);
    },
    /**
     * Leaving arcs lose their id at once (they are no longer part of the view), fade out and go; the element,
     * its rail and casing are kept out of the page for the arc's return (`revive`).
     */
    leave(el, duration) {
      const rail = rails.get(el);
      const casing = casingOf(el);
      if (!duration) {
        el.remove();
        rail?.remove();
        casing?.remove();
        return;
      }
      for (const part of [rail, casing]) {
        if (!part) continue;
        part.classList.add('leaving');
        leaving.add(part);
      }
      el.removeAttribute('data-partnership-id');
      el.removeAttribute('data-flow');
      el.classList.add('leaving');
      leaving.add(el);
      sweepLater(duration / 2 + 20);
    },
    revive(el, id, flow) {
      const rail = rails.get(el);
      const casing = casingOf(el);
      // Still fading out: no longer to be swept away.
      leaving.delete(el);
      if (rail) leaving.delete(rail);
      if (casing) leaving.delete(casing);
      el.classList.remove('leaving');
      if (flow) el.setAttribute('data-flow', id.replace(/^flow:/, ''));
      else el.setAttribute('data-partnership-id', id);
      group.append(el);
      if (rail) {
        rail.classList.remove('leaving');
        el.after(rail);
      }
      if (casing && casingGroup) {
        casing.classList.remove('leaving');
        casingGroup.append(casing);
      }
    },
    clear() {
      for (const el of group.querySelectorAll('path.arc, path.flow, path.rail')) el.remove();
      for (const el of casingGroup?.querySelectorAll('path.casing') ?? []) el.remove();
    },
    dispose: () => {
      clearTimeout(sweep);
      sweep = undefined;
    },
  };
}

/** A new anchor ring in `group`, with its tooltip element. */
export function newRing(group: SVGGElement): SVGCircleElement {
  const doc = group.ownerDocument;
  const el = doc.createElementNS(SVG_NS, 'circle');
  el.setAttribute('class', 'anchor');
  el.setAttribute('r', String(ANCHOR_RING.radius));
  el.append(doc.createElementNS(SVG_NS, 'title'));
  group.append(el);
  return el;
}

/** A new programme-link path in `group`. */
export function newLinkPath(group: SVGGElement): SVGPathElement {
  return group.appendChild(group.ownerDocument.createElementNS(SVG_NS, 'path'));
}
