import { describe, expect, it } from 'vitest';
import { isPlausibleId, isPlausibleSlug } from './identifiers';

describe('identifier shapes', () => {
  it.each([
    ['cmabc123def456ghi789jkl0', true],
    ['', false],
    ['a\u0000b', false],
    ['../etc', false],
    ['x'.repeat(65), false],
    [42, false],
  ])('isPlausibleId(%j) is %s', (value, expected) => expect(isPlausibleId(value)).toBe(expected));

  it.each([
    ['lahioohjelma-2026-neulamaki', true],
    ['Neulamaki', false],
    ['a--b', false],
    ['\u0000', false],
    ['ei-ole', true],
  ])('isPlausibleSlug(%j) is %s', (value, expected) => expect(isPlausibleSlug(value)).toBe(expected));
});
