import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ConfidenceKey from './ConfidenceKey.svelte';
import ConfidenceFilter from './ConfidenceFilter.svelte';
import Legend from './Legend.svelte';
import { arcStroke } from '../arcs/arcs.ts';
import { COUNTRY_NAMES, TABLE4_BY_COUNTRY } from '../data/testing.ts';
import { shadingKey } from '../map/choropleth.ts';
import { LIGHT, shadingColours } from '../map/style.ts';
import { CERTAIN_ONLY_LABEL, LOW_KEY_LABEL, NO_RECONSTRUCTIONS_LABEL } from '../words/index.ts';

describe('ConfidenceKey', () => {
  it('draws the hollow line as the map draws a reconstruction (arcStroke), and names it', () => {
    render(ConfidenceKey);
    const key = screen.getByTestId('confidence-key');
    const st = arcStroke(false, null, false, true);
    const line = key.querySelector('[data-part="line"]')!;
    const rail = key.querySelector('[data-part="rail"]')!;
    expect(Number(line.getAttribute('stroke-width'))).toBe(st.width);
    expect(Number(rail.getAttribute('stroke-width'))).toBe(st.rail);
    // A certain line of the same look is narrower and has no rail: the key shows the difference.
    expect(st.width).toBeGreaterThan(arcStroke(false).width);
    expect(key.textContent).toContain(LOW_KEY_LABEL);
  });

  it('switches the filter: on keeps what the report states outright, off shows all', async () => {
    const onconfidences = vi.fn();
    const { rerender } = render(ConfidenceFilter, { props: { confidences: [], onconfidences } });
    const box = screen.getByRole('checkbox', { name: CERTAIN_ONLY_LABEL }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    await fireEvent.click(box);
    expect(onconfidences).toHaveBeenLastCalledWith(['high']);
    await rerender({ confidences: ['high', 'medium'], onconfidences });
    const on = screen.getByRole('checkbox', { name: NO_RECONSTRUCTIONS_LABEL }) as HTMLInputElement;
    expect(on.checked).toBe(true);
    await fireEvent.click(on);
    expect(onconfidences).toHaveBeenLastCalledWith([]);
  });

  it('is part of the legend, its filter only where the legend filters', () => {
    const props = {
      counts: TABLE4_BY_COUNTRY(),
      names: COUNTRY_NAMES,
      countries: [],
      statuses: [],
      shading: shadingKey(new Map([['CN-SD', 5]]), shadingColours(LIGHT)),
      ontogglecountry: vi.fn(),
      ontogglestatus: vi.fn(),
      onconfidences: vi.fn(),
    };
    const { unmount } = render(Legend, { props });
    expect(screen.getByTestId('legend').querySelector('[data-testid="confidence-key"]')).not.toBeNull();
    expect(screen.getByTestId('confidence-filter')).toBeTruthy();
    unmount();
    render(Legend, { props: { ...props, interactive: false } });
    expect(screen.getByTestId('confidence-key')).toBeTruthy();
    expect(screen.queryByTestId('confidence-filter')).toBeNull();
    // No filter without its handler.
    render(Legend, { props: { ...props, onconfidences: undefined } });
    expect(screen.getAllByTestId('confidence-key')).toHaveLength(2);
    expect(screen.queryByTestId('confidence-filter')).toBeNull();
  });
});
