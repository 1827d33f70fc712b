/**
 * Views kept once shown. A period step that returns to a table already shown only changes which
 * table is visible: nothing is rebuilt, nothing is thrown away for the garbage collector.
 */

/**
 * The keys kept after `shown` is shown: `kept` with `shown` added last if it is new, else `kept`
 * itself (the same array: nothing changed). New `data` (another bundle) starts afresh.
 */
export class Kept<K, D> {
  private data: D | undefined;
  private keys: readonly K[] = [];

  show(data: D, shown: K): readonly K[] {
    if (data !== this.data) {
      this.data = data;
      this.keys = [];
    }
    if (!this.keys.includes(shown)) this.keys = [...this.keys, shown];
    return this.keys;
  }

  /**
   * Keeps `key` before it is shown (built beforehand, in an idle moment); false when it was kept already
   * or `data` is no longer the data kept (the task was asked for an earlier bundle).
   */
  add(data: D, key: K): boolean {
    if (data !== this.data || this.keys.includes(key)) return false;
    this.keys = [...this.keys, key];
    return true;
  }
}
