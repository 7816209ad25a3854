import { describe, expect, it, vi } from 'vitest';
import { createSharedValueCache } from './shared-value-cache';

describe('createSharedValueCache', () => {
  it('shares a value for the lifetime, then produces again; concurrent misses produce once', async () => {
    vi.useFakeTimers();
    const cache = createSharedValueCache<number>({ ttlMs: 1000, enabled: true });
    let n = 0;
    const produce = async () => ++n;
    expect(await Promise.all([cache.get('a', produce), cache.get('a', produce)])).toEqual([1, 1]);
    vi.advanceTimersByTime(999);
    expect(await cache.get('a', produce)).toBe(1);
    vi.advanceTimersByTime(2);
    expect(await cache.get('a', produce)).toBe(2);
    expect(await cache.get('b', produce)).toBe(3);
    vi.useRealTimers();
  });

  it('does not keep a failure, and stays within its bound', async () => {
    const cache = createSharedValueCache<number>({ enabled: true, maxEntries: 2 });
    await expect(cache.get('x', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    await Promise.resolve();
    expect(await cache.get('x', async () => 7)).toBe(7);
    let produced = 0;
    for (const key of ['k1', 'k2', 'k3']) await cache.get(key, async () => ++produced);
    expect(await cache.get('k1', async () => ++produced)).toBe(4); // k1 was dropped, produced again
  });

  it('produces every time when disabled (development and tests)', async () => {
    const cache = createSharedValueCache<number>({ enabled: false });
    let n = 0;
    await cache.get('a', async () => ++n);
    expect(await cache.get('a', async () => ++n)).toBe(2);
  });
});
