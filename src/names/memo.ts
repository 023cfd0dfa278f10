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
 * Small results (0–254) of a function of two serial numbers, remembered in typed arrays: an
 * open-addressing table, so a lookup allocates nothing and hashes two integers, where a Map keyed
 * by `x * 2^26 + y` would box every key past 2^31. It grows by doubling up to `limit` entries,
 * then starts afresh (the function is pure, so forgetting changes no result).
 */
export class PairMemo {
  private xs: Int32Array;
  private ys: Int32Array;
  /** The remembered result plus one; 0 marks an empty slot. */
  private values: Uint8Array;
  private mask: number;
  private size = 0;

  constructor(private readonly limit = 2_000_000, private readonly initial = 1 << 12) {
    this.xs = new Int32Array(initial);
    this.ys = new Int32Array(initial);
    this.values = new Uint8Array(initial);
    this.mask = initial - 1;
  }

  /** The result remembered for serials `x` and `y` (each 0 to 2^31 − 1), or −1. */
  find(x: number, y: number): number {
    return this.values[this.slotOf(x, y)]! - 1;
  }

  /** Remembers `value` for (x, y); a value outside 0–254 is not kept. Returns it. */
  keep(x: number, y: number, value: number): number {
    if (value < 0 || value > 254 || !Number.isInteger(value)) return value;
    if (this.size >= this.limit) this.reset(this.initial);
    else if ((this.size + 1) * 2 > this.values.length) this.grow();
    const slot = this.slotOf(x, y);
    if (this.values[slot] === 0) this.size++;
    this.xs[slot] = x;
    this.ys[slot] = y;
    this.values[slot] = value + 1;
    return value;
  }

  /** The slot holding (x, y), or the empty slot where it would go (linear probing). */
  private slotOf(x: number, y: number): number {
    let slot = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca6b)) & this.mask;
    for (;;) {
      if (this.values[slot] === 0 || (this.xs[slot] === x && this.ys[slot] === y)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private reset(capacity: number): void {
    this.xs = new Int32Array(capacity);
    this.ys = new Int32Array(capacity);
    this.values = new Uint8Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
  }

  private grow(): void {
    const [xs, ys, values] = [this.xs, this.ys, this.values];
    this.reset(values.length * 2);
    for (let k = 0; k < values.length; k++) {
      if (values[k] === 0) continue;
      const slot = this.slotOf(xs[k]!, ys[k]!);
      this.xs[slot] = xs[k]!;
      this.ys[slot] = ys[k]!;
      this.values[slot] = values[k]!;
      this.size++;
    }
  }
}
