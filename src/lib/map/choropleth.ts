/**
 * The choropleth's feature-states: what to set on the map so that each unit's fill
 * shows its count on a ramp from 1 to the view's maximum (see `choroplethColour`).
 */

export interface UnitState {
  count: number;
  /** Where the count sits on the ramp: 0 at one partnership, 1 at the maximum. */
  share: number;
}

/** The largest count (0 for none): the top of the legend's scale. */
export function maxCount(counts: ReadonlyMap<string, number>): number {
  let max = 0;
  for (const n of counts.values()) if (n > max) max = n;
  return max;
}

/** The ramp's top: the largest count, and never under 2 so the ramp always ascends. */
export function rampTop(counts: ReadonlyMap<string, number>): number {
  return Math.max(2, maxCount(counts));
}

/** A unit's state for `n` partnerships on a ramp topping at `top` (≥ 2). */
export function unitState(n: number, top: number): UnitState {
  return n > 0 ? { count: n, share: Math.min(1, (n - 1) / (top - 1)) } : { count: 0, share: 0 };
}

/**
 * The states to write to go from `prev` to `next` (both unit id → state): units that
 * changed, and units that left (back to zero). Unchanged units are left alone.
 */
export function stateChanges(prev: ReadonlyMap<string, UnitState>, next: ReadonlyMap<string, UnitState>): [string, UnitState][] {
  const out: [string, UnitState][] = [];
  for (const id of prev.keys()) if (!next.has(id)) out.push([id, { count: 0, share: 0 }]);
  for (const [id, s] of next) {
    const p = prev.get(id);
    if (!p || p.count !== s.count || p.share !== s.share) out.push([id, s]);
  }
  return out;
}

/** Every unit's state for the counts given (units with zero are left out). */
export function choroplethStates(counts: ReadonlyMap<string, number>): Map<string, UnitState> {
  const top = rampTop(counts);
  const out = new Map<string, UnitState>();
  for (const [id, n] of counts) if (n > 0) out.set(id, unitState(n, top));
  return out;
}

/**
 * The colour the map's fill gives a share of the ramp (stops at 0, ½ and 1, linear
 * in RGB between them, as MapLibre interpolates), for drawings made without the map
 * (SVG export).
 */
export function rampColour(share: number, ramp: readonly string[]): string {
  const t = Math.min(1, Math.max(0, share)) * (ramp.length - 1);
  const i = Math.min(ramp.length - 2, Math.floor(t));
  const f = t - i;
  const a = rgb(ramp[i]);
  const b = rgb(ramp[i + 1]);
  return '#' + a.map((v, k) => Math.round(v + (b[k] - v) * f).toString(16).padStart(2, '0')).join('');
}

function rgb(hex: string): number[] {
  return [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
}
