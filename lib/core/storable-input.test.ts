import { describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH, inspectInput, isStorableText } from './storable-input';

/** An array nested `levels` deep, built without recursion. */
function nested(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('storable input', () => {
  it.each([
    ['plain text', 'Neulamäki', true],
    ['an emoji (a surrogate pair)', 'kiitos 😀', true],
    ['NUL', 'a\u0000b', false],
    ['a lone high surrogate', 'a\ud800b', false],
    ['a lone low surrogate', '\udc00', false],
    ['a reversed pair', '\ude00\ud83d', false],
    ['a high surrogate at the end', 'loppu\ud83d', false],
  ])('isStorableText: %s', (_name, text, expected) => expect(isStorableText(text)).toBe(expected));

  it('reports every unstorable string by its path, in input order', () => {
    const input = { title: { fi: 'ok', sv: 'a\u0000' }, tags: ['x', '\ud800'], body: { en: 'fine 😀' }, n: 3 };
    expect(inspectInput(input)).toEqual({ badTextPaths: ['title.sv', 'tags.1'], tooComplex: false });
    expect(inspectInput('\udfff')).toEqual({ badTextPaths: ['_form'], tooComplex: false });
    expect(inspectInput({ ok: 'fine', list: [1, null, true] })).toEqual({ badTextPaths: [], tooComplex: false });
  });

  it('reports an unstorable key on the object that has it', () => {
    expect(inspectInput({ settings: { 'a\u0000': 1 } }).badTextPaths).toEqual(['settings']);
  });

  it('accepts nesting up to the limit and refuses deeper input without overflowing the stack', () => {
    expect(inspectInput(nested(MAX_INPUT_DEPTH)).tooComplex).toBe(false);
    expect(inspectInput(nested(MAX_INPUT_DEPTH + 1)).tooComplex).toBe(true);
    // 3 000 levels overflowed the recursive NUL check; 200 000 would overflow any recursive walk.
    expect(inspectInput(nested(3000)).tooComplex).toBe(true);
    expect(inspectInput(nested(200_000)).tooComplex).toBe(true);
  });

  it('stops on a tree that one shared object makes huge', () => {
    let value: unknown = Array.from({ length: 100 }, () => 'x');
    for (let i = 0; i < 5; i++) value = [value, value, value, value, value, value, value, value, value, value];
    expect(inspectInput(value).tooComplex).toBe(true);
  });
});
