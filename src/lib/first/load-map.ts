/**
 * MapLibre's code (the map component, MapLibre and its worker behind it), asked for once. On a slow or
 * unknown network, as soon as the first drawing's data has arrived (App), so that it downloads and
 * compiles while the first drawing is made, never before (it would share the wire with the first
 * drawing's files). On a network the browser knows to be fast, at once, beside them (`fastNetwork`).
 */
let mapView: Promise<typeof import('../map/MapView.svelte')> | null = null;

export function loadMapView(): Promise<typeof import('../map/MapView.svelte')> {
  return (mapView ??= import('../map/MapView.svelte'));
}

/** The part of the Network Information API read here (Chromium has it; Firefox and Safari do not). */
interface Connection {
  effectiveType?: string;
  downlink?: number;
  saveData?: boolean;
}

/** Mbit/s from which MapLibre (≈ 420 kB) and the map's geometry (≈ 200 kB) may load beside the first drawing's files. */
export const FAST_DOWNLINK = 5;

/**
 * Whether the browser reports a network fast enough to load MapLibre and the map's own geometry beside the
 * first drawing's files: a 4G-class estimate of at least `FAST_DOWNLINK` Mbit/s, and no data saver. Unknown
 * (no API) counts as slow: the first arcs come first.
 */
export function fastNetwork(connection: Connection | undefined = (globalThis.navigator as { connection?: Connection } | undefined)?.connection): boolean {
  if (!connection || connection.saveData) return false;
  return connection.effectiveType === '4g' && (connection.downlink ?? 0) >= FAST_DOWNLINK;
}
