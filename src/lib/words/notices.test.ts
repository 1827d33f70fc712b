import { describe, expect, it } from 'vitest';
import { ignoredItem, ignoredPeriod, ignoredRepeat, ignoredStepBeyond, ignoredSwitch, moreIgnored } from './notices.ts';

describe('notices', () => {
  it('name the key, the value and what was expected', () => {
    expect(ignoredRepeat('period')).toBe('Ignored a repeated "period" parameter.');
    expect(ignoredPeriod('1990', ['1982-1989', '1991-1999'])).toBe('Ignored period "1990": expected all or one of 1982-1989, 1991-1999.');
    expect(ignoredItem('status', 'dormant', ['active', 'ended'])).toBe('Ignored status "dormant": expected active, ended.');
    expect(ignoredSwitch('embed', 'yes')).toBe('Ignored embed "yes": expected no value, true or false.');
    expect(ignoredStepBeyond(9, 7)).toBe('Ignored step "9": the presentation has 7 steps.');
    expect(moreIgnored(395)).toBe('…and 395 more parameters were ignored.');
  });
});
