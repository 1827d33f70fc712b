import { describe, expect, it } from 'vitest';
import { ANCHOR_NOTE, anchorRingTitle, MAP_LABEL } from './index.ts';

describe('map words', () => {
  it('names the map for screen readers as the keyboard-order test finds it', () => {
    expect(MAP_LABEL).toMatch(/^Map of European regions/);
  });
  it('says on an anchor ring that the report names no region, in the words the panels use', () => {
    expect(anchorRingTitle('Germany')).toBe(`Germany: ${ANCHOR_NOTE}`);
    expect(anchorRingTitle('Germany')).toBe('Germany: region not named in the report');
  });
});
