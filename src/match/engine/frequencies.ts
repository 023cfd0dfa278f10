// Value frequencies for the frequency adjustment of exact agreement (a rare surname is stronger
// evidence than a common one).
import type { Comparison } from './comparisons.js';
import type { Features } from './features.js';

export function valueFrequencies(comparison: Comparison, records: readonly Features[]): { frequency: Map<string, number>; meanAgreement: number } | undefined {
  const key = comparison.frequencyKey;
  if (!key) return undefined;
  const counts = new Map<string, number>();
  let total = 0;
  for (const f of records) {
    const value = key(f);
    if (!value) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    total++;
  }
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
