// Memory between the phases of a large run. Each phase (reading, linking, the rules) leaves
// garbage the collector has not yet reclaimed, and the next phase would stack its own on top:
// at 300,000 people a side, the heap held about 420 MiB of live data when writing began, in a
// process of 1.5 GB. Collecting it whole between phases hands the memory back, and costs a
// fraction of a second against minutes.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Records of both lists from which the garbage is collected between phases (below it, a run is small anyway). */
export const MIN_RECORDS_TO_COLLECT = 100_000;

let collector: (() => void) | null | undefined;

/**
 * A full garbage collection now. V8 offers it to code only behind the `--expose-gc` flag, which
 * is turned on here and read in a fresh context (the main one is left as it is); where that
 * cannot be done, nothing happens.
 */
export function collectGarbage(): void {
  if (collector === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const found: unknown = vm.runInNewContext('gc');
      collector = typeof found === 'function' ? (found as () => void) : null;
    } catch {
      collector = null;
    }
  }
  collector?.();
}

/**
 * Records of both lists from which the garbage is collected before the linking as well: the
 * estimating and the duplicates leave theirs, and no collection of V8's own comes between, since
 * the engine's large arrays are not counted (match/engine/large-arrays.ts). A million a side
 * peaked at 2,869 MiB without it and 2,529 MiB with it; at 100,000 a side it cost 0.2 s and saved
 * little.
 */
export const MIN_RECORDS_TO_COLLECT_BEFORE_LINKING = 400_000;

/** Whether a run of `records` records in all is large enough for a collection between phases (from `from` records) to pay. */
export const collectionPays = (records: number, from = MIN_RECORDS_TO_COLLECT): boolean => records >= from;

/** collectGarbage, for a run of `records` records in all when it is large enough (`from` records) to pay. */
export function collectBetweenPhases(records: number, from = MIN_RECORDS_TO_COLLECT): void {
  if (collectionPays(records, from)) collectGarbage();
}
