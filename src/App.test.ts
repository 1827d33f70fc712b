import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';

const webgl = vi.hoisted(() => ({ ok: true }));
vi.mock('./lib/map/webgl.ts', () => ({ hasWebGL2Api: () => webgl.ok }));
// The map itself needs WebGL: its behaviour is covered by the end-to-end tests in Chromium.
vi.mock('./lib/page/Atlas.svelte', async () => ({ default: (await import('./lib/page/Notice.svelte')).default }));

import App from './App.svelte';

afterEach(() => {
  vi.unstubAllGlobals();
  webgl.ok = true;
});

describe('App', () => {
  it('says so, with a retry, when the geometry cannot be loaded — and recovers on retry', async () => {
    let calls = 0;
    vi.stubGlobal('fetch', async () => {
      calls++;
      return new Response('missing', { status: 404 });
    });
    render(App);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The atlas could not load its data');
    expect(alert.textContent).toContain('HTTP 404');
    const before = calls;
    screen.getByRole('button', { name: 'Try again' }).click();
    await vi.waitFor(() => expect(calls).toBeGreaterThan(before));
  });

  it('says so, and still shows the atlas (drawn as SVG), when WebGL2 is unavailable', async () => {
    webgl.ok = false;
    const files: Record<string, string> = {
      './geo/regions.json': 'public/geo/regions.json',
      './geo/countries.json': 'public/geo/countries.json',
      './geo/first.json': 'public/geo/first.json',
      './data/bundle.json': 'public/data/bundle.json',
    };
    vi.stubGlobal('fetch', async (url: string) => new Response(fs.readFileSync(path.resolve(files[url]), 'utf8'), { status: 200 }));
    render(App);
    expect((await screen.findByTestId('no-webgl')).textContent).toContain('WebGL2 is unavailable');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the title', () => {
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    render(App);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('EU–China Partnership Atlas');
  });
});
