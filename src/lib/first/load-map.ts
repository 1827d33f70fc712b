/**
 * MapLibre's code (the map component, MapLibre and its worker behind it), asked for once. On a slow or
 * unknown network, as soon as the first drawing's data has arrived (App), so that it downloads and
 * compiles while the first drawing is made, never before (it would share the wire with the first
 * drawing's files). On a network known to be fast (measured on the files already fetched, or the browser's
 * estimate: `fastNetwork`), at once, beside them.
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

/** The part of a Resource Timing entry read here. */
export interface Fetched {
  /** Bytes on the wire (0: from a cache or the offline copy, no network at all). */
  transferSize: number;
  /** The body's size as sent (compressed). */
  encodedBodySize: number;
  responseStart: number;
  responseEnd: number;
}

/** Below this many bytes a file's transfer says nothing of the network's speed (its round trips dominate). */
export const MEASURABLE_BYTES = 16_000;

/**
 * What the files already fetched (the page's own script first of all) say of the network: 'fast' if one of at
 * least `MEASURABLE_BYTES` came at `FAST_DOWNLINK` Mbit/s or more, or came from a cache with no network at all
 * (the offline copy: MapLibre is there too); 'slow' if one came slower; null when none can tell. Observed, not
 * estimated: Chromium's own estimate (below) is a fixed 1.5 Mbit/s on a fresh profile, fast or slow.
 */
export function measuredNetwork(entries: readonly Fetched[]): 'fast' | 'slow' | null {
  let verdict: 'fast' | 'slow' | null = null;
  for (const e of entries) {
    if (e.responseEnd <= 0 || e.encodedBodySize < MEASURABLE_BYTES) continue;
    if (e.transferSize === 0) return 'fast';
    const ms = e.responseEnd - e.responseStart;
    // bits per ms = kbit/s; ÷ 1000 = Mbit/s. A transfer under a millisecond is as fast as anything here.
    const mbps = ms <= 1 ? Infinity : (e.transferSize * 8) / ms / 1000;
    if (mbps >= FAST_DOWNLINK) return 'fast';
    verdict = 'slow';
  }
  return verdict;
}

/**
 * Whether the network is fast enough to load MapLibre and the map's own geometry beside the first drawing's
 * files: never with the data saver on; then what the files fetched so far measured (`measuredNetwork`); failing
 * that, the browser's estimate (a 4G-class estimate of at least `FAST_DOWNLINK` Mbit/s). Unknown counts as slow:
 * the first arcs come first.
 */
export function fastNetwork(
  connection: Connection | undefined = (globalThis.navigator as { connection?: Connection } | undefined)?.connection,
  fetched: readonly Fetched[] = (globalThis.performance?.getEntriesByType?.('resource') ?? []) as unknown as Fetched[],
): boolean {
  if (connection?.saveData) return false;
  const measured = measuredNetwork(fetched);
  if (measured) return measured === 'fast';
  if (!connection) return false;
  return connection.effectiveType === '4g' && (connection.downlink ?? 0) >= FAST_DOWNLINK;
}
