/** Items grouped by a key, each group in the items' order; `firstUnused` skips used items once for good. */
export class OrderedIndex<T> {
  private readonly groups = new Map<string, T[]>();
  private readonly cursors = new Map<string, number>();

  constructor(items: readonly T[], key: (item: T) => string | undefined) {
    for (const item of items) {
      const k = key(item);
      if (k === undefined) continue;
      const group = this.groups.get(k);
      if (group) group.push(item);
      else this.groups.set(k, [item]);
    }
  }

  all(key: string): readonly T[] {
    return this.groups.get(key) ?? [];
  }

  /** The group's first item not in `used`; items only ever join `used`, so the cursor never goes back. */
  firstUnused(key: string, used: ReadonlySet<T>): T | undefined {
    const group = this.groups.get(key);
    if (!group) return undefined;
    let k = this.cursors.get(key) ?? 0;
    while (k < group.length && used.has(group[k]!)) k++;
    this.cursors.set(key, k);
    return group[k];
  }
}
