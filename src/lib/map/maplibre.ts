/**
 * The one place MapLibre is wired: its worker is served from this origin
 * (without this every GeoJSON layer silently renders nothing in MapLibre 6).
 */
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

export { MaplibreMap };
export type { Map as MaplibreMapType, MapMouseEvent, StyleSpecification } from 'maplibre-gl';
