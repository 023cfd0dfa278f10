// The matcher interface. The core hands it the identifiable records of both lists and the
// person-made decisions; it returns pairs and duplicate groups as plain data. The exact matcher
// (exact.ts) and the scored engine implement it; the core never knows which one runs.
import type { PersonRecord } from '../model.js';
import type { DisjointSets } from './disjoint-sets.js';

export type PairStatus = 'matched' | 'review';

export interface LinkedPair {
  /** Indexes into list A and list B (PersonRecord.index). */
  a: number;
  b: number;
  status: PairStatus;
  /** Match weight; higher is more certain. */
  score: number;
  /** Per-field contributions, e.g. `surname=+6.1 given=+4.2 dob=swap(+2.0)`. */
  why: string;
  /** B's surname and given name are read the other way round. */
  namesSwapped?: boolean;
  /** Set when a person's decision made this pair. */
  decided?: 'same';
  /** For a pair in review: the best other candidate of either of its records, where there was one. */
  runnerUp?: RunnerUp;
}

/** Another candidate pair of one of a pair's records (the A record with another B, or the B with another A). */
export interface RunnerUp {
  a: number;
  b: number;
  score: number;
  why: string;
}

export interface DuplicateGroup {
  /** The first record of the group in the list (settleRows keeps the copy that identifies the person best: src/match/record-order.ts). */
  keep: number;
  /** Later records of the same person. */
  copies: number[];
}

/** A set of (A index, B index) pairs; iterated in order of A, then B. */
export class PairSet implements Iterable<readonly [number, number]> {
  private readonly byA = new Map<number, Set<number>>();

  constructor(pairs: Iterable<readonly [number, number]> = []) {
    for (const [a, b] of pairs) this.add(a, b);
  }

  add(a: number, b: number): this {
    const bs = this.byA.get(a);
    if (bs) bs.add(b);
    else this.byA.set(a, new Set([b]));
    return this;
  }

  has(a: number, b: number): boolean {
    return this.byA.get(a)?.has(b) ?? false;
  }

  /** The A indexes of the pairs. */
  aSide(): Set<number> {
    return new Set(this.byA.keys());
  }

  /** The B indexes of the pairs. */
  bSide(): Set<number> {
    return new Set([...this.byA.values()].flatMap((bs) => [...bs]));
  }

  get size(): number {
    let n = 0;
    for (const bs of this.byA.values()) n += bs.size;
    return n;
  }

  *[Symbol.iterator](): Iterator<readonly [number, number]> {
    for (const a of [...this.byA.keys()].sort((x, y) => x - y)) {
      for (const b of [...this.byA.get(a)!].sort((x, y) => x - y)) yield [a, b] as const;
    }
  }
}

export interface Decisions {
  /** Pairs a person said are the same person. */
  same: PairSet;
  /** Pairs a person said are different people. */
  different: PairSet;
}

/** Decisions from pairs of record indexes (A, B). */
export const decisionsOf = (same: Iterable<readonly [number, number]> = [], different: Iterable<readonly [number, number]> = []): Decisions => ({
  same: new PairSet(same),
  different: new PairSet(different),
});

/** Duplicate groups from sets of record indexes: the first record of each set of two or more is kept. */
export function duplicateGroups(sets: DisjointSets, indexes: readonly number[]): DuplicateGroup[] {
  // Only a record joined to another can be in a group of two or more: at a million a side,
  // sorting and grouping every record made a million groups of one to throw away.
  return sets
    .groupsOf(indexes.filter((index) => sets.wasJoined(index)).sort((x, y) => x - y), (index) => index)
    .filter((members) => members.length > 1)
    .map(([keep, ...copies]) => ({ keep: keep!, copies }))
    .sort((x, y) => x.keep - y.keep);
}

export interface Matcher {
  readonly name: string;
  /** Learns what it needs from both lists (the scored engine's weights) before dedupe and link. */
  fit?(a: readonly PersonRecord[], b: readonly PersonRecord[]): void;
  /** Groups the records of one list that describe the same person. */
  dedupe(records: readonly PersonRecord[]): DuplicateGroup[];
  /** Links two lists one-to-one. Never pairs a `different` decision; always honours `same`. */
  link(a: readonly PersonRecord[], b: readonly PersonRecord[], decisions: Decisions): LinkedPair[];
}
