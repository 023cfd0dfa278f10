// Many pairs scored at once: the engine asks for the scores of a whole set of pairs (a first-pass
// key family, a list's duplicate candidates, the blocked candidates, EM's population) and reads
// the answers from typed arrays. A batch is what a worker thread can take a share of
// (score-pool.ts); computed here or there, each pair's answer is the same.
import type { Comparison } from './comparisons.js';
import type { Features } from './features.js';
import type { Model } from './model.js';
import type { PairLevels } from './pair-levels.js';
import { explain, levelsOf, scorePair, scratchScored } from './score.js';
import { ticker, type Step } from '../../progress.js';
import { float64s, uint8s } from './large-arrays.js';

/** The answers for a batch of pairs, pair p at position p of every array. */
export interface PairScores {
  score: Float64Array;
  /** 1 where the pair reads better with one record's surname and given name swapped. */
  swapped: Uint8Array;
  /** 1 where a level forbids an automatic match (Scored.reviewOnly). */
  reviewOnly: Uint8Array;
  /** 1 where a level says two records of one list are two people (Scored.twoPeople). */
  twoPeople: Uint8Array;
  /** explain() of the pairs scoring at least the batch's `whyFrom`; undefined for the others. */
  why: Array<string | undefined>;
}

/**
 * How the engine scores batches: here, on this thread, or shared with worker threads. `step`,
 * where given, is ticked with the pairs done as they are done (a batch of a million pairs takes
 * seconds).
 */
export interface Scorer {
  /**
   * `read`: pairs whose levels an earlier batch read (taken from there rather than compared), and
   * where this batch's are kept, on this thread (pair-levels.ts); the scores are the same without.
   */
  scores(model: Model, x: readonly Features[], y: readonly Features[], whyFrom: number, step?: Step, read?: PairLevels): PairScores;
  /**
   * The level of each comparison for each pair (EM's matrix); the first `swappedUpTo` pairs read
   * names crossed where that reads better. `read`: pairs whose levels an earlier batch kept, on
   * this thread (taken from there, where they read names the same way: among the first
   * `swappedUpTo`); the levels are the same without.
   */
  levels(comparisons: readonly Comparison[], x: readonly Features[], y: readonly Features[], swappedUpTo: number, step?: Step, read?: PairLevels): Uint8Array[];
}

/** What a range of a batch ticks, where the batch has a step: `scale` stands for the ranges other threads do meanwhile. */
export const rangeTicker = (step: Step | undefined, scale = 1) => (step ? ticker(step, scale) : undefined);

/**
 * Scores of `size` pairs, all 0. `movable`: in ArrayBuffers another thread can be handed (a score
 * worker's answer); else in large-arrays.ts's, which this thread keeps.
 */
export function emptyScores(size: number, movable = false): PairScores {
  const [float64, uint8] = movable ? [(n: number) => new Float64Array(n), (n: number) => new Uint8Array(n)] : [float64s, uint8s];
  return {
    score: float64(size),
    swapped: uint8(size),
    reviewOnly: uint8(size),
    twoPeople: uint8(size),
    why: new Array<string | undefined>(size).fill(undefined),
  };
}

/** Scores pairs `from` to `to` of x and y into `into`, at the same positions less `from`. */
export function scoreRange(
  model: Model, x: readonly Features[], y: readonly Features[], whyFrom: number, from: number, to: number, into: PairScores,
  tick?: (done: number) => void, read?: PairLevels,
): void {
  if (from >= to) return;
  const scratch = scratchScored(model, x[from]!);
  for (let p = from; p < to; p++) {
    const scored = scorePair(model, x[p]!, y[p]!, scratch, read);
    const at = p - from;
    into.score[at] = scored.score;
    into.swapped[at] = scored.swapped ? 1 : 0;
    into.reviewOnly[at] = scored.reviewOnly !== undefined ? 1 : 0;
    into.twoPeople[at] = scored.twoPeople !== undefined ? 1 : 0;
    if (scored.score >= whyFrom) into.why[at] = explain(model, scored);
    tick?.(at + 1);
  }
}

/** Levels of pairs `from` to `to` into `into`, at the same positions less `from`. */
export function levelsRange(
  comparisons: readonly Comparison[], x: readonly Features[], y: readonly Features[], swappedUpTo: number, from: number, to: number, into: Uint8Array[],
  tick?: (done: number) => void, read?: PairLevels,
): void {
  const kept: number[] = [];
  for (let p = from; p < to; p++) {
    if (read !== undefined && p < swappedUpTo && read.knows(x[p]!.index, y[p]!.index, comparisons.length)) {
      read.recall(x[p]!.index, kept);
      for (let c = 0; c < comparisons.length; c++) into[c]![p - from] = kept[c]!;
    } else levelsOf(comparisons, x[p]!, y[p]!, into, p - from, p < swappedUpTo);
    tick?.(p - from + 1);
  }
}

/** Every batch on this thread. */
export const LOCAL_SCORER: Scorer = {
  scores(model, x, y, whyFrom, step, read) {
    const into = emptyScores(x.length);
    scoreRange(model, x, y, whyFrom, 0, x.length, into, rangeTicker(step), read);
    return into;
  },
  levels(comparisons, x, y, swappedUpTo, step, read) {
    const into = comparisons.map(() => uint8s(x.length));
    levelsRange(comparisons, x, y, swappedUpTo, 0, x.length, into, rangeTicker(step), read);
    return into;
  },
};
