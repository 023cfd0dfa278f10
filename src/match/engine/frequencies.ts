// Value frequencies for the frequency adjustment of exact agreement (a rare surname is stronger
// evidence than a common one), and the chance agreement of exact values between two lists.
import type { Comparison } from './comparisons.js';
import type { Features } from './features.js';

/** How often each non-empty value of `key` occurs in the records, and how many records have one. */
function countValues<K extends string | number>(key: (f: Features) => K, records: readonly Features[]): { counts: Map<K, number>; total: number } {
  const counts = new Map<K, number>();
  let total = 0;
  for (const f of records) {
    const value = key(f);
    if (!value) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    total++;
  }
  return { counts, total };
}

export function valueFrequencies(comparison: Comparison, records: readonly Features[]): { frequency: Map<string, number>; meanAgreement: number } | undefined {
  const key = comparison.frequencyKey;
  if (!key) return undefined;
  const { counts, total } = countValues(key, records);
  if (total === 0) return undefined;
  const frequency = new Map<string, number>();
  let meanAgreement = 0;
  for (const [value, count] of counts) {
    const share = count / total;
    frequency.set(value, share);
    meanAgreement += share * share;
  }
  return { frequency, meanAgreement };
}

/**
 * Chance that a random A record and a random B record, both holding the value, hold the same
 * one: the sum over values of the two lists' shares. Symmetric in the two lists.
 */
export function exactAgreementRate(key: (f: Features) => string | number, a: readonly Features[], b: readonly Features[]): number | undefined {
  const [sa, sb] = [countValues(key, a), countValues(key, b)];
  if (sa.total === 0 || sb.total === 0) return undefined;
  let rate = 0;
  for (const [value, count] of sa.counts) rate += (count / sa.total) * ((sb.counts.get(value) ?? 0) / sb.total);
  return rate;
}
