// String similarity of already-normalised keys (Jaro–Winkler from talisman), and a
// one-edit test for identifiers (service numbers, tags): substitution, insertion, deletion or
// adjacent transposition.
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';

export function similarity(x: string, y: string): number {
  if (x === y) return 1;
  if (x === '' || y === '') return 0;
  return jaroWinkler.similarity(x, y);
}

export function withinOneEdit(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    // One substitution, or two adjacent characters swapped.
    if (short.slice(i + 1) === long.slice(i + 1)) return true;
    return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
  }
  return short.slice(i) === long.slice(i + 1);
}
