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

/** Truth as a set of `aId\tbId`; its size in people is the number of its connected groups. */
export function truthPeople(truth: Set<string>): number {
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
  return new Set([...parent.keys()].map(find)).size;
}

export function measure(result: ReconcileResult, a: PersonList, b: PersonList, truth: Set<string>): Quality {
  const matched = result.entries.filter((e) => e.status === 'matched');
  const key = (e: (typeof matched)[number]) => `${e.a!.recordId}\t${e.b!.recordId}`;
  const correct = matched.filter((e) => truth.has(key(e))).length;
  const truePairs = truthPeople(truth);
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

/** Share of true pairs that blocking (or the first pass) let through to scoring. */
export function blockingRecall(compared: ReadonlySet<string>, truth: Set<string>): number {
  let kept = 0;
  for (const pair of truth) if (compared.has(pair)) kept++;
  return truth.size ? kept / truth.size : 1;
}
