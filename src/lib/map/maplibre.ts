/**
 * The one place MapLibre is wired: its worker is served from this origin
 * (without this every GeoJSON layer silently renders nothing in MapLibre 6).
 */
import { Map as MaplibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker now (its script is fetched and compiled while the
 * page still loads its data and builds its views), not when the map is made.
 */
export function startMapWorkers(): void {
  prewarm();
}

export { MaplibreMap };
export type { Map as MaplibreMapType, MapMouseEvent, StyleSpecification } from 'maplibre-gl';
