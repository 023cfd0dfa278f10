// Blocking: only pairs that share at least one key are compared. Several independent keys, so a
// true pair survives errors in one or two fields: the service number; surname + birth year; the
// birth date (day and month in either order); a phonetic surname code + given initial; the name
// pair in either order (swapped names); given name + patronymic + birth year (respelt surnames);
// surname + given initial and given name + surname prefix (no date of birth, a typo in the other
// name); given name + birth year (a typo in the surname and in the date).
import type { Features } from './features.js';

export interface BlockingStats {
  /** Distinct pairs produced. */
  pairs: number;
  /** Keys skipped because their block was larger than the cap. */
  oversizedBlocks: number;
}

/** A block whose A×B product exceeds this is skipped: it would cost more than it can find. */
export const MAX_BLOCK_PAIRS = 5_000;

export function blockingKeys(f: Features): string[] {
  const keys: string[] = [];
  const initial = f.given.slice(0, 1);
  if (f.service) keys.push(`s:${f.service}`);
  if (f.surname && f.year) keys.push(`n:${f.surname}|${f.year}`);
  if (f.year && f.month) keys.push(`d:${f.year}|${Math.min(f.month, f.day)}|${Math.max(f.month, f.day)}`);
  if (initial) for (const code of f.phonetic) keys.push(`p:${code}|${initial}`);
  if (f.surname && f.given) keys.push(`w:${[f.surname, f.given].sort().join('|')}`);
  if (f.swapped?.surname && f.swapped.given) keys.push(`w:${[f.swapped.surname, f.swapped.given].sort().join('|')}`);
  if (f.given && f.patronymic && f.year) keys.push(`g:${f.given}|${f.patronymic}|${f.year}`);
  if (f.surname && initial) keys.push(`i:${f.surname}|${initial}`);
  if (f.given && f.surname.length >= 3) keys.push(`r:${f.given}|${f.surname.slice(0, 3)}`);
  if (f.given && f.year) keys.push(`y:${f.given}|${f.year}`);
  return keys;
}

/**
 * Candidate pairs between `a` and `b` as a list of [aPosition, bPosition] (positions in the
 * arrays given), each pair once, in a deterministic order.
 */
export function candidatePairs(a: readonly Features[], b: readonly Features[]): { pairs: Array<[number, number]>; stats: BlockingStats } {
  const blocksA = new Map<string, number[]>();
  a.forEach((f, i) => {
    for (const key of new Set(blockingKeys(f))) {
      const block = blocksA.get(key);
      if (block) block.push(i);
      else blocksA.set(key, [i]);
    }
  });
  const blocksB = new Map<string, number[]>();
  b.forEach((f, j) => {
    for (const key of new Set(blockingKeys(f))) {
      if (!blocksA.has(key)) continue;
      const block = blocksB.get(key);
      if (block) block.push(j);
      else blocksB.set(key, [j]);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  let oversizedBlocks = 0;
  for (const [key, inB] of blocksB) {
    const inA = blocksA.get(key)!;
    if (inA.length * inB.length > MAX_BLOCK_PAIRS) {
      oversizedBlocks++;
      continue;
    }
    for (const i of inA) {
      for (const j of inB) {
        const id = i * b.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return { pairs, stats: { pairs: pairs.length, oversizedBlocks } };
}

/** Candidate pairs inside one list (for duplicates): i < j. */
export function candidatePairsWithin(list: readonly Features[]): Array<[number, number]> {
  return candidatePairs(list, list).pairs.filter(([i, j]) => i < j);
}
