import { describe, expect, it } from 'vitest';
import { embedSnippet, inIframe, reportHeight } from './embed.ts';

describe('reportHeight', () => {
  it('posts the height at start and on every change, never twice the same', () => {
    const posted: unknown[] = [];
    const el = { scrollHeight: 480.4 } as Element;
    let fire = () => {};
    let disconnected = false;
    const stop = reportHeight({ postMessage: (m: unknown) => posted.push(m) } as unknown as Window, el, (cb) => {
      fire = cb;
      return { observe: () => {}, disconnect: () => (disconnected = true) };
    });
    fire();
    (el as { scrollHeight: number }).scrollHeight = 620;
    fire();
    expect(posted).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 481 },
      { sentinel: 'amp', type: 'embed-size', height: 620 },
    ]);
    stop();
    expect(disconnected).toBe(true);
  });
});

describe('inIframe', () => {
  it('is false at the top, true in a frame or when the top cannot be read', () => {
    const top = {} as Window;
    expect(inIframe(Object.assign(top, { self: top, top }))).toBe(false);
    expect(inIframe({ self: {}, top: {} } as Window)).toBe(true);
    const hostile = {
      self: {},
      get top(): Window {
        throw new Error('cross-origin');
      },
    } as unknown as Window;
    expect(inIframe(hostile)).toBe(true);
  });
});

describe('embedSnippet', () => {
  it('is a titled full-width iframe plus a resize listener for the AMP message', () => {
    const s = embedSnippet({ src: 'https://example.org/atlas/?embed&period=1982-1989', title: 'EU–China partnerships: 1982–1989', height: 520 });
    expect(s).toContain('<iframe src="https://example.org/atlas/?embed&amp;period=1982-1989" title="EU–China partnerships: 1982–1989"');
    expect(s).toContain('width="100%" height="520"');
    expect(s).toContain('d.sentinel !== "amp"');
    expect(s).toContain('f.contentWindow === e.source');
  });

  it('escapes quotes and markup in the title and address', () => {
    const s = embedSnippet({ src: 'https://x/?a="><script>', title: '"><img src=x onerror=alert(1)>', height: 400 });
    expect(s).not.toMatch(/"><(img|script)/);
    expect(s).toContain('title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });
});
