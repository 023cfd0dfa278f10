// Memoisation of the name keys. Lists repeat names heavily (a few hundred given names, a few
// thousand surnames in a list of 100,000), and each key costs microseconds, so each distinct
// spelling is keyed once. The cache is bounded: past `limit` entries it starts afresh.
const MAX_ENTRIES = 1_000_000;

export function memo<K, R>(fn: (key: K) => R, limit = MAX_ENTRIES): (key: K) => R {
  const cache = new Map<K, R>();
  return (key: K) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as R;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * Values numbered as they are first seen, from `first` on: the same value always gets the same
 * number (never cleared, so numbers stay true for the whole run).
 */
export function numbering<K>(first = 1): (value: K) => number {
  const numbers = new Map<K, number>();
  return (value: K) => {
    let number = numbers.get(value);
    if (number === undefined) {
      number = first + numbers.size;
      numbers.set(value, number);
    }
    return number;
  };
}
