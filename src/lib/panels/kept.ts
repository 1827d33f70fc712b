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
}
