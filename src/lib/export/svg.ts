/**
 * A static SVG of a view, drawn by D3 (d3-geo) from the same geometry and the
 * same arc module as the live overlay: for print-quality export and as the map
 * when WebGL is unavailable. Pure: returns markup, touches no DOM.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { arcStroke, COUNTRY_COLOURS, isFlow, type LineDatum } from '../arcs/arcs.ts';
import { flowStroke } from '../arcs/flows.ts';
import { pathData, projectArc, type LngLat, type Project } from '../arcs/geometry.ts';
import { LIGHT, RAMP } from '../map/style.ts';
import { choroplethStates, rampColour } from '../map/choropleth.ts';
import type { GeoData } from '../geo/topo.ts';
import type { EuCountry } from '../data/types.ts';

export interface SvgViewOptions {
  geo: GeoData;
  /** The lines the view draws: single arcs and flows (arcs/flows.ts viewLines). */
  arcs: readonly LineDatum[];
  /** Partnerships per map unit (choropleth). */
  unitCounts: ReadonlyMap<string, number>;
  /** [[west, south], [east, north]] to fit. */
  bounds: [[number, number], [number, number]];
  width: number;
  height: number;
  title: string;
  subtitle?: string;
  /** Per-country counts for the legend, in the report's order. */
  legend: { country: EuCountry; name: string; count: number }[];
  attribution: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The d3 projection fitting the bounds into the map area (below the title band). */
export function fitProjection(bounds: SvgViewOptions['bounds'], width: number, height: number, top: number) {
  const [[w, s], [e, n]] = bounds;
  const frame: GeoPermissibleObjects = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[w, s], [e, n], [w, n], [e, s]] },
  };
  return geoMercator().fitExtent(
    [
      [8, top + 8],
      [width - 8, height - 8],
    ],
    frame,
  );
}

export function renderSvg(o: SvgViewOptions): string {
  const top = o.subtitle ? 56 : 40;
  const projection = fitProjection(o.bounds, o.width, o.height, top);
  const path = geoPath(projection);
  const project: Project = (ll: LngLat) => projection(ll) as [number, number];
  // The map's own ramp: the same states, the same colours.
  const states = choroplethStates(o.unitCounts);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" role="img" aria-label="${esc(o.title)}">`,
    `<title>${esc(o.title)}</title>`,
    `<rect width="100%" height="100%" fill="#dfe9f0"/>`,
    `<defs><clipPath id="map-area"><rect x="0" y="${top}" width="${o.width}" height="${o.height - top}"/></clipPath></defs>`,
    `<g clip-path="url(#map-area)">`,
    `<g class="countries" fill="#f6f4ef" stroke="#b9b6ad" stroke-width="0.5">`,
  );
  for (const f of o.geo.countries.features) {
    const d = path(f);
    if (d) out.push(`<path d="${d}"/>`);
  }
  out.push(`</g><g class="regions" stroke="#8c8a84" stroke-width="0.3">`);
  for (const f of o.geo.regions.features) {
    const d = path(f);
    if (!d) continue;
    const state = states.get(f.properties.id);
    const fill = state ? rampColour(state.share, RAMP) : f.properties.side === 'cn' ? LIGHT.cn : LIGHT.eu;
    out.push(`<path data-unit="${esc(f.properties.id)}" fill="${fill}" d="${d}"/>`);
  }
  out.push(`</g><g class="arcs" fill="none" stroke-linecap="round">`);
  for (const a of o.arcs) {
    // Widths and opacities as on screen and in the PNG (arcStroke, a flow's own width and flowStroke); dashes end square there too.
    const { width, alpha } = isFlow(a) ? { width: a.width, alpha: flowStroke(a.countryAnchored).alpha } : arcStroke(a.countryAnchored, null, a.quiet);
    const look = `stroke-width="${width}"${alpha < 1 ? ` stroke-opacity="${alpha}"` : ''}`;
    const dash = a.dash ? ` stroke-dasharray="${a.dash}" stroke-linecap="butt"` : '';
    const key = isFlow(a) ? `data-flow="${esc(a.id.replace(/^flow:/, ''))}" data-count="${a.arcs.length}"` : `data-partnership-id="${esc(a.id)}"`;
    out.push(`<path ${key} stroke="${a.colour}" ${look}${dash} d="${pathData(projectArc(a.points, project, a.bend))}"/>`);
  }
  out.push(`</g></g>`);
  // Title band, legend, attribution.
  out.push(
    `<rect width="100%" height="${top}" fill="#fff"/>`,
    `<text x="12" y="24" font-family="Noto Sans, sans-serif" font-size="18" font-weight="700" fill="#1d1c1a">${esc(o.title)}</text>`,
  );
  if (o.subtitle) out.push(`<text x="12" y="44" font-family="Noto Sans, sans-serif" font-size="12" fill="#4a4943">${esc(o.subtitle)}</text>`);
  const lx = 12;
  let ly = o.height - 18 - o.legend.length * 16;
  out.push(
    `<g class="legend" font-family="Noto Sans, sans-serif" font-size="11" fill="#1d1c1a"><rect x="${lx - 6}" y="${ly - 14}" width="170" height="${o.legend.length * 16 + 8}" fill="#fff" fill-opacity="0.92" stroke="#d5d3cc"/>`,
  );
  for (const l of o.legend) {
    out.push(`<rect x="${lx}" y="${ly - 9}" width="10" height="10" fill="${COUNTRY_COLOURS[l.country]}"/><text x="${lx + 16}" y="${ly}">${esc(l.name)}: ${l.count}</text>`);
    ly += 16;
  }
  out.push(`</g>`);
  out.push(
    `<text x="${o.width - 8}" y="${o.height - 6}" text-anchor="end" font-family="Noto Sans, sans-serif" font-size="9" fill="#55534d">${esc(o.attribution)}</text>`,
    `</svg>`,
  );
  return out.join('');
}
