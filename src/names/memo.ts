// Memoisation of the name keys. Lists repeat names heavily (a few hundred given names, a few
// thousand surnames in a list of 100,000), and each key costs microseconds, so each distinct
// spelling is keyed once. The cache is bounded: past `limit` entries it starts afresh.
const MAX_ENTRIES = 1_000_000;

export function memo<K, R>(fn: (key: K) => R, limit = MAX_ENTRIES): (key: K) => R {
  const cache = new Map<K, R>();
  return (key: K) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as R;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * Values numbered as they are first seen, from `first` on: the same value always gets the same
 * number (never cleared, so numbers stay true for the whole run).
 */
export function numbering<K>(first = 1): (value: K) => number {
  const numbers = new Map<K, number>();
  return (value: K) => {
    let number = numbers.get(value);
    if (number === undefined) {
      number = first + numbers.size;
      numbers.set(value, number);
    }
    return number;
  };
}

/**
 * A table of pairs of whole numbers (each 0 to 2^31 − 1) with a small number for each, in one
 * typed array: open addressing, so a lookup allocates nothing and hashes two integers, where a
 * Map keyed by `x * 2^26 + y` would box every key past 2^31. Each slot holds x, y and the value
 * side by side, so a lookup in a table of millions reads one place in memory, not three arrays.
 * A value of 0 marks an empty slot. It grows by doubling.
 */
abstract class PairTable {
  /** Slot k at 3k: x, y, and the value (0: empty). */
  protected slots: Int32Array;
  private mask: number;
  protected size = 0;

  constructor(capacity: number) {
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
  }

  /** Where (x, y) is in `slots`, or the empty slot where it would go (linear probing): x's place, y's after it, the value's after that. */
  protected placeOf(x: number, y: number): number {
    const slots = this.slots;
    let slot = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca6b)) & this.mask;
    for (;;) {
      const at = slot * 3;
      if (slots[at + 2] === 0 || (slots[at] === x && slots[at + 1] === y)) return at;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Whether one more pair would fill the table past half. */
  protected get full(): boolean {
    return (this.size + 1) * 2 > this.mask + 1;
  }

  /** An empty table of `capacity` slots. */
  protected reset(capacity: number): void {
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
    this.size = 0;
  }

  /** Twice the slots, the pairs kept. */
  protected grow(): void {
    const old = this.slots;
    this.reset((this.mask + 1) * 2);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      const to = this.placeOf(old[at]!, old[at + 1]!);
      this.slots[to] = old[at]!;
      this.slots[to + 1] = old[at + 1]!;
      this.slots[to + 2] = old[at + 2]!;
      this.size++;
    }
  }
}

/**
 * Small results (0–254) of a function of two serial numbers, remembered in a PairTable (scoring
 * asks several such tables for every candidate pair). Past `limit` entries it starts afresh (the
 * function is pure, so forgetting changes no result).
 */
export class PairMemo extends PairTable {
  constructor(private readonly limit = 2_000_000, private readonly initial = 1 << 12) {
    super(initial);
  }

  /** The result remembered for serials `x` and `y` (each 0 to 2^31 − 1), or −1. */
  find(x: number, y: number): number {
    return this.slots[this.placeOf(x, y) + 2]! - 1;
  }

  /** Remembers `value` for (x, y); a value outside 0–254 is not kept. Returns it. */
  keep(x: number, y: number, value: number): number {
    if (value < 0 || value > 254 || !Number.isInteger(value)) return value;
    if (this.size >= this.limit) this.reset(this.initial);
    else if (this.full) this.grow();
    const at = this.placeOf(x, y);
    if (this.slots[at + 2] === 0) this.size++;
    this.slots[at] = x;
    this.slots[at + 1] = y;
    this.slots[at + 2] = value + 1;
    return value;
  }
}

/**
 * Pairs of whole numbers (each 0 to 2^31 − 1) numbered as they are first seen, from 1: what
 * `numbering` gives a key `x * 2^21 + y`, in a PairTable (blocking numbers a pair of name keys for
 * every record of a list). Never cleared, so numbers stay true for the whole run.
 */
export class PairNumbering extends PairTable {
  constructor() {
    super(1 << 12);
  }

  number(x: number, y: number): number {
    let at = this.placeOf(x, y);
    if (this.slots[at + 2] !== 0) return this.slots[at + 2]!;
    if (this.full) {
      this.grow();
      at = this.placeOf(x, y);
    }
    this.slots[at] = x;
    this.slots[at + 1] = y;
    this.slots[at + 2] = ++this.size;
    return this.size;
  }
}
