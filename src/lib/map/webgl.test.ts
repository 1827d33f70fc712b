import { describe, expect, it } from 'vitest';
import { hasWebGL2Api } from './webgl.ts';

describe('hasWebGL2Api', () => {
  it('is true when the browser has the WebGL2 API, false when it is switched off or missing', () => {
    expect(hasWebGL2Api({ WebGL2RenderingContext: function WebGL2RenderingContext() {} })).toBe(true);
    expect(hasWebGL2Api({})).toBe(false);
    expect(hasWebGL2Api({ WebGL2RenderingContext: undefined })).toBe(false);
  });
});
