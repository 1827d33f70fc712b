/** What the pointer is over on the map: passed from the map to the label that names it. */
export interface HoverTarget {
  id: string;
  name: string;
  /** Pixel position within the map container. */
  x: number;
  y: number;
}
