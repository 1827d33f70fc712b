import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_MANIFEST } from './manifest.ts';

const root = join(import.meta.dirname, '../../..');
const css = readFileSync(join(root, 'src/app.css'), 'utf8');
/** A token of the light theme (the first `:root {` block of app.css). */
const token = (name: string) => {
  const block = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
  return new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1];
};
/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (file: string) => {
  const b = readFileSync(file);
  expect([...b.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return `${b.readUInt32BE(16)}x${b.readUInt32BE(20)}`;
};

describe('the web app manifest', () => {
  it('takes its colours from the page tokens, and index.html says the same', () => {
    expect(WEB_MANIFEST.theme_color).toBe(token('accent'));
    expect(WEB_MANIFEST.background_color).toBe(token('bg'));
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toContain(`<meta name="theme-color" content="${WEB_MANIFEST.theme_color}" />`);
  });

  it('starts where it is served from, in a window of its own', () => {
    expect(WEB_MANIFEST.start_url).toBe('./');
    expect(WEB_MANIFEST.scope).toBe('./');
    expect(WEB_MANIFEST.display).toBe('standalone');
    expect(WEB_MANIFEST.short_name.length).toBeLessThanOrEqual(15);
  });

  it('lists icons that exist at the sizes it claims, including 192 and 512 px and a maskable one', () => {
    for (const icon of WEB_MANIFEST.icons) {
      const file = join(root, 'public', icon.src);
      if (icon.type === 'image/png') expect(pngSize(file)).toBe(icon.sizes);
      else expect(readFileSync(file, 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
    }
    const sizes = WEB_MANIFEST.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(WEB_MANIFEST.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });
});
