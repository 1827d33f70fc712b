/**
 * MapLibre's code (the map component, MapLibre and its worker behind it), asked for once: as soon as the
 * first drawing's data has arrived (App), so that it downloads and compiles while the first drawing is
 * made, never before (on a slow network it would share the wire with the first drawing's files).
 */
let mapView: Promise<typeof import('../map/MapView.svelte')> | null = null;

export function loadMapView(): Promise<typeof import('../map/MapView.svelte')> {
  return (mapView ??= import('../map/MapView.svelte'));
}
