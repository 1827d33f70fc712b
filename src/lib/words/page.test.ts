import { describe, expect, it } from 'vitest';
import { attributionText } from './core.ts';
import { attributionParts, embedSubtitle, loadFailed, mapCredit, pageTitle } from './page.ts';

describe('page words', () => {
  it('cuts the credit line around the source title without losing a character', () => {
    const { before, cite, after } = attributionParts();
    expect(before).toBe('Source: ');
    expect(cite).toBe('The Subnational Dimension of EU-China Relations');
    expect(after.startsWith(' (2019), Tables 4–9;')).toBe(true);
    expect(before + cite + after).toBe(attributionText());
    expect(attributionText()).toContain(`${mapCredit()}.`);
  });

  it('titles the tab after the view and the app', () => {
    expect(pageTitle('EU–China partnerships: 2014–2017')).toBe('EU–China partnerships: 2014–2017 · EU–China Partnership Atlas');
  });

  it('says what the embed shows and why loading failed', () => {
    expect(embedSubtitle('New in the period')).toBe(
      'New in the period: arcs join European regions (or their country, where the report names none) to Chinese partners.',
    );
    expect(loadFailed('HTTP 404')).toBe('The atlas could not load its data. HTTP 404');
  });
});
