/**
 * The one place MapLibre is wired: its worker is served from this origin
 * (without this every GeoJSON layer silently renders nothing in MapLibre 6).
 */
import { Map as MaplibreMap, prewarm, setWorkerUrl, type MapOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { mapCredit } from '../words/index.ts';

setWorkerUrl(workerUrl);

/** Said when the page's map is first idle (idle-signal.ts: main.ts waits for it to start the offline copy). */
export { announceMapIdle } from './idle-signal.ts';

/**
 * Starts MapLibre's worker now (its script is fetched and compiled while the
 * page still loads its data and builds its views), not when the map is made.
 */
export function startMapWorkers(): void {
  prewarm();
}

/**
 * The options every atlas map is made with, whatever its container, style and camera:
 * the app's MapView and the benchmark's floor page (bench/floor.ts) alike.
 */
export const BASE_MAP_OPTIONS = {
  // PNG export redraws at up to 3× the screen's pixels.
  maxCanvasSize: [8192, 8192],
  fadeDuration: 0,
  // Its boundaries' part of the one credit line (words/), which the page shows in full under the map.
  attributionControl: { compact: true, customAttribution: mapCredit() },
  localIdeographFontFamily: "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  // The arc overlay projects for a north-up, flat map: no tilt at all (MapView also keeps it unrotated).
  maxPitch: 0,
} as const satisfies Partial<MapOptions>;

export { MaplibreMap };
export type { Map as MaplibreMapType, MapMouseEvent, StyleSpecification } from 'maplibre-gl';
