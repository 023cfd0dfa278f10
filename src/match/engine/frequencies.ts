// Value frequencies for the frequency adjustment of exact agreement (a rare surname is stronger
// evidence than a common one), and the chance agreement of exact values between two lists.
import type { Comparison } from './comparisons.js';
import type { Features } from './features.js';
import { groupRun, KeyedPositions, keyNumber, stringNumber } from './key-runs.js';
import { partOf, ticker, type Step } from '../../progress.js';
import { float64s, uint8s } from './large-arrays.js';

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

  /**
   * `step`: ticked with the records counted so far, every few thousand (a million a side counts
   * for seconds). `kept`: the keys whose counts are asked for (the frequency keys); any other key's
   * agreement rate is found by sorting its values (sortedAgreementRate), with no map of them.
   */
  constructor(
    private readonly a: readonly Features[],
    private readonly b: readonly Features[],
    private readonly step?: Step,
    private readonly kept?: ReadonlySet<Key>,
  ) {}

  of(key: Key): [ValueCounts, ValueCounts] {
    let counted = this.known.get(key);
    if (counted === undefined) {
      const { a, b } = this;
      const from = this.counted;
      counted = [countValues(key, a, this.ticking(from)), countValues(key, b, this.ticking(from + a.length))];
      this.counted = from + a.length + b.length;
      this.known.set(key, counted);
    }
    return counted;
  }

  /**
   * exactAgreementRate of `key`: from its counts where they are kept (or already made), else by
   * sorting: a service number has a million values a side, and a map of them costs a cache miss
   * or two a value.
   */
  agreementRate(key: Key): number | undefined {
    if (this.known.has(key) || this.kept === undefined || this.kept.has(key) || !mostlyDistinct(key, this.a)) return agreementOfCounts(this.of(key));
    const from = this.counted;
    this.counted = from + this.a.length + this.b.length;
    this.sorting ??= new AgreementArrays(this.a.length + this.b.length);
    return sortedAgreementRate(key, this.a, this.b, this.ticking(from), stringNumber, this.sorting);
  }

  /** The arrays sortedAgreementRate fills, made once for every key of the lists. */
  private sorting: AgreementArrays | undefined;

  private ticking(offset: number): ((done: number) => void) | undefined {
    return this.step ? ticker(partOf(this.step, offset)) : undefined;
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
export const exactAgreementRate = (key: Key, lists: ListCounts): number | undefined => lists.agreementRate(key);

/** Records a key's values are sampled in, to tell a key of many values from one of few. */
const SAMPLE = 4_096;

/**
 * Whether most of a key's values are distinct among the first records (a service number, not a
 * sex or a patronymic): such a key is sorted, since a map of its values would hold one entry a
 * record; a map of a few values stays small and quick.
 */
function mostlyDistinct(key: Key, records: readonly Features[]): boolean {
  const seen = new Set<string | number>();
  let held = 0;
  for (let i = 0; i < Math.min(SAMPLE, records.length); i++) {
    const value = key(records[i]!);
    if (!value) continue;
    seen.add(value);
    held++;
  }
  return held > 0 && seen.size * 4 > held * 3;
}

/** The rate of two lists' counts: each of A's values in the order first seen, its share times B's. */
function agreementOfCounts([sa, sb]: [ValueCounts, ValueCounts]): number | undefined {
  if (sa.total === 0 || sb.total === 0) return undefined;
  let rate = 0;
  for (const [value, count] of sa.counts) rate += (count / sa.total) * ((sb.counts.get(value) ?? 0) / sb.total);
  return rate;
}

/**
 * The typed arrays sortedAgreementRate fills, kept from one key to the next: each new typed array
 * is fresh memory (key-runs.ts SortScratch), and at a million a side a key's arrays come to 33 MB.
 */
export class AgreementArrays {
  readonly numbers: KeyedPositions;
  private terms: Float64Array = new Float64Array(0);
  private held: Uint8Array = new Uint8Array(0);

  constructor(records: number) {
    this.numbers = new KeyedPositions(records);
  }

  /** A term and a flag for each of A's `n` places, all 0. */
  forA(n: number): { terms: Float64Array; held: Uint8Array } {
    if (this.terms.length < n) [this.terms, this.held] = [float64s(n), uint8s(n)];
    else this.held.fill(0, 0, n);
    return { terms: this.terms.subarray(0, n), held: this.held.subarray(0, n) };
  }
}

/**
 * agreementOfCounts without the counts: the values of both lists, each as a whole number (a
 * text by `numberOf`, its stringNumber), sorted by radix with the place of its record (A's
 * records first), and each run of one value counted on either side. A value A holds that B does
 * not adds nothing (its term is 0), so the others' terms are added alone, in the order A first
 * holds each: the same sum, to the last bit. `tick` is told the records keyed (A's, then B's).
 */
export function sortedAgreementRate(
  key: Key, a: readonly Features[], b: readonly Features[], tick?: (done: number) => void, numberOf: (text: string) => number = stringNumber,
  arrays: AgreementArrays = new AgreementArrays(a.length + b.length),
): number | undefined {
  const values = new Array<string | number>(a.length + b.length);
  const numbers = arrays.numbers.clear();
  let [totalA, totalB] = [0, 0];
  const add = (value: string | number, place: number) => {
    values[place] = value;
    numbers.add(keyNumber(value, numberOf), place);
  };
  for (let i = 0; i < a.length; i++) {
    tick?.(i);
    const value = key(a[i]!);
    if (!value) continue;
    add(value, i);
    totalA++;
  }
  for (let i = 0; i < b.length; i++) {
    tick?.(a.length + i);
    const value = key(b[i]!);
    if (!value) continue;
    add(value, a.length + i);
    totalB++;
  }
  if (totalA === 0 || totalB === 0) return undefined;
  numbers.sort();
  // Each value both lists hold, by the place A first holds it: its term.
  const { terms, held } = arrays.forA(a.length);
  const { positions } = numbers;
  // The places of one value, ascending (the sort is stable, A's added first): its term, by its
  // first place, where both lists hold it.
  const count = (places: ArrayLike<number>, from: number, to: number) => {
    let inA = 0;
    while (from + inA < to && places[from + inA]! < a.length) inA++;
    if (inA === 0 || inA === to - from) return;
    terms[places[from]!] = (inA / totalA) * ((to - from - inA) / totalB);
    held[places[from]!] = 1;
  };
  for (let from = 0; from < numbers.length; ) {
    const end = numbers.runEnd(from);
    const value = values[positions[from]!]!;
    let one = true;
    for (let at = from + 1; at < end && one; at++) one = values[positions[at]!] === value;
    if (one) count(positions, from, end);
    else {
      // Values that share a number: each counted apart.
      for (const places of groupRun(from, end, (at) => values[positions[at]!]!, (at) => positions[at]!).values()) count(places, 0, places.length);
    }
    from = end;
  }
  let rate = 0;
  for (let i = 0; i < a.length; i++) if (held[i] === 1) rate += terms[i]!;
  return rate;
}
