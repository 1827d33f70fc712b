import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import Attribution from './Attribution.svelte';
import { attributionText } from '../words/index.ts';

describe('Attribution', () => {
  it('is the one credit line, with the source cited', () => {
    render(Attribution);
    const line = screen.getByTestId('attribution');
    expect(line.textContent).toBe(attributionText());
    expect(line.querySelector('cite')!.textContent).toBe('The Subnational Dimension of EU-China Relations');
  });
});
