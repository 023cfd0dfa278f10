// Value frequencies for the frequency adjustment of exact agreement (a rare surname is stronger
// evidence than a common one), and the chance agreement of exact values between two lists.
import type { Comparison } from './comparisons.js';
import type { Features } from './features.js';
import { partOf, ticker, type Step } from '../../progress.js';

type Key = (f: Features) => string | number;

/** How often each non-empty value of a key occurs in some records, in the order values are first seen, and how many records have one. */
interface ValueCounts {
  counts: Map<string | number, number>;
  total: number;
}

function countValues(key: Key, records: readonly Features[], tick?: (done: number) => void): ValueCounts {
  const counts = new Map<string | number, number>();
  let total = 0;
  for (let i = 0; i < records.length; i++) {
    tick?.(i);
    const value = key(records[i]!);
    if (!value) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    total++;
  }
  return { counts, total };
}

/**
 * The value counts of two lists, each key counted once per list however often it is asked: the
 * surname is both an exact key and a frequency key, and at a million a side each pass over a list
 * costs a second.
 */
export class ListCounts {
  private readonly known = new Map<Key, [ValueCounts, ValueCounts]>();
  /** Records counted so far, over every key. */
  private counted = 0;

  /** `step`: ticked with the records counted so far, every few thousand (a million a side counts for seconds). */
  constructor(private readonly a: readonly Features[], private readonly b: readonly Features[], private readonly step?: Step) {}

  of(key: Key): [ValueCounts, ValueCounts] {
    let counted = this.known.get(key);
    if (counted === undefined) {
      const { a, b, step } = this;
      const from = this.counted;
      const ticking = (offset: number) => (step ? ticker(partOf(step, offset)) : undefined);
      counted = [countValues(key, a, ticking(from)), countValues(key, b, ticking(from + a.length))];
      this.counted = from + a.length + b.length;
      this.known.set(key, counted);
    }
    return counted;
  }
}

/**
 * The relative frequency of each value of the comparison's frequency key across both lists, and
 * the chance two records holding one agree on it. Counted as over A's records then B's: the values
 * in the order first seen there, so the sums are made in the same order whatever counted them.
 */
export function valueFrequencies(comparison: Comparison, lists: ListCounts): { frequency: Map<string, number>; meanAgreement: number } | undefined {
  const key = comparison.frequencyKey;
  if (!key) return undefined;
  const [inA, inB] = lists.of(key);
  const total = inA.total + inB.total;
  if (total === 0) return undefined;
  const counts = new Map(inA.counts);
  for (const [value, count] of inB.counts) counts.set(value, (counts.get(value) ?? 0) + count);
  const frequency = new Map<string, number>();
  let meanAgreement = 0;
  for (const [value, count] of counts) {
    const share = count / total;
    frequency.set(value as string, share);
    meanAgreement += share * share;
  }
  return { frequency, meanAgreement };
}

/**
 * Chance that a random A record and a random B record, both holding the value, hold the same
 * one: the sum over values of the two lists' shares. Symmetric in the two lists.
 */
export function exactAgreementRate(key: Key, lists: ListCounts): number | undefined {
  const [sa, sb] = lists.of(key);
  if (sa.total === 0 || sb.total === 0) return undefined;
  let rate = 0;
  for (const [value, count] of sa.counts) rate += (count / sa.total) * ((sb.counts.get(value) ?? 0) / sb.total);
  return rate;
}
