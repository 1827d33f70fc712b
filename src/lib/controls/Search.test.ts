import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import { buildSearchIndex } from './search-index.ts';
import Search from './Search.svelte';

const bundle = parseBundle(raw);
const index = buildSearchIndex(bundle.places, bundle.countries);

function setup(label?: string) {
  const onpick = vi.fn();
  render(Search, { props: { index, onpick, ...(label ? { label } : {}) } });
  const input = screen.getByRole('combobox') as HTMLInputElement;
  return { onpick, input };
}

async function type(input: HTMLInputElement, text: string) {
  await fireEvent.input(input, { target: { value: text } });
}

const optionNames = () => screen.queryAllByRole('option').map((o) => o.querySelector('.name')?.textContent);

describe('Search', () => {
  const onWindowKey = vi.fn();
  afterEach(() => {
    window.removeEventListener('keydown', onWindowKey);
    onWindowKey.mockReset();
  });

  it('is a labelled combobox that controls a listbox', async () => {
    const { input } = setup();
    expect(screen.getByLabelText('Search places')).toBe(input);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    const listId = input.getAttribute('aria-controls')!;
    const list = document.getElementById(listId)!;
    expect(list.getAttribute('role')).toBe('listbox');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);

    await type(input, 'shan');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('listbox')).toBe(list);
    expect(screen.getAllByRole('option').every((o) => o.getAttribute('aria-selected') === 'false')).toBe(true);

    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    const first = screen.getAllByRole('option')[0];
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
  });

  it('takes a custom label', () => {
    const { input } = setup('Find a region or city');
    expect(screen.getByLabelText('Find a region or city')).toBe(input);
  });

  it('lists Shandong, Shanghai, Shanxi and Shaanxi for "shan", with kind and country or province', async () => {
    const { input } = setup();
    await type(input, 'shan');
    const names = optionNames();
    for (const n of ['Shandong', 'Shanghai', 'Shanxi', 'Shaanxi']) expect(names).toContain(n);
    const sd = screen.getAllByRole('option').find((o) => o.querySelector('.name')?.textContent === 'Shandong')!;
    expect(sd.textContent).toContain('province · China');
    const district = screen.getAllByRole('option').find((o) => o.textContent?.includes('Changning'))!;
    expect(district.textContent).toContain('district · Shanghai');
  });

  it('moves with ↓/↑/Home/End and picks with Enter', async () => {
    const { input, onpick } = setup();
    await type(input, 'shan');
    const options = screen.getAllByRole('option');
    const activeName = () => document.getElementById(input.getAttribute('aria-activedescendant')!)?.querySelector('.name')?.textContent;
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1].id);
    await fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    await fireEvent.keyDown(input, { key: 'End' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1].id);
    await fireEvent.keyDown(input, { key: 'Home' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    const expected = bundle.places.find((p) => p.name === activeName())!.id;
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onpick).toHaveBeenCalledExactlyOnceWith(expected);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('picks Shandong with ArrowDown + Enter on "shandong"', async () => {
    const { input, onpick } = setup();
    await type(input, 'shandong');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onpick).toHaveBeenCalledExactlyOnceWith('CN-SD');
    expect(input.value).toBe('Shandong');
  });

  it('picks with a mouse click', async () => {
    const { input, onpick } = setup();
    await type(input, 'liverpool');
    await fireEvent.click(screen.getAllByRole('option')[0]);
    expect(onpick).toHaveBeenCalledExactlyOnceWith('gb.liverpool');
  });

  it('closes on Escape, then clears on a second Escape', async () => {
    const { input, onpick } = setup();
    await type(input, 'shan');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input.value).toBe('shan');
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
    expect(onpick).not.toHaveBeenCalled();
  });

  it('shows the alias a place matched by ("Shantung" → Shandong)', async () => {
    const { input, onpick } = setup();
    await type(input, 'Shantung');
    const [opt] = screen.getAllByRole('option');
    expect(opt.querySelector('.name')?.textContent).toBe('Shandong');
    expect(opt.querySelector('.alias')?.textContent).toContain('Shantung');
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onpick).toHaveBeenCalledExactlyOnceWith('CN-SD');
  });

  it('finds by Chinese characters and says when nothing matches', async () => {
    const { input } = setup();
    await type(input, '山东');
    expect(optionNames()[0]).toBe('Shandong');
    await type(input, 'qqqqzz');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').textContent).toContain('No place matches');
  });

  it('keeps its keys from the global period shortcuts', async () => {
    window.addEventListener('keydown', onWindowKey);
    const { input } = setup();
    await type(input, 'shan');
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End', 'ArrowLeft', 'ArrowRight', ' ', 'Escape', 'Enter']) {
      await fireEvent.keyDown(input, { key });
    }
    expect(onWindowKey).not.toHaveBeenCalled();
    // With nothing to close or clear, Escape is left to the app.
    await type(input, '');
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(onWindowKey).toHaveBeenCalledOnce();
  });

  it('shows markup in a query as text', async () => {
    const { input } = setup();
    await type(input, '<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('<img');
  });
});
