import { describe, expect, it } from 'vitest';
import { supportsWebGL2 } from './webgl.ts';

const docWith = (getContext: () => unknown) => ({ createElement: () => ({ getContext }) }) as unknown as Document;

describe('supportsWebGL2', () => {
  it('is true when a webgl2 context can be made', () => {
    expect(supportsWebGL2(docWith(() => ({ getExtension: () => null })))).toBe(true);
  });
  it('is false when the browser refuses or throws', () => {
    expect(supportsWebGL2(docWith(() => null))).toBe(false);
    expect(
      supportsWebGL2(
        docWith(() => {
          throw new Error('blocked');
        }),
      ),
    ).toBe(false);
  });
});
