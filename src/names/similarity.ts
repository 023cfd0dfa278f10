// Similarity of two names for the fuzzy levels of the matcher: Jaro-Winkler on skeletons, so a
// change of script or transliteration system costs nothing and a typo costs a little.
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import { latinSkeleton } from './skeleton.js';

/**
 * Similarity in [0, 1]: 1 when the skeletons are equal, 0 when either name has no letters (an
 * empty name is missing evidence, not agreement), else Jaro-Winkler, taken in a fixed order of
 * its arguments so that the result cannot depend on which list a name came from.
 */
export function nameSimilarity(a: string, b: string): number {
  const x = latinSkeleton(a);
  const y = latinSkeleton(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  return x < y ? jaroWinkler(x, y) : jaroWinkler(y, x);
}
