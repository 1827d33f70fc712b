/** Words of the map stage (map/): the map's label for screen readers and the overlay's tooltips. */
import { ANCHOR_NOTE } from './core.ts';

/** The map canvas's accessible name. */
export const MAP_LABEL = 'Map of European regions and Chinese provinces with their partnerships';

/** Tooltip of a country anchor's ring: where arcs start when the report names no region of `country`. */
export const anchorRingTitle = (country: string): string => `${country}: ${ANCHOR_NOTE}`;

/** A cluster of point places on the map, named on hover: how many, and what a click does. */
export const clusterLabel = (n: number): string => `${n} places here: click or tap to zoom in`;

/** The close button of an arc's card (a tapped or clicked arc). */
export const ARC_CARD_CLOSE = 'Close';
/** The arc card's accessible name. */
export const ARC_CARD_LABEL = 'Partnership';
