/** Test helpers for the overlay modules: arcs from a small context, and a 2D context that records what it is told. */
import { buildArcs } from '../../arcs/arcs.ts';
import type { Country, Partnership } from '../../data/types.ts';
import { partnership, testPlace as place } from '../../data/testing.ts';
import type { Ctx2D } from './painter.ts';

const places = new Map([place('DE2', [11, 49], 'DE'), place('FRK', [4.5, 45.5], 'FR'), place('CN-JS', [119, 33], 'CN'), place('CN-SD', [118, 36], 'CN')].map((p) => [p.id, p]));
const countries = new Map<string, Country>([['DE', { id: 'DE', name: 'Germany', anchor: [10, 51], surveyed: true }]]);

/** Arcs of the given partnerships between two German and French regions and two Chinese provinces. */
export const testArcs = (list: Partnership[]) => buildArcs(list, { places, countries });

/** Four arcs: a (DE2→CN-JS), b (DE2→CN-SD, ended), c (FRK→CN-JS, unknown), d (Germany's anchor→CN-JS). */
export const FOUR = () =>
  testArcs([
    partnership({ id: 'a', euUnit: 'DE2' }),
    partnership({ id: 'b', euUnit: 'DE2', cnUnit: 'CN-SD', cnProvince: 'CN-SD', status: 'ended' }),
    partnership({ id: 'c', euCountry: 'FR', euUnit: 'FRK', status: 'unknown' }),
    partnership({ id: 'd' }),
  ]);

/** One call to a recording context: a method with its arguments, or a property set (`=lineWidth`) with its value. */
export type Call = [string, ...unknown[]];

/** A 2D context that records every call and property set, in order. */
export function recordingContext(): { ctx: Ctx2D & Pick<CanvasRenderingContext2D, 'setTransform' | 'clearRect'>; calls: Call[] } {
  const calls: Call[] = [];
  const target: Record<string, unknown> = {};
  const ctx = new Proxy(target, {
    get: (_t, name: string) => (name in target ? target[name] : (...args: unknown[]) => void calls.push([name, ...args])),
    set: (_t, name: string, value) => {
      target[name] = value;
      calls.push([`=${name}`, value]);
      return true;
    },
  });
  return { ctx: ctx as unknown as Ctx2D & Pick<CanvasRenderingContext2D, 'setTransform' | 'clearRect'>, calls };
}
