import { describe, expect, it } from 'vitest';
import { firstValues, PageNumberSchema } from './search-params';

describe('firstValues', () => {
  it('takes the first of repeated parameters', () => {
    expect(firstValues({ a: ['1', '2'], b: 'x', c: undefined })).toEqual({ a: '1', b: 'x', c: undefined });
  });
});

describe('PageNumberSchema', () => {
  it.each([
    ['3', 3],
    [undefined, 1],
    ['', 1],
    ['0', 1],
    ['-2', 1],
    ['abc', 1],
    ['2.5', 1],
    ['999999999', 1],
  ])('%s → %s', (value, page) => {
    expect(PageNumberSchema.parse(value)).toBe(page);
  });
});
