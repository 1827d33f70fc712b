import { afterEach, describe, expect, it } from 'vitest';
import { openAtlas, waitForMapIdle, type AtlasPage } from './browser.ts';
import { CSP } from '../../vite.config.ts';

describe('Content-Security-Policy in a real Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('the built page carries the policy, and nothing the atlas does violates it (map, worker, embed preview, PNG, presenter)', async () => {
    atlas = await openAtlas('?period=2014-2017', {
      setup: (context) =>
        // Init scripts come from the DevTools protocol, not the page: the CSP does not apply to them.
        context.addInitScript(() => {
          (window as unknown as { __csp: string[] }).__csp = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
          );
        }),
    });
    const { page } = atlas;
    await waitForMapIdle(page);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CSP);
    // Inline script is refused: the policy is in force, not just present.
    const inline = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(inline).toBe(false);
    const violations = async () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.filter((v) => !v.includes('inline')));
    await page.getByTestId('open-embed').click();
    const preview = await (await page.waitForSelector('[data-testid="embed-preview"]')).contentFrame();
    await preview!.waitForFunction(() => (window as unknown as { atlasMap?: { loaded(): boolean } }).atlasMap?.loaded() === true, undefined, { polling: 100 });
    expect(await preview!.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await page.keyboard.press('Escape');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await page.getByTestId('open-presenter').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    expect(await violations()).toEqual([]);
    expect(atlas.errors.filter((e) => !/Content Security Policy.*inline/i.test(e))).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });
});
