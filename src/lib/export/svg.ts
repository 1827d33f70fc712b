/**
 * A static SVG of a view, drawn by D3 (d3-geo) from the same geometry and the
 * same arc module as the live overlay: for print-quality export and as the map
 * when WebGL is unavailable. Pure: returns markup, touches no DOM.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { arcStroke, countryColour, hollow, isFlow, type LineDatum } from '../arcs/arcs.ts';
import { flowStroke } from '../arcs/flows.ts';
import { pathData, projectArc, type LngLat, type Project } from '../arcs/geometry.ts';
import { PALETTES, shadingColours, type Theme } from '../map/style.ts';
import { shadeOf, shadingKey, type Shading } from '../map/choropleth.ts';
import { className, classRange, SHADING_HEAD } from '../words/index.ts';
import { ANCHOR_RING } from '../map/overlay/painter.ts';
import { estimateWidth, GLYPH_WIDTH, layoutLegend, legendSections, wrapText, type Glyph } from './legend.ts';
import type { GeoData } from '../geo/topo.ts';
import type { EuCountry } from '../data/types.ts';
import { casingAlpha, casingDash, casingFor, casingWidth } from '../map/casing.ts';
import { dashArray } from '../map/overlay/join.ts';
import { locale } from '../i18n/active.ts';

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
  /** The credit line (words/core.ts attributionText, as under the map). */
  attribution: string;
  /** How to cite the atlas (metadata.ts exportCitation): kept in the file's metadata, not drawn. */
  citation?: string | null;
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
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${locale}" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" role="img" aria-label="${esc(o.title)}">`,
    `<title>${esc(o.title)}</title>`,
    ...(o.citation ? [metadataSvg(o.citation, o.attribution)] : []),
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
    if (edge > 0) cased.push(`<path stroke-width="${round(casingWidth(width))}"${edge < 1 ? ` stroke-opacity="${edge}"` : ''}${casingDashes} d="${d}"/>`);
    lines.push(`<path ${key} stroke="${a.colour}" ${look}${dash} d="${d}"/>`);
    if (rail > 0) lines.push(`<path class="rail" stroke="${palette.land}" stroke-width="${rail}"${opacity}${dash} d="${d}"/>`);
  }
  out.push(`</g><g class="casings" fill="none" stroke="${casing}" stroke-linecap="round">`, ...cased, `</g><g class="arcs" fill="none" stroke-linecap="round">`, ...lines, `</g>`);
  // Country anchors: a ring where lines start from a country, as the map draws them (painter.ts ANCHOR_RING).
  const rings = anchorPoints(o.arcs).map(project);
  if (rings.length) {
    out.push(`<g class="anchors" fill="${palette.land}" stroke="${chrome.text}" stroke-width="${ANCHOR_RING.width}">`);
    for (const [x, y] of rings) out.push(`<circle cx="${round(x)}" cy="${round(y)}" r="${ANCHOR_RING.radius}"/>`);
    out.push(`</g>`);
  }
  out.push(`</g>`);
  // Title band, legend, credit line.
  out.push(
    `<rect width="100%" height="${top}" fill="${chrome.surface}"/>`,
    `<text x="12" y="24" font-family="Noto Sans, sans-serif" font-size="18" font-weight="700" fill="${chrome.text}">${esc(o.title)}</text>`,
  );
  if (o.subtitle) out.push(`<text x="12" y="44" font-family="Noto Sans, sans-serif" font-size="12" fill="${chrome.muted}">${esc(o.subtitle)}</text>`);
  const credit = creditSvg(o.attribution, o.width, o.height, chrome);
  out.push(legendSvg(o, shading, chrome, credit.top), credit.markup);
  out.push(`</svg>`);
  return out.join('');
}

/**
 * The file's metadata (SVG's own `<metadata>`, never drawn): how to cite the atlas
 * and the credit line, each in an element of its own, in plain words. No outside
 * vocabulary's namespace: the file names no address but SVG's own.
 */
export function metadataSvg(citation: string, credit: string): string {
  return `<metadata><citation>${esc(citation)}</citation><source>${esc(credit)}</source></metadata>`;
}


/** Where the drawing's lines start at a country's anchor (the report names no region), each once. */
export function anchorPoints(arcs: SvgViewOptions['arcs']): LngLat[] {
  const seen = new Map<string, LngLat>();
  for (const a of arcs) if (a.countryAnchored && !seen.has(a.euEnd)) seen.set(a.euEnd, a.from);
  return [...seen.values()];
}

/** The legend's font size and row height; the widest the box grows before its keys wrap. */
export const LEGEND_FONT = 11;
export const LEGEND_ROW = 16;
export const LEGEND_MAX_WIDTH = 560;
const LEGEND_PAD = 6;
const CREDIT_FONT = 9;
const CREDIT_LINE = 11;

const measure = (t: string) => estimateWidth(t, LEGEND_FONT);

/** The credit line at the bottom right, wrapped where the drawing is narrow, on a band of the surface; `top` is where it starts. */
function creditSvg(text: string, width: number, height: number, chrome: Chrome): { markup: string; top: number } {
  const lines = wrapText(text, (t) => estimateWidth(t, CREDIT_FONT), width - 16);
  const top = height - 4 - lines.length * CREDIT_LINE;
  const w = Math.min(width, Math.max(...lines.map((l) => estimateWidth(l, CREDIT_FONT))) + 12);
  const spans = lines.map((l, i) => `<tspan x="${width - 8}" y="${top + (i + 1) * CREDIT_LINE - 2}">${esc(l)}</tspan>`).join('');
  return {
    top,
    markup:
      `<g class="credit"><rect x="${width - w}" y="${top - 2}" width="${w}" height="${height - top + 2}" fill="${chrome.surface}" fill-opacity="0.85"/>` +
      `<text text-anchor="end" font-family="Noto Sans, sans-serif" font-size="${CREDIT_FONT}" fill="${chrome.muted}">${spans}</text></g>`,
  };
}

/** The legend box at the bottom left, above the credit line: every key the drawing needs (legend.ts), no wider than it must be. */
function legendSvg(o: SvgViewOptions, shading: Shading, chrome: Chrome, bottom: number): string {
  const sections = legendSections({
    countries: o.legend.map((l) => ({ id: l.country, name: l.name, colour: countryColour(l.country), count: l.count })),
    arcs: o.arcs,
  });
  // The shading as the live legend stacks it: its heading over the swatches, each range under its swatch.
  const swatches = shading.classes.length + 1;
  sections.push([{ id: 'shading', parts: [], block: { width: Math.max(estimateWidth(SHADING_HEAD, LEGEND_FONT), swatches * (SWATCH.width + SWATCH.gap)), height: SHADING_BLOCK } }]);
  const maxWidth = Math.min(LEGEND_MAX_WIDTH, o.width - 2 * (LEGEND_PAD + 6));
  const layout = layoutLegend(sections, measure, maxWidth, LEGEND_ROW);
  const x0 = 6 + LEGEND_PAD;
  const y0 = bottom - 4 - LEGEND_PAD - layout.height;
  const out = [
    `<g class="legend" font-family="Noto Sans, sans-serif" font-size="${LEGEND_FONT}" fill="${chrome.text}">`,
    `<rect class="legend-box" x="6" y="${y0 - LEGEND_PAD}" width="${round(layout.width + 2 * LEGEND_PAD)}" height="${layout.height + 2 * LEGEND_PAD}" fill="${chrome.surface}" fill-opacity="0.92" stroke="${chrome.border}"/>`,
  ];
  for (const p of layout.placed) {
    const x = x0 + p.x;
    const y = y0 + p.y;
    if (p.key.block) {
      // Its heading's capitals rise above the baseline: the block's drawing starts a little lower than its row.
      out.push(shadingSvg(shading, x, y + 3));
      continue;
    }
    const cls = p.key.id === 'low' ? ' class="key low-key"' : ' class="key"';
    out.push(`<g${cls} data-key="${esc(p.key.id)}">`);
    p.key.parts.forEach((part, i) => {
      const at = { x: x0 + p.parts[i].x, text: x0 + p.parts[i].text };
      if (part.glyph) out.push(glyphSvg(part.glyph, at.x, y + LEGEND_ROW / 2, chrome));
      if (part.text) out.push(`<text x="${round(at.text)}" y="${y + LEGEND_ROW - 4}">${esc(part.text)}</text>`);
    });
    out.push(`</g>`);
  }
  out.push(`</g>`);
  return out.join('');
}

/** A key's glyph, its left edge at `x`, centred on `y`: drawn as the map draws what it keys. */
function glyphSvg(g: Glyph, x: number, y: number, chrome: Chrome): string {
  const w = GLYPH_WIDTH[g.kind];
  const line = `M${round(x)} ${round(y)}h${w}`;
  switch (g.kind) {
    case 'swatch':
      return `<rect x="${round(x)}" y="${round(y - 5)}" width="10" height="10" fill="${g.colour}"/>`;
    case 'line': {
      const dash = g.dash ? ` stroke-dasharray="${g.dash}" stroke-linecap="butt"` : ' stroke-linecap="round"';
      const opacity = g.alpha < 1 ? ` stroke-opacity="${g.alpha}"` : '';
      return `<path d="${line}" stroke="${chrome.text}" stroke-width="${g.width}"${opacity}${dash} fill="none"/>`;
    }
    case 'hollow':
      return `<path d="${line}" stroke="${chrome.text}" stroke-width="${g.width}"/><path d="${line}" stroke="${chrome.surface}" stroke-width="${g.rail}"/>`;
    case 'ring':
      return `<circle cx="${round(x + w / 2)}" cy="${round(y)}" r="${g.radius}" fill="${chrome.surface}" stroke="${chrome.text}" stroke-width="${g.width}"/>`;
    case 'flow':
      return `<path d="M${round(x + 1)} ${round(y)}h${w - 2}" stroke="${chrome.text}" stroke-width="${g.width}" stroke-linecap="round"/>`;
    case 'shade':
      return `<rect x="${round(x)}" y="${round(y - 5)}" width="${w}" height="10" fill="${g.colour}"${g.outline ? ' stroke="#8d94a0" stroke-width="0.8"' : ''}/>`;
  }
}

type Chrome = { surface: string; text: string; muted: string; border: string };

/** The drawing's title band, legend box and text, as the page's surface and text tokens of each theme (app.css). */
const CHROME: Record<Theme, Chrome> = {
  light: { surface: '#ffffff', text: '#1d1c1a', muted: '#4a4943', border: '#d5d3cc' },
  dark: { surface: '#1d2027', text: '#ecebe7', muted: '#b9bdc6', border: '#4a505c' },
};

/** Height of the shading key (its heading, the swatches, their ranges). */
const SHADING_BLOCK = 42;
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
