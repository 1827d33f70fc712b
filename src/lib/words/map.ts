/** Words of the map stage (map/): the map's label for screen readers and the overlay's tooltips. */
import { ANCHOR_NOTE } from './core.ts';

/** The map canvas's accessible name. */
export const MAP_LABEL = 'Map of European regions and Chinese provinces with their partnerships';

/** Tooltip of a country anchor's ring: where arcs start when the report names no region of `country`. */
export const anchorRingTitle = (country: string): string => `${country}: ${ANCHOR_NOTE}`;
