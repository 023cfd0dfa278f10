// The first pass's pairs of one key family: the records that alone hold a key in their list,
// paired with the one record that alone holds it in the other.
import { groupRun, KeyedPositions, keyNumber, stringNumber } from './key-runs.js';
import { int32s } from './large-arrays.js';

/**
 * The arrays a call sorts its keys in, kept from one call to the next (a run makes eight, four
 * key families for the estimating and four for the linking): each new typed array is fresh
 * memory (key-runs.ts SortScratch).
 */
let kept: KeyedPositions | undefined;

/** Lets go of the arrays pairsHeldAlone keeps between calls (after the linking's first pass). */
export function releaseHeldAloneArrays(): void {
  kept = undefined;
}

/**
 * Pairs of records, one of `a` and one of `b`, that each alone hold a key in their list, in the
 * order of their first key in `a`; a record whose key is '' (or 0) holds none. `tick` is told the
 * records keyed so far (b's, then a's) and then a's records looked over: at most b.length + 2·a.length.
 *
 * The keys are sorted, not hashed: each stands as a whole number (a string by `numberOf`, its
 * stringNumber), the numbers are sorted by radix with the position of the record that holds each
 * (key-runs.ts), and the runs of one number are walked in order. A Map of a million keys a side
 * costs a cache miss or two a key and a rehash each time it doubles (about a second a call on
 * service numbers at a million a side). Two keys that share a number are told apart by comparing
 * them, so a pair is one key, held once on each side, whatever the numbers.
 */
export function pairsHeldAlone<T>(
  a: readonly T[], b: readonly T[], key: (record: T) => string | number, tick: (done: number) => void,
  numberOf: (text: string) => number = stringNumber,
): { x: T[]; y: T[] } {
  const total = a.length + b.length;
  const numbers = (kept !== undefined && kept.capacity >= total ? kept : (kept = new KeyedPositions(total))).clear();
  // Each record's key by its place: b's record i at 2i + 1, a's at 2i.
  const keys = new Array<string | number>(2 * Math.max(a.length, b.length));
  const add = (k: string | number, place: number) => {
    keys[place] = k;
    numbers.add(keyNumber(k, numberOf), place);
  };
  for (let i = 0; i < b.length; i++) {
    tick(i);
    const k = key(b[i]!);
    if (k) add(k, 2 * i + 1);
  }
  for (let i = 0; i < a.length; i++) {
    tick(b.length + i);
    const k = key(a[i]!);
    if (k) add(k, 2 * i);
  }
  numbers.sort();
  // For each record of a that alone holds a key that one record of b alone holds, that record.
  const partner = int32s(a.length).fill(NONE);
  const { positions } = numbers;
  // Two places of one key, a pair if one is each side's.
  const pair = (p: number, q: number) => {
    if ((p ^ q) & 1) partner[(p & 1 ? q : p) >>> 1] = (p & 1 ? p : q) >>> 1;
  };
  for (let from = 0; from < numbers.length; ) {
    const end = numbers.runEnd(from);
    if (end - from === 2) {
      // The usual run of two: a pair if they are one key.
      const [p, q] = [positions[from]!, positions[from + 1]!];
      if (keys[p] === keys[q]) pair(p, q);
    } else if (end - from > 2) {
      // Keys that share a number, each apart: held by two places, a pair if one is each side's.
      for (const places of groupRun(from, end, (at) => keys[positions[at]!]!, (at) => positions[at]!).values()) {
        if (places.length === 2) pair(places[0]!, places[1]!);
      }
    }
    from = end;
  }
  const x: T[] = [];
  const y: T[] = [];
  for (let i = 0; i < a.length; i++) {
    tick(b.length + a.length + i);
    if (partner[i]! < 0) continue;
    x.push(a[i]!);
    y.push(b[partner[i]!]!);
  }
  return { x, y };
}

const NONE = -1;
