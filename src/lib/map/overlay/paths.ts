/**
 * The overlay's SVG marks: arc paths for the join (fades are CSS animations,
 * class `fade` on entering arcs and `leaving` on leaving ones: no script per
 * frame, no Animation object per arc), anchor rings and programme links.
 */
import type { ArcElements } from './join.ts';
import { ANCHOR_RING } from './painter.ts';

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

export function svgArcPaths(group: SVGGElement, scale = 1): ArcElements<SVGPathElement> & { dispose(): void } {
  const doc = group.ownerDocument;
  let leaving: SVGPathElement[] = [];
  let sweep: ReturnType<typeof setTimeout> | undefined;
  return {
    create(id, flow = false) {
      const el = doc.createElementNS(SVG_NS, 'path');
      if (flow) el.setAttribute('data-flow', id.replace(/^flow:/, ''));
      else el.setAttribute('data-partnership-id', id);
      group.append(el);
      return el;
    },
    setClass: (el, cls) => el.setAttribute('class', cls),
    setColour: (el, colour) => el.setAttribute('stroke', colour),
    setDash: (el, dash) => (dash ? el.setAttribute('stroke-dasharray', dash) : el.removeAttribute('stroke-dasharray')),
    setFlow(el, width, count) {
      el.style.setProperty('--flow-width', String(width * scale));
      el.setAttribute('data-count', String(count));
    },
    setHollow(el, look, dash) {
      let rail = rails.get(el);
      if (!look) {
        rail?.remove();
        rails.delete(el);
        el.style.removeProperty('stroke-width');
        return;
      }
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
    /** Leaving arcs lose their id at once (they are no longer part of the view), fade out and go. */
    leave(el, duration) {
      const rail = rails.get(el);
      rails.delete(el);
      if (!duration) {
        el.remove();
        rail?.remove();
        return;
      }
      if (rail) {
        rail.classList.add('leaving');
        leaving.push(rail);
      }
      el.removeAttribute('data-partnership-id');
      el.removeAttribute('data-flow');
      el.classList.add('leaving');
      leaving.push(el);
      clearTimeout(sweep);
      sweep = setTimeout(() => {
        for (const l of leaving) l.remove();
        leaving = [];
      }, duration / 2 + 20);
    },
    clear() {
      for (const el of group.querySelectorAll('path.arc, path.flow, path.rail')) el.remove();
    },
    dispose: () => clearTimeout(sweep),
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
