/**
 * The first drawing's geometry (public/geo/first.json, written by `npm run geo`): the regions, their labels
 * and the countries in one coarse TopoJSON, a quarter of the map's. The page opens with it; the map's own
 * geometry (geo/topo.ts loadGeo) follows for MapLibre and the exports, and never in a static embed.
 */
import { GeoDataError, topologyToGeo, type GeoData } from '../geo/topo.ts';
import { fetchJson } from '../data/fetch-json.ts';

/** The file, relative to the app's base URL. */
export const FIRST_GEO = 'geo/first.json';

const coarse = new WeakSet<GeoData>();

/** Whether this geometry is the first drawing's coarse one (the map waits for its own). */
export const isFirstGeo = (geo: GeoData): boolean => coarse.has(geo);

/** Turns first.json's topology (its three collections in one file) into the app's GeoJSON, marked coarse. */
export function firstGeoOf(topo: unknown): GeoData {
  const geo = topologyToGeo(topo, topo);
  coarse.add(geo);
  return geo;
}

export async function loadFirstGeo(fetchFn: typeof fetch = fetch, base = './'): Promise<GeoData> {
  return firstGeoOf(await fetchJson(fetchFn, `${base}${FIRST_GEO}`, (m) => new GeoDataError(m)));
}

/**
 * The zoom (in device pixels: the map's zoom plus log2 of the pixel ratio) from which the coarse geometry's
 * simplification shows, and the map asks for its fine geometry. The opening view of a desk or a phone stays
 * under it (zoom 1.8 at 1280 × 800, with a 2× screen 2.8); a 4K projector's opening view (about 3.4) is over it.
 */
export const FINE_ZOOM = 3.2;

export const needsFineGeo = (zoom: number, pixelRatio: number): boolean => zoom + Math.log2(Math.max(1, pixelRatio)) >= FINE_ZOOM;

/** The part of the map the watch needs. */
export interface ZoomingMap {
  getZoom(): number;
  on(type: 'zoomend', listener: () => void): unknown;
  off(type: 'zoomend', listener: () => void): unknown;
}

/** Calls `onneed` now and after each zoom while the map is past `FINE_ZOOM` (in device pixels); returns the stop. */
export function watchFineZoom(map: ZoomingMap, pixelRatio: () => number, onneed: () => void): () => void {
  const check = () => {
    if (needsFineGeo(map.getZoom(), pixelRatio())) onneed();
  };
  check();
  map.on('zoomend', check);
  return () => void map.off('zoomend', check);
}
