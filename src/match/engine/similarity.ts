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
  return limited(most, x, y);
}
