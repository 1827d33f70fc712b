/** What the hover marks need of the map. */
export interface HoverTarget {
  setFeatureState(feature: { source: string; id: string }, state: { hover: boolean }): unknown;
}

/** The map's hover marks: at most one hovered feature per source, its feature-state `hover` set, and cleared when it changes. */
export class HoverStates {
  private readonly hovered = new Map<string, string | null>();

  constructor(
    private readonly map: HoverTarget,
    sources: readonly string[],
  ) {
    for (const s of sources) this.hovered.set(s, null);
  }

  /** Hovers `id` in `source`, and nothing in the other sources (null: nothing anywhere). */
  only(source: string | null, id: string | null): void {
    for (const s of this.hovered.keys()) this.set(s, s === source ? id : null);
  }

  clear(): void {
    this.only(null, null);
  }

  private set(source: string, id: string | null) {
    const prev = this.hovered.get(source) ?? null;
    if (prev === id) return;
    if (prev) this.map.setFeatureState({ source, id: prev }, { hover: false });
    this.hovered.set(source, id);
    if (id) this.map.setFeatureState({ source, id }, { hover: true });
  }
}
