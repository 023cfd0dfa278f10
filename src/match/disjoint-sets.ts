// Union-find over whole numbers: records that turn out to be one person (duplicates), or
// candidate pairs that share records (the groups assignment solves one at a time, B records as
// negative numbers). Held in typed arrays by number, not a map: a list of a million records is
// grouped, and assignment joins hundreds of thousands of pairs.
import { float64s, uint8s } from './engine/large-arrays.js';

/** Numbers at or past 0 in one array, below 0 (as ~x) in another; each grows by doubling. */
class ByNumber<A extends Float64Array | Uint8Array> {
  private atOrPast: A;
  private below: A;
  constructor(private readonly make: (size: number) => A) {
    this.atOrPast = make(0);
    this.below = make(0);
  }

  get(x: number): number {
    return x >= 0 ? (this.atOrPast[x] ?? 0) : (this.below[~x] ?? 0);
  }

  set(x: number, value: number): void {
    const at = x >= 0 ? x : ~x;
    let values = x >= 0 ? this.atOrPast : this.below;
    if (at >= values.length) {
      const grown = this.make(Math.max(at + 1, 2 * values.length, 64));
      grown.set(values);
      values = grown;
      if (x >= 0) this.atOrPast = values;
      else this.below = values;
    }
    values[at] = value;
  }
}

export class DisjointSets {
  /** How far below each number its parent is (0: it is its own root), so an unset number is a set alone. */
  private readonly down = new ByNumber(float64s);
  /** 1 for each number ever joined: only these can be in a set of more than one. */
  private readonly joined = new ByNumber(uint8s);

  /** The set's representative: its smallest member, so results follow record order. */
  find(x: number): number {
    let root = x;
    for (let down = this.down.get(root); down !== 0; down = this.down.get(root)) root -= down;
    for (let node = x; node !== root; ) {
      const next = node - this.down.get(node);
      this.down.set(node, node - root);
      node = next;
    }
    return root;
  }

  union(x: number, y: number): void {
    this.joined.set(x, 1);
    this.joined.set(y, 1);
    const [rx, ry] = [this.find(x), this.find(y)];
    if (rx === ry) return;
    const [low, high] = rx < ry ? [rx, ry] : [ry, rx];
    this.down.set(high, high - low);
  }

  /** Whether x was ever joined to anything: a number never joined is a set of its own. */
  wasJoined(x: number): boolean {
    return this.joined.get(x) === 1;
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
