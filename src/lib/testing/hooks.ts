/**
 * Handles for the end-to-end tests and the benchmark, in the builds made for
 * them only: `vite build --mode e2e` (tests/e2e/global-setup.ts,
 * scripts/bench/build.ts). In any other build `import.meta.env.MODE` is not
 * 'e2e', the condition is false when the code is bundled, and the bundler drops
 * the assignments with their names: nothing of this ships.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

/** The Vite mode of a build for tests and the benchmark. */
export const TEST_MODE = 'e2e';

/** Exposes the map as `window.atlasMap`. */
export function exposeMap(map: MaplibreMap): void {
  if (import.meta.env.MODE === TEST_MODE && typeof window !== 'undefined') (window as unknown as { atlasMap?: MaplibreMap }).atlasMap = map;
}

/** Exposes the app's state as `window.atlasState`. */
export function exposeState(state: object): void {
  if (import.meta.env.MODE === TEST_MODE && typeof window !== 'undefined') (window as unknown as { atlasState?: object }).atlasState = state;
}
