// Union-find over numbers: records that turn out to be one person (duplicates), or candidate
// pairs that share records (the groups assignment solves one at a time).

export class DisjointSets {
  private readonly parent = new Map<number, number>();

  /** The set's representative: its smallest member, so results follow record order. */
  find(x: number): number {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    for (let node = x; node !== root; ) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(x: number, y: number): void {
    const [rx, ry] = [this.find(x), this.find(y)];
    if (rx === ry) return;
    this.parent.set(Math.max(rx, ry), Math.min(rx, ry));
  }

  /** The given members grouped by set, each group and the groups in the order members come. */
  groupsOf<T>(items: Iterable<T>, member: (item: T) => number): T[][] {
    const groups = new Map<number, T[]>();
    for (const item of items) {
      const root = this.find(member(item));
      const group = groups.get(root);
      if (group) group.push(item);
      else groups.set(root, [item]);
    }
    return [...groups.values()];
  }
}
