/**
 * A value that every visitor may share, kept for at most `ttlMs` (ADR 019's promise: a change is visible everywhere
 * within two seconds) — for public answers that read no cookie and no header, such as the Atom feeds and the open
 * data API. Concurrent misses share one production; a failed production is not kept. Only in production builds: in
 * development and tests every call produces afresh, so a test sees its own writes at once.
 */
export type SharedValueCache<T> = { get: (key: string, produce: () => Promise<T>) => Promise<T>; clear: () => void };

export function createSharedValueCache<T>({ ttlMs = 1000, maxEntries = 500, enabled = process.env.NODE_ENV === 'production' } = {}): SharedValueCache<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key, produce) {
      if (!enabled) return produce();
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value;
      const value = produce();
      entries.delete(key);
      entries.set(key, { at: now, value });
      // Oldest first in a Map: drop the least recently produced beyond the bound.
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear: () => entries.clear(),
  };
}
