// Whole numbers sorted by radix, for blocking: the keys of a key family with the position of the
// record holding each, grouped into runs of one key (a block) by sorting rather than hashing. A
// list of a million gives a million keys a family; a Map of them costs a cache miss or two a key
// and a rehash each time it doubles, where four passes of a counting sort read and write the
// arrays in order (about a seventh of the time, measured on 1.6 million keys).
//
// Every number here is a whole number from 0 to 2^53 − 1: it is sorted as two 32-bit halves.

import { int32s, uint32s } from './large-arrays.js';

const TWO_32 = 2 ** 32;
/** Numbers sorted by comparison at most; from LARGE on, by 16-bit digits (else 8-bit). */
const FEW = 64;
const LARGE = 1 << 16;

/**
 * Whole numbers, each with a position, as they are added: growing typed arrays. Without
 * positions (`withPositions` false), the numbers alone: a position given is not kept.
 */
export class KeyedPositions {
  hi: Uint32Array;
  lo: Uint32Array;
  positions: Int32Array;
  length = 0;

  constructor(capacity = 1_024, private readonly withPositions = true) {
    const size = Math.max(16, capacity);
    this.hi = uint32s(size);
    this.lo = uint32s(size);
    this.positions = int32s(withPositions ? size : 0);
  }

  add(key: number, position: number): void {
    if (this.length === this.lo.length) this.grow();
    const at = this.length++;
    const hi = Math.floor(key / TWO_32);
    this.hi[at] = hi;
    this.lo[at] = key - hi * TWO_32;
    if (this.withPositions) this.positions[at] = position;
  }

  /** The number at `at`, whole again. */
  key(at: number): number {
    return this.hi[at]! * TWO_32 + this.lo[at]!;
  }

  /** Whether the numbers at `i` and `j` are one. */
  same(i: number, j: number): boolean {
    return this.lo[i] === this.lo[j] && this.hi[i] === this.hi[j];
  }

  /**
   * Sorts by number, stably: the positions of one number stay in the order they were added (in
   * blocking, ascending). A least-significant-digit counting sort: 16-bit digits for a large
   * array, 8-bit ones for a smaller (where 65,536 counters would cost more than the numbers), a
   * comparison sort for a few. A digit that is the same in every number (the high half of small
   * numbers) costs one counting pass and no move.
   */
  sort(): this {
    const n = this.length;
    if (n < 2) return this;
    if (n <= FEW) return this.sortFew();
    const bits = n >= LARGE ? 16 : 8;
    const mask = (1 << bits) - 1;
    let [hi, lo, positions]: [Uint32Array, Uint32Array, Int32Array] = [this.hi, this.lo, this.positions];
    const moving = this.withPositions;
    const scratch = SCRATCH.take(n, moving);
    let [hiTo, loTo, positionsTo]: [Uint32Array, Uint32Array, Int32Array] = [scratch.hi, scratch.lo, scratch.positions];
    const count = bits === 16 ? COUNT_16 : COUNT_8;
    for (let bit = 0; bit < 53; bit += bits) {
      const digits = bit < 32 ? lo : hi;
      const shift = bit % 32;
      count.fill(0);
      for (let i = 0; i < n; i++) count[(digits[i]! >>> shift) & mask]!++;
      if (count[(digits[0]! >>> shift) & mask] === n) continue;
      for (let d = 0, sum = 0; d <= mask; d++) {
        const c = count[d]!;
        count[d] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const at = count[(digits[i]! >>> shift) & mask]!++;
        hiTo[at] = hi[i]!;
        loTo[at] = lo[i]!;
        if (moving) positionsTo[at] = positions[i]!;
      }
      [hi, hiTo] = [hiTo, hi];
      [lo, loTo] = [loTo, lo];
      [positions, positionsTo] = [positionsTo, positions];
    }
    // Sorted into the scratch arrays by the last pass that moved: copied home, the scratch free again.
    if (hi !== this.hi) {
      this.hi.set(hi.subarray(0, n));
      this.lo.set(lo.subarray(0, n));
      if (moving) this.positions.set(positions.subarray(0, n));
    }
    return this;
  }

  /** How many numbers it holds before it grows. */
  get capacity(): number {
    return this.lo.length;
  }

  /** Empty again, its arrays kept for the next numbers (blocking indexes each key family in turn). */
  clear(): this {
    this.length = 0;
    return this;
  }

  /** A few numbers: sorted by comparison, ties in the order added. */
  private sortFew(): this {
    const n = this.length;
    const order = Array.from({ length: n }, (_, i) => i);
    const [hi, lo, positions] = [this.hi.slice(0, n), this.lo.slice(0, n), this.positions.slice(0, this.withPositions ? n : 0)];
    order.sort((i, j) => hi[i]! - hi[j]! || lo[i]! - lo[j]! || i - j);
    for (let k = 0; k < n; k++) {
      this.hi[k] = hi[order[k]!]!;
      this.lo[k] = lo[order[k]!]!;
      if (this.withPositions) this.positions[k] = positions[order[k]!]!;
    }
    return this;
  }

  /** Where the run of the number at `from` ends (one past its last place), once sorted. */
  runEnd(from: number): number {
    let end = from + 1;
    while (end < this.length && this.same(end, from)) end++;
    return end;
  }

  private grow(): void {
    const size = this.lo.length * 2;
    const [hi, lo, positions] = [uint32s(size), uint32s(size), int32s(this.withPositions ? size : 0)];
    hi.set(this.hi);
    lo.set(this.lo);
    positions.set(this.positions);
    [this.hi, this.lo, this.positions] = [hi, lo, positions];
  }
}

/**
 * The arrays a sort moves the numbers into, kept from one sort to the next. At a million a side,
 * blocking's sorts made gigabytes of such arrays: as ArrayBuffers, V8 answered each 64 MB more of
 * them with a full collection of the heap (seconds of a run). They are made over
 * SharedArrayBuffers now, which V8 does not count (large-arrays.ts), and kept still: a new array
 * of millions is fresh memory, zeroed. `release` hands them back after the linking's blocking
 * (blocking.ts releaseBlockingArrays).
 */
class SortScratch {
  private hi: Uint32Array = new Uint32Array(0);
  private lo: Uint32Array = new Uint32Array(0);
  private positions: Int32Array = new Int32Array(0);

  /** Views of n places (positions only `withPositions`), the arrays grown to fit. */
  take(n: number, withPositions: boolean): { hi: Uint32Array; lo: Uint32Array; positions: Int32Array } {
    if (this.hi.length < n) [this.hi, this.lo] = [uint32s(n), uint32s(n)];
    if (withPositions && this.positions.length < n) this.positions = int32s(n);
    return { hi: this.hi.subarray(0, n), lo: this.lo.subarray(0, n), positions: this.positions.subarray(0, withPositions ? n : 0) };
  }

  release(): void {
    [this.hi, this.lo, this.positions] = [new Uint32Array(0), new Uint32Array(0), new Int32Array(0)];
  }
}

const SCRATCH = new SortScratch();
const COUNT_8 = new Int32Array(1 << 8);
const COUNT_16 = new Int32Array(1 << 16);

/** Lets go of the arrays sorts keep between them. */
export const releaseSortScratch = (): void => SCRATCH.release();

/**
 * A whole number from 0 to 2^53 − 1 standing for a string, so that string keys sort as numbers:
 * equal strings give equal numbers. Unequal strings may give one number too (two 32-bit
 * multiplicative hashes, 53 bits kept), so whoever groups by it compares the strings of a run.
 */
export function stringNumber(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ text.length;
  return (h1 >>> 11) * TWO_32 + (h2 >>> 0);
}

/** Whether a key is a whole number the sort takes as it is (0 to 2^53 − 1). */
export const isWholeKey = (key: unknown): key is number => typeof key === 'number' && key >= 0 && Number.isSafeInteger(key);

/**
 * A key as a whole number the sort takes: itself where it is one, else the number of its text
 * (`numberOf`, stringNumber by default). Equal keys give equal numbers; unequal keys may share
 * one, so whoever groups by it compares the keys of a run (groupRun).
 */
export const keyNumber = (key: string | number, numberOf: (text: string) => number = stringNumber): number =>
  isWholeKey(key) ? key : numberOf(String(key));

/**
 * The places `from` to `to` of a sorted run (one number), grouped by their keys: for each key,
 * `itemAt` of its places in the run's order. Two keys that share a number are two groups.
 */
export function groupRun<K>(from: number, to: number, keyAt: (at: number) => K, itemAt: (at: number) => number): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (let at = from; at < to; at++) {
    const key = keyAt(at);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [itemAt(at)]);
    else group.push(itemAt(at));
  }
  return groups;
}
