import { describe, expect, it } from 'vitest';
import { HoverStates } from './hover-states.ts';

describe('HoverStates', () => {
  const make = () => {
    const calls: string[] = [];
    const states = new HoverStates({ setFeatureState: (f, s) => calls.push(`${f.source}:${f.id}=${s.hover}`) }, ['regions', 'cities']);
    return { calls, states };
  };

  it('sets the hovered feature, clears the one before, and writes nothing when it stays', () => {
    const { calls, states } = make();
    states.only('regions', 'DE2');
    states.only('regions', 'DE2');
    states.only('regions', 'ES11');
    expect(calls).toEqual(['regions:DE2=true', 'regions:DE2=false', 'regions:ES11=true']);
  });

  it('one source at a time: hovering a dot clears the region; clear clears all', () => {
    const { calls, states } = make();
    states.only('regions', 'DE2');
    states.only('cities', 'de.munich');
    states.clear();
    expect(calls).toEqual(['regions:DE2=true', 'regions:DE2=false', 'cities:de.munich=true', 'cities:de.munich=false']);
  });
});
