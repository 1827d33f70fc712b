/**
 * WebGL2 detection: MapLibre 6 needs it; without it the app says so and draws
 * the SVG map instead of showing a blank one.
 *
 * Two steps, so that no WebGL context is made twice: `hasWebGL2Api` is an
 * instant look for the API (absent when the browser has 3D switched off), and
 * the map itself is the real probe — MapLibre throws from its constructor when
 * it gets no context, and MapView reports that (`onnowebgl`). A separate probe
 * context costs tens of milliseconds before the first frame (more with a
 * software GPU), which `npm run bench` showed on the load.
 */
export function hasWebGL2Api(win: { WebGL2RenderingContext?: unknown } = globalThis as { WebGL2RenderingContext?: unknown }): boolean {
  return typeof win.WebGL2RenderingContext === 'function';
}
