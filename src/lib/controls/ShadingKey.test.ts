import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ShadingKey from './ShadingKey.svelte';
import { shadingKey } from '../map/choropleth.ts';
import { DARK, LIGHT, shadingColours } from '../map/style.ts';

const swatches = () =>
  screen.getAllByTestId('shading-swatch').map((li) => ({
    range: li.querySelector('.range')!.textContent,
    colour: li.getAttribute('data-colour'),
    background: (li.querySelector('.swatch') as HTMLElement).style.background,
    title: li.getAttribute('title'),
  }));

describe('ShadingKey', () => {
  it('shows a swatch for none in the land tint, then each class of the view with its range, the last ending at the maximum', () => {
    const shading = shadingKey(new Map([['CN-SD', 15], ['CN-BJ', 7], ['CN-AH', 3], ['FRK', 1]]), shadingColours(LIGHT));
    render(ShadingKey, { props: { shading } });
    const s = swatches();
    expect(s.map((x) => x.range)).toEqual(['0', '1', '2', '3–4', '5–8', '9–15']);
    expect(s.map((x) => x.colour)).toEqual([LIGHT.land, ...LIGHT.ramp]);
    // The colour is painted, not only carried in an attribute (jsdom gives rgb()).
    expect(s[0].background).toBe('rgb(246, 244, 239)');
    expect(s[0].title).toBe('none: 0 partnerships');
    expect(s[3].title).toBe('3–4 partnerships');
    expect(screen.getByTestId('max-unit').textContent).toBe('15');
    expect(screen.getByRole('group').getAttribute('aria-label')).toBe('Partnerships per province or region, from none to 15');
  });

  it('in a view with few partnerships, spreads its classes from the faintest to the strongest colour', () => {
    render(ShadingKey, { props: { shading: shadingKey(new Map([['a', 2], ['b', 1]]), shadingColours(DARK)) } });
    expect(swatches().map((x) => [x.range, x.colour])).toEqual([
      ['0', DARK.land],
      ['1', DARK.ramp[0]],
      ['2', DARK.ramp[4]],
    ]);
  });
});
