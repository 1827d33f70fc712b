/**
 * The exports' legend (the SVG drawing, the no-WebGL map, the PNG): what the
 * drawing contains, keyed as the live legend keys it, and laid out in rows that
 * wrap at a width. Pure: the SVG and PNG modules draw the keys; the text is
 * measured by whoever draws it (the PNG's canvas, an estimate for the SVG).
 *
 * Only what the drawing holds gets a key: the countries (with their counts), the
 * flows' widths when it draws flows, the status of single arcs (solid, dashed,
 * dotted, or the quiet line of a status not stated: arcs.ts STATUS_DASH and
 * arcStroke), the hollow line of a reconstruction, the country anchor's ring,
 * and the shading.
 */
import { arcStroke, isFlow, QUIET_STATUS, STATUS_DASH, type LineDatum } from '../arcs/arcs.ts';
import { flowWidth, widthKeys } from '../arcs/flows.ts';
import { ANCHOR_RING } from '../map/overlay/painter.ts';
import type { Shading } from '../map/choropleth.ts';
import type { Status } from '../data/types.ts';
import { ANCHOR_KEY, classRange, exportCountryKey, FLOW_WIDTH_LABEL, flowWidthUnit, LOW_KEY_LABEL, SHADING_HEAD, STATUS_LABEL, STATUS_ORDER } from '../words/index.ts';

/** What a key draws before its text. */
export type Glyph =
  | { kind: 'swatch'; colour: string }
  | { kind: 'line'; width: number; alpha: number; dash: string | null }
  | { kind: 'hollow'; width: number; rail: number }
  | { kind: 'ring'; radius: number; width: number }
  | { kind: 'flow'; width: number }
  | { kind: 'shade'; colour: string; outline: boolean; lo: number; hi: number };

/** Glyph widths in pixels: a line is long enough to show two of its dashes. */
export const GLYPH_WIDTH: Record<Glyph['kind'], number> = { swatch: 10, line: 22, hollow: 22, ring: 12, flow: 18, shade: 18 };

/** One part of a key: a glyph and its text (either may be missing). */
export interface KeyPart {
  glyph: Glyph | null;
  text: string;
}

/** A key: parts that stay together on one row (the flows' widths and their counts read as one). */
export interface Key {
  /** 'country-FR', 'status-ended', 'low', 'anchor', 'flows', 'shading-head', 'shade-3-4'… */
  id: string;
  parts: KeyPart[];
  /** A key of a fixed size (the SVG's shading block), drawn by its renderer. */
  block?: { width: number; height: number };
}

/** Keys that start a row of their own (countries; lines; shading). */
export type Section = Key[];

export interface LegendInput {
  /** The countries in the report's order, with their colours and counts in the view. */
  countries: readonly { id: string; name: string; colour: string; count: number }[];
  /** The lines the drawing holds. */
  arcs: readonly LineDatum[];
  /** The map's shading key, if the drawing is shaded. */
  shading?: Shading;
}

/** The statuses the drawing's single arcs have, in the legend's order (flows carry none: they are solid). */
export function drawnStatuses(arcs: readonly LineDatum[]): Status[] {
  const seen = new Set<Status>();
  for (const a of arcs) if (!isFlow(a)) seen.add(a.partnership.status);
  return STATUS_ORDER.filter((s) => seen.has(s));
}

/** A status's key line: drawn as the map draws an arc of a named region with that status. */
export function statusGlyph(s: Status): Glyph {
  const st = arcStroke(false, null, s === QUIET_STATUS);
  return { kind: 'line', width: st.width, alpha: st.alpha, dash: STATUS_DASH[s] };
}

/** The shading's keys: its heading, a swatch for none (the land's tint, outlined), then each class with its range. */
export function shadingKeys(shading: Shading, head = `${SHADING_HEAD}:`): Key[] {
  const swatches = [{ lo: 0, hi: 0, colour: shading.none }, ...shading.classes];
  return [
    { id: 'shading-head', parts: [{ glyph: null, text: head }] },
    ...swatches.map((c) => ({
      id: `shade-${c.lo}-${c.hi}`,
      parts: [{ glyph: { kind: 'shade', colour: c.colour, outline: c.hi === 0, lo: c.lo, hi: c.hi } as Glyph, text: c.hi === 0 ? '0' : classRange(c.lo, c.hi) }],
    })),
  ];
}

/** The legend's sections for a drawing: countries; then the lines (flow widths, statuses, hollow, anchor ring); then the shading. */
export function legendSections(input: LegendInput): Section[] {
  const countries: Section = input.countries.map((c) => ({
    id: `country-${c.id}`,
    parts: [{ glyph: { kind: 'swatch', colour: c.colour }, text: exportCountryKey(c.name, c.count) }],
  }));
  const lines: Section = [];
  const flows = input.arcs.filter(isFlow);
  if (flows.length) {
    const counts = widthKeys(flows);
    lines.push({
      id: 'flows',
      parts: [
        { glyph: null, text: FLOW_WIDTH_LABEL },
        ...counts.map((n) => ({ glyph: { kind: 'flow', width: flowWidth(n) } as Glyph, text: String(n) })),
        { glyph: null, text: flowWidthUnit(counts.at(-1) ?? 1) },
      ],
    });
  }
  for (const s of drawnStatuses(input.arcs)) lines.push({ id: `status-${s}`, parts: [{ glyph: statusGlyph(s), text: STATUS_LABEL[s] }] });
  if (input.arcs.some((a) => a.low)) {
    const st = arcStroke(false, null, false, true);
    lines.push({ id: 'low', parts: [{ glyph: { kind: 'hollow', width: st.width, rail: st.rail ?? 0 }, text: LOW_KEY_LABEL }] });
  }
  if (input.arcs.some((a) => a.countryAnchored)) lines.push({ id: 'anchor', parts: [{ glyph: { kind: 'ring', ...ANCHOR_RING }, text: ANCHOR_KEY }] });
  return [countries, lines, input.shading ? shadingKeys(input.shading) : []].filter((s) => s.length > 0);
}

/** Space between a glyph and its text, between a key's parts, and between keys on a row. */
export const GAPS = { glyph: 5, part: 5, key: 14 } as const;

export interface Placed {
  key: Key;
  /** Left edge and top of its row, relative to the legend's origin. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where each part starts (its glyph, then its text at `text`). */
  parts: { x: number; text: number }[];
}

export interface LegendLayout {
  placed: Placed[];
  /** The extent of the keys: the widest row, and the rows' heights. */
  width: number;
  height: number;
}

/** A part's width: its glyph, the gap, its text. */
const glyphWidth = (p: KeyPart) => (p.glyph ? GLYPH_WIDTH[p.glyph.kind] + (p.text ? GAPS.glyph : 0) : 0);
const partWidth = (p: KeyPart, measure: (t: string) => number) => glyphWidth(p) + (p.text ? measure(p.text) : 0);

/**
 * The keys in rows: each section starts a row; its keys follow one another and
 * wrap before one that would run past `maxWidth` (a key wider than that has a row
 * of its own). `rowHeight` is a row of text; a block key's row is as tall as it.
 */
export function layoutLegend(sections: readonly Section[], measure: (text: string) => number, maxWidth: number, rowHeight: number): LegendLayout {
  const placed: Placed[] = [];
  let y = 0;
  let width = 0;
  for (const section of sections) {
    let x = 0;
    let rowTall = 0;
    for (const key of section) {
      const parts: { x: number; text: number }[] = [];
      let w = 0;
      if (key.block) w = key.block.width;
      else
        key.parts.forEach((p, i) => {
          if (i > 0) w += GAPS.part;
          parts.push({ x: w, text: w + glyphWidth(p) });
          w += partWidth(p, measure);
        });
      const h = key.block ? key.block.height : rowHeight;
      if (x > 0 && x + GAPS.key + w > maxWidth) {
        y += rowTall;
        x = 0;
        rowTall = 0;
      }
      const left = x > 0 ? x + GAPS.key : 0;
      placed.push({ key, x: left, y, width: w, height: h, parts: parts.map((p) => ({ x: left + p.x, text: left + p.text })) });
      x = left + w;
      rowTall = Math.max(rowTall, h);
      width = Math.max(width, x);
    }
    y += rowTall;
  }
  return { placed, width, height: y };
}

/** Words on lines no wider than `maxWidth` (a word wider than that has a line of its own); joined with spaces they give `text` back. */
export function wrapText(text: string, measure: (t: string) => number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * A text's width in Noto Sans at `size` pixels, estimated on the generous side
 * (the SVG is drawn without a DOM to measure in): wide for capitals and CJK,
 * narrow for i, l, punctuation and spaces.
 */
export function estimateWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80) em += 1;
    else if (/[iljtfrI.,:;'’!|()\s]/.test(ch)) em += 0.34;
    else if (/[mwMW]/.test(ch)) em += 0.86;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else if (/[0-9]/.test(ch)) em += 0.58;
    else if (ch === '–' || ch === '—') em += ch === '–' ? 0.52 : 1;
    else em += 0.57;
  }
  return em * size;
}
