// Linkage quality against a ground truth: precision, recall and F1 of the matched pairs, the
// share of people sent to review, and blocking recall (true pairs the engine ever compared).
import type { ReconcileResult } from '../core/reconcile.js';
import type { PersonList } from '../model.js';

export interface Quality {
  truePairs: number;
  matched: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  review: number;
  reviewShare: number;
  /** Matched pairs that are wrong, as `aId~bId`, for error analysis. */
  falseMatches: string[];
  /** True pairs left unmatched. */
  missed: string[];
}

/**
 * The people of a truth set (`aId\tbId` per true pair): pairs that share a record belong to one
 * person (a duplicate on either list gives that person several true pairs). Returns each pair's
 * person number and the number of people.
 */
export function truthPeople(truth: Set<string>): { personOf: Map<string, number>; people: number } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const pair of truth) {
    const [a, b] = pair.split('\t').map((id, i) => `${i}:${id}`) as [string, string];
    for (const n of [a, b]) if (!parent.has(n)) parent.set(n, n);
    parent.set(find(b), find(a));
  }
  const numbers = new Map<string, number>();
  const personOf = new Map<string, number>();
  for (const pair of truth) {
    const root = find(`0:${pair.split('\t')[0]}`);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    personOf.set(pair, numbers.get(root)!);
  }
  return { personOf, people: numbers.size };
}

export function measure(result: ReconcileResult, a: PersonList, b: PersonList, truth: Set<string>): Quality {
  const matched = result.entries.filter((e) => e.status === 'matched');
  const key = (e: (typeof matched)[number]) => `${e.a!.recordId}\t${e.b!.recordId}`;
  const correct = matched.filter((e) => truth.has(key(e))).length;
  const truePairs = truthPeople(truth).people;
  const found = new Set(matched.map((e) => e.a!.recordId));
  const precision = matched.length ? correct / matched.length : 1;
  const recall = truePairs ? correct / truePairs : 1;
  const review = result.entries.filter((e) => e.status === 'review').length;
  return {
    truePairs,
    matched: matched.length,
    correct,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    review,
    reviewShare: review / Math.max(1, Math.max(a.records.length, b.records.length)),
    falseMatches: matched.filter((e) => !truth.has(key(e))).map((e) => `${e.a!.recordId}~${e.b!.recordId}`),
    missed: [...truth].filter((pair) => !found.has(pair.split('\t')[0]!)).map((pair) => pair.replace('\t', '~')),
  };
}

/** Share of people on both lists of whom blocking (or the first pass) let at least one true pair through. */
export function blockingRecall(compared: ReadonlySet<string>, truth: Set<string>): number {
  const { personOf, people } = truthPeople(truth);
  const reached = new Set<number>();
  for (const [pair, person] of personOf) if (compared.has(pair)) reached.add(person);
  return people ? reached.size / people : 1;
}
