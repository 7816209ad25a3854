import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonErrorPosition } from './json-error-position';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('jsonErrorOffset agrees with JSON.parse', () => {
  it.each([
    '{}',
    '[]',
    ' { "a" : [1, -2.5e3, true, false, null, "x\\n\\u00e4"] } ',
    '{"type":"Polygon","coordinates":[[[27.6,62.8],[27.7,62.8],[27.7,62.9],[27.6,62.8]]]}',
    '"just a string"',
    '0',
    '{"a":{"b":{"c":[[[]]]}}}',
    '{',
    '[1,]',
    '{"a":1,}',
    '{a:1}',
    "{'a':1}",
    '[01]',
    '[1.]',
    '[.5]',
    '[+1]',
    '["tab\there"]',
    '["bad \\x escape"]',
    '[1] [2]',
    '[1 2]',
    '{"a" 1}',
    '[tru]',
    '',
    '   ',
    '[' + '['.repeat(100_000),
  ])('%j', (text) => {
    expect(jsonErrorOffset(text) === null).toBe(parses(text));
  });
});

describe('jsonErrorPosition', () => {
  it('points at the first unexpected character, 1-based', () => {
    expect(jsonErrorPosition('{\n  "type": Polygon\n}')).toEqual({ line: 2, column: 11 });
    expect(jsonErrorPosition('[1, 2,, 3]')).toEqual({ line: 1, column: 7 });
    expect(jsonErrorPosition('{"a": 1,\n "b": 2,\n}')).toEqual({ line: 3, column: 1 });
  });

  it('gives no position for valid JSON or text that just ends too early', () => {
    expect(jsonErrorPosition('{"a": 1}')).toBeNull();
    expect(jsonErrorPosition('{"a": [1, 2')).toBeNull();
  });
});
