// The levels of the first pass's pairs, read once for two passes. The estimating's first pass and
// the linking's take the pairs of records that alone hold a key on both sides, and most are the
// same pairs: the linking's lists lack only the copies set aside as a list's duplicates. How a
// pair's names read (straight or crossed) and the level of each comparison do not depend on the
// model, so the linking's first pass reads them here rather than comparing the records again.
//
// A record of list A is in one first-pass pair at most for each key family, so a pair is kept at
// its A record's index, with its B record's index to tell it from another: an array, not a map.
import type { Side } from '../../model.js';
import { int32s, uint8s } from './large-arrays.js';

const STRAIGHT = 0;
const A_CROSSED = 1;
const B_CROSSED = 2;

export class PairLevels {
  /** For each A record index, its pair's B record index + 1; 0 for none. */
  private readonly partner: Int32Array;
  /** For each A record index, how the names read (STRAIGHT, A_CROSSED, B_CROSSED), then each comparison's level. */
  private readonly read: Uint8Array;
  private readonly width: number;

  /** `records`: one more than the largest A record index asked about; `comparisons`: levels a pair has. */
  constructor(records: number, readonly comparisons: number) {
    this.width = comparisons + 1;
    this.partner = int32s(records);
    this.read = uint8s(records * this.width);
  }

  /** Keeps a pair's reading (a later pair of the same A record takes its place). Levels must be 0–255. */
  keep(x: number, y: number, crossed: Side | undefined, levels: ArrayLike<number>): void {
    if (x < 0 || x >= this.partner.length) return;
    this.partner[x] = y + 1;
    const at = x * this.width;
    this.read[at] = crossed === 'a' ? A_CROSSED : crossed === 'b' ? B_CROSSED : STRAIGHT;
    for (let c = 0; c < this.comparisons; c++) this.read[at + 1 + c] = levels[c]!;
  }

  /** Whether the pair of A record `x` and B record `y` was kept. */
  has(x: number, y: number): boolean {
    return x >= 0 && x < this.partner.length && this.partner[x] === y + 1;
  }

  /** Whether the pair was kept with the levels of `comparisons` comparisons: what a reader of them may take (recall). */
  knows(x: number, y: number, comparisons: number): boolean {
    return comparisons === this.comparisons && this.has(x, y);
  }

  /** The levels of a kept pair (has(x, y)) into `levels`; how its names read. */
  recall(x: number, levels: number[]): Side | undefined {
    const at = x * this.width;
    for (let c = 0; c < this.comparisons; c++) levels[c] = this.read[at + 1 + c]!;
    const crossed = this.read[at];
    return crossed === A_CROSSED ? 'a' : crossed === B_CROSSED ? 'b' : undefined;
  }
}
