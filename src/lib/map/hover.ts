import type { Pick } from './pick.ts';

/** What the pointer is over on the map: passed from the map to the label that names it. */
export interface HoverTarget {
  id: string;
  name: string;
  /** The places the words name, for the `lang` of a name in another language than the page's (page/tagged.ts). */
  names?: readonly { name: string; nameLang?: string }[];
  /** Pixel position within the map container. */
  x: number;
  y: number;
}

/** What the map reports under the pointer (hover) or under a click or tap: the pick (pick.ts), where, and a name the map knows. */
export interface MapPoint {
  pick: Pick;
  x: number;
  y: number;
  /** The picked feature's own name (dots, programme places), when the map has one. */
  name?: string;
  /** A cluster's number of places. */
  count?: number;
}
