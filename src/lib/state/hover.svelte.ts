/** What the pointer is over on the map: shared between the map and the label that names it. */
export interface HoverTarget {
  id: string;
  name: string;
  /** Pixel position within the map container. */
  x: number;
  y: number;
}

export class HoverState {
  current = $state<HoverTarget | null>(null);

  set(target: HoverTarget | null) {
    this.current = target;
  }

  clear() {
    this.current = null;
  }
}
