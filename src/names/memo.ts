// Memoisation of the name keys. Lists repeat names heavily (a few hundred given names, a few
// thousand surnames in a list of 100,000), and each key costs microseconds, so each distinct
// spelling is keyed once. The cache is bounded: past MAX_ENTRIES it starts afresh.
const MAX_ENTRIES = 1_000_000;

export function memo<R>(fn: (name: string) => R): (name: string) => R {
  const cache = new Map<string, R>();
  return (name: string) => {
    const hit = cache.get(name);
    if (hit !== undefined || cache.has(name)) return hit as R;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const value = fn(name);
    cache.set(name, value);
    return value;
  };
}
