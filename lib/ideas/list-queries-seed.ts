/**
 * A seed (a visitor's digits, or the day) as a starting point in [0, 1): FNV-1a over its characters, then MurmurHash3's
 * final mix so that seeds differing in one digit land far apart. The same seed always starts at the same idea;
 * different visitors start at different ones.
 */
export function seedFraction(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}
