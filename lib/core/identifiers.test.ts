import { describe, expect, it } from 'vitest';
import { isPlausibleId, isPlausibleSlug, nulPaths } from './identifiers';

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

  it('finds NUL characters anywhere in form input', () => {
    expect(nulPaths({ title: { fi: 'ok', sv: 'a\u0000' }, tags: ['x', '\u0000'], n: 3 })).toEqual(['title.sv', 'tags.1']);
    expect(nulPaths({ ok: 'fine' })).toEqual([]);
  });
});
