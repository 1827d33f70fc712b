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
    raise: (el) => group.append(el),
    /** Leaving arcs lose their id at once (they are no longer part of the view), fade out and go. */
    leave(el, duration) {
      if (!duration) {
        el.remove();
        return;
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
      for (const el of group.querySelectorAll('path.arc, path.flow')) el.remove();
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
