/**
 * A static SVG of a view, drawn by D3 (d3-geo) from the same geometry and the
 * same arc module as the live overlay: for print-quality export and as the map
 * when WebGL is unavailable. Pure: returns markup, touches no DOM.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { arcStroke, COUNTRY_COLOURS, hollow, isFlow, type LineDatum } from '../arcs/arcs.ts';
import { flowStroke } from '../arcs/flows.ts';
import { pathData, projectArc, type LngLat, type Project } from '../arcs/geometry.ts';
import { PALETTES, shadingColours, type Theme } from '../map/style.ts';
import { shadeOf, shadingKey, type Shading } from '../map/choropleth.ts';
import { className, classRange, LOW_KEY_LABEL, SHADING_HEAD } from '../words/index.ts';
import type { GeoData } from '../geo/topo.ts';
import type { EuCountry } from '../data/types.ts';
import { casingAlpha, casingDash, casingFor, casingWidth } from '../map/casing.ts';
import { dashArray } from '../map/overlay/join.ts';

/** A width or dash in the markup: to a hundredth of a pixel. */
const round = (v: number) => Math.round(v * 100) / 100;

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
  /** The map's colours (water, land, the shading): the page's theme for the no-WebGL map; light by default (exports). */
  theme?: Theme;
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
  // The map's own shading: the same classes, the same colours (choropleth.ts, style.ts).
  const palette = PALETTES[o.theme ?? 'light'];
  const chrome = CHROME[o.theme ?? 'light'];
  const shading = shadingKey(o.unitCounts, shadingColours(palette));
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" role="img" aria-label="${esc(o.title)}">`,
    `<title>${esc(o.title)}</title>`,
    `<rect width="100%" height="100%" fill="${palette.water}"/>`,
    `<defs><clipPath id="map-area"><rect x="0" y="${top}" width="${o.width}" height="${o.height - top}"/></clipPath></defs>`,
    `<g clip-path="url(#map-area)">`,
    `<g class="countries" fill="${palette.land}" stroke="${palette.border}" stroke-width="0.5">`,
  );
  for (const f of o.geo.countries.features) {
    const d = path(f);
    if (d) out.push(`<path d="${d}"/>`);
  }
  out.push(`</g><g class="regions" stroke="${palette.regionLine}" stroke-width="0.3">`);
  for (const f of o.geo.regions.features) {
    const d = path(f);
    if (!d) continue;
    const fill = shadeOf(o.unitCounts.get(f.properties.id) ?? 0, shading);
    out.push(`<path data-unit="${esc(f.properties.id)}" fill="${fill}" d="${d}"/>`);
  }
  // Each line's casing under every line (map/casing.ts): its edge stands out from any fill.
  const casing = casingFor(palette.land);
  const cased: string[] = [];
  const lines: string[] = [];
  for (const a of o.arcs) {
    // Widths and opacities as on screen and in the PNG (arcStroke, a flow's own width and flowStroke); dashes end square there too.
    // A reconstruction is hollow (arcs.ts `hollow`): the line widened, a rail of the land's colour down its middle.
    const { width, alpha, rail } = isFlow(a)
      ? { alpha: flowStroke(a.countryAnchored).alpha, ...(a.low ? hollow(a.width) : { width: a.width, rail: 0 }) }
      : { rail: 0, ...arcStroke(a.countryAnchored, null, a.quiet, a.low) };
    const opacity = alpha < 1 ? ` stroke-opacity="${alpha}"` : '';
    const look = `stroke-width="${width}"${opacity}`;
    const dash = a.dash ? ` stroke-dasharray="${a.dash}" stroke-linecap="butt"` : '';
    const cd = casingDash(dashArray(a.dash));
    const casingDashes = cd.dash.length ? ` stroke-dasharray="${cd.dash.map(round).join(' ')}" stroke-dashoffset="${cd.offset}" stroke-linecap="butt"` : '';
    const key = isFlow(a) ? `data-flow="${esc(a.id.replace(/^flow:/, ''))}" data-count="${a.arcs.length}"` : `data-partnership-id="${esc(a.id)}"`;
    const d = pathData(projectArc(a.points, project, a.bend));
    const edge = casingAlpha(alpha);
    cased.push(`<path stroke-width="${round(casingWidth(width))}"${edge < 1 ? ` stroke-opacity="${edge}"` : ''}${casingDashes} d="${d}"/>`);
    lines.push(`<path ${key} stroke="${a.colour}" ${look}${dash} d="${d}"/>`);
    if (rail > 0) lines.push(`<path class="rail" stroke="${palette.land}" stroke-width="${rail}"${opacity}${dash} d="${d}"/>`);
  }
  out.push(`</g><g class="casings" fill="none" stroke="${casing}" stroke-linecap="round">`, ...cased, `</g><g class="arcs" fill="none" stroke-linecap="round">`, ...lines);
  out.push(`</g></g>`);
  // Title band, legend, attribution.
  out.push(
    `<rect width="100%" height="${top}" fill="${chrome.surface}"/>`,
    `<text x="12" y="24" font-family="Noto Sans, sans-serif" font-size="18" font-weight="700" fill="${chrome.text}">${esc(o.title)}</text>`,
  );
  if (o.subtitle) out.push(`<text x="12" y="44" font-family="Noto Sans, sans-serif" font-size="12" fill="${chrome.muted}">${esc(o.subtitle)}</text>`);
  const lx = 12;
  // The hollow line's key, when the drawing has a reconstruction.
  const lowRows = o.arcs.some((a) => a.low) ? 2 : 0;
  let ly = o.height - 18 - (o.legend.length + lowRows) * 16 - SHADING_ROWS;
  out.push(
    `<g class="legend" font-family="Noto Sans, sans-serif" font-size="11" fill="${chrome.text}"><rect x="${lx - 6}" y="${ly - 14}" width="${LEGEND_WIDTH}" height="${(o.legend.length + lowRows) * 16 + 8 + SHADING_ROWS}" fill="${chrome.surface}" fill-opacity="0.92" stroke="${chrome.border}"/>`,
  );
  for (const l of o.legend) {
    out.push(`<rect x="${lx}" y="${ly - 9}" width="10" height="10" fill="${COUNTRY_COLOURS[l.country]}"/><text x="${lx + 16}" y="${ly}">${esc(l.name)}: ${l.count}</text>`);
    ly += 16;
  }
  if (lowRows) {
    // Drawn as the map draws a reconstruction of a named region (arcStroke's hollow look); the label on two rows.
    const st = arcStroke(false, null, false, true);
    const [head, tail] = LOW_KEY_LABEL.split(': ');
    out.push(
      `<g class="low-key"><path d="M${lx} ${ly - 4}h16" stroke="${chrome.text}" stroke-width="${st.width}"/><path d="M${lx} ${ly - 4}h16" stroke="${chrome.surface}" stroke-width="${st.rail}"/>`,
      `<text x="${lx + 22}" y="${ly}">${esc(head)}:</text><text x="${lx + 22}" y="${ly + 16}">${esc(tail ?? '')}</text></g>`,
    );
    ly += 32;
  }
  out.push(shadingSvg(shading, lx, ly - 9), `</g>`);
  out.push(
    `<text x="${o.width - 8}" y="${o.height - 6}" text-anchor="end" font-family="Noto Sans, sans-serif" font-size="9" fill="${chrome.muted}">${esc(o.attribution)}</text>`,
    `</svg>`,
  );
  return out.join('');
}

/** The drawing's title band, legend box and text, as the page's surface and text tokens of each theme (app.css). */
const CHROME: Record<Theme, { surface: string; text: string; muted: string; border: string }> = {
  light: { surface: '#ffffff', text: '#1d1c1a', muted: '#4a4943', border: '#d5d3cc' },
  dark: { surface: '#1d2027', text: '#ecebe7', muted: '#b9bdc6', border: '#4a505c' },
};

/** Height of the shading key under the country rows, and the legend box's width (it holds up to six swatches). */
const SHADING_ROWS = 44;
const LEGEND_WIDTH = 206;
const SWATCH = { width: 30, height: 10, gap: 2 };

/** The shading key as the live legend shows it: its heading, a swatch for none, then each class with its range. */
export function shadingSvg(shading: Shading, x: number, y: number): string {
  const out = [`<g class="shading"><text x="${x}" y="${y + 9}">${esc(SHADING_HEAD)}</text>`];
  const swatches = [{ lo: 0, hi: 0, colour: shading.none }, ...shading.classes];
  swatches.forEach((c, i) => {
    const sx = x + i * (SWATCH.width + SWATCH.gap);
    const outline = c.hi === 0 ? ' stroke="#8d94a0" stroke-width="0.8"' : '';
    out.push(
      `<rect data-lo="${c.lo}" data-hi="${c.hi}" x="${sx}" y="${y + 15}" width="${SWATCH.width}" height="${SWATCH.height}" fill="${c.colour}"${outline}><title>${esc(className(c.lo, c.hi))}</title></rect>`,
      `<text x="${sx + SWATCH.width / 2}" y="${y + 36}" text-anchor="middle" font-size="10">${c.hi === 0 ? '0' : esc(classRange(c.lo, c.hi))}</text>`,
    );
  });
  out.push(`</g>`);
  return out.join('');
}
