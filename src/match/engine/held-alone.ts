// The first pass's pairs of one key family: the records that alone hold a key in their list,
// paired with the one record that alone holds it in the other.

/**
 * Pairs of records, one of `a` and one of `b`, that each alone hold a key in their list, in the
 * order of their first key in `a`; a record whose key is '' (or 0) holds none. `tick` is told the
 * records keyed so far (b's, then a's) and then the keys looked over: at most b.length + 2·a.length.
 *
 * One map, of b's keys to a number each, and each key's record on either side in two arrays by
 * that number, where a map of each list's keys to its record was made, and a's walked again: at
 * a million a side the maps held two million string keys.
 */
export function pairsHeldAlone<T>(a: readonly T[], b: readonly T[], key: (record: T) => string | number, tick: (done: number) => void): { x: T[]; y: T[] } {
  const slots = new Map<string | number, number>();
  // Each slot's record of b and then of a, by position: NONE, or SEVERAL where more than one holds the key.
  const inB = new Int32Array(b.length);
  for (let i = 0; i < b.length; i++) {
    tick(i);
    const k = key(b[i]!);
    if (!k) continue;
    const slot = slots.get(k);
    if (slot === undefined) {
      inB[slots.size] = i;
      slots.set(k, slots.size);
    } else inB[slot] = SEVERAL;
  }
  const inA = new Int32Array(slots.size).fill(NONE);
  // Slots in the order a first holds their key.
  const order: number[] = [];
  for (let i = 0; i < a.length; i++) {
    tick(b.length + i);
    const k = key(a[i]!);
    if (!k) continue;
    const slot = slots.get(k);
    if (slot === undefined) continue;
    if (inA[slot] === NONE) {
      inA[slot] = i;
      order.push(slot);
    } else inA[slot] = SEVERAL;
  }
  const x: T[] = [];
  const y: T[] = [];
  for (let n = 0; n < order.length; n++) {
    tick(b.length + a.length + n);
    const slot = order[n]!;
    if (inA[slot]! < 0 || inB[slot]! < 0) continue;
    x.push(a[inA[slot]!]!);
    y.push(b[inB[slot]!]!);
  }
  return { x, y };
}

const NONE = -1;
const SEVERAL = -2;
