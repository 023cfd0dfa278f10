// String similarity of already-normalised keys (Jaro–Winkler from talisman), and bounded edit
// distance for identifiers such as service numbers and tags (Damerau–Levenshtein from talisman:
// substitution, insertion, deletion, adjacent transposition).
import { limited } from 'talisman/metrics/damerau-levenshtein.js';
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';

export function similarity(x: string, y: string): number {
  if (x === y) return 1;
  if (x === '' || y === '') return 0;
  return jaroWinkler.similarity(x, y);
}

/** Whether x becomes y in at most `edits` single-character edits. */
export function withinEdits(x: string, y: string, edits: number): boolean {
  return editsUpTo(x, y, edits) <= edits;
}

/** The single-character edits that make x into y, where they are at most `most`; Infinity where they are more. */
export function editsUpTo(x: string, y: string, most: number): number {
  if (x === y) return 0;
  if (Math.abs(x.length - y.length) > most) return Infinity;
  if (lettersApart(x, y) > 2 * most) return Infinity;
  return limited(most, x, y);
}

/** Counts of characters by bucket (char code mod 64), one table reused: +1 for x's, −1 for y's. */
const BUCKETS = new Int32Array(64);

/**
 * At most twice the edits between x and y, counted without a table of edits: how many characters
 * one has and the other lacks. A changed letter counts two (one gone, one come), a
 * letter added or dropped one, two letters swapped none; characters sharing a bucket can only
 * hide a difference, never add one. Two service numbers of one list differ in most of their digits,
 * so most pairs are told here, before an edit distance's table is made for them.
 */
function lettersApart(x: string, y: string): number {
  for (let i = 0; i < x.length; i++) BUCKETS[x.charCodeAt(i) & 63]!++;
  for (let i = 0; i < y.length; i++) BUCKETS[y.charCodeAt(i) & 63]!--;
  let apart = 0;
  for (let i = 0; i < x.length; i++) apart += take(x.charCodeAt(i) & 63);
  for (let i = 0; i < y.length; i++) apart += take(y.charCodeAt(i) & 63);
  return apart;
}

/** A bucket's count, as a distance, and the bucket emptied (so each is counted once, and the table is clean for the next pair). */
function take(bucket: number): number {
  const count = BUCKETS[bucket]!;
  BUCKETS[bucket] = 0;
  return count < 0 ? -count : count;
}
