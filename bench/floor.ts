/**
 * The benchmark's floor (npm run bench): MapLibre with the atlas's own offline
 * basemap, the same style, geometry and map options as the app's MapView, and
 * nothing else (no arcs, no panels, no data bundle). Built apart from the app
 * (into bench-results/floor), never part of dist/. `?w=…&h=…` sizes the map
 * like the app's map; `window.atlasMap` is set as in the app.
 */
import { BASE_MAP_OPTIONS, MaplibreMap, startMapWorkers } from '../src/lib/map/maplibre.ts';
import { buildStyle, INITIAL_BOUNDS, PALETTES } from '../src/lib/map/style.ts';
import { loadGeo } from '../src/lib/geo/topo.ts';

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
for (const [key, prop] of [['w', 'width'], ['h', 'height']] as const) {
  const v = Number(params.get(key));
  if (v > 0) container.style[prop] = `${v}px`;
}

// As the app does: MapLibre's worker starts while the geometry loads.
startMapWorkers();
const geo = await loadGeo(fetch, './');
const map = new MaplibreMap({
  ...BASE_MAP_OPTIONS,
  container,
  style: buildStyle(geo, PALETTES.light, false),
  bounds: INITIAL_BOUNDS,
  fitBoundsOptions: { padding: 16 },
});
(window as unknown as { atlasMap?: unknown }).atlasMap = map;
