/**
 * Where a JSON text first breaks the grammar, as line and column. JavaScript engines word their JSON.parse errors
 * differently and current V8 no longer reports a position, so the error location is found here, the same in every
 * browser and on the server. Iterative (an explicit stack), so deeply nested input cannot overflow the call stack.
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** The end of the string starting at `start` (after the closing quote), or the offset of the bad character. */
function stringEnd(text: string, start: number): { end: number } | { error: number } {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return { end: i + 1 };
    if (c < 0x20) return { error: i };
    if (c === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return { error: i };
      i = ESCAPE.lastIndex;
    } else {
      i += 1;
    }
  }
  return { error: text.length };
}

function scalarEnd(text: string, start: number): { end: number } | { error: number } {
  const c = text[start];
  if (c === '"') return stringEnd(text, start);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start)) return { end: start + literal.length };
  }
  NUMBER.lastIndex = start;
  if (NUMBER.test(text)) return { end: NUMBER.lastIndex };
  return { error: start };
}

/** The offset of the first syntax error, or null when the text is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  const stack: ('{' | '[')[] = [];
  type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'after';
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i += 1;
    const c = text[i];
    if (state === 'value' || state === 'valueOrClose') {
      if (state === 'valueOrClose' && c === ']') {
        stack.pop();
        i += 1;
        state = 'after';
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i += 1;
        state = c === '{' ? 'keyOrClose' : 'valueOrClose';
      } else {
        const scalar = scalarEnd(text, i);
        if ('error' in scalar) return scalar.error;
        i = scalar.end;
        state = 'after';
      }
      continue;
    }
    if (state === 'key' || state === 'keyOrClose') {
      if (state === 'keyOrClose' && c === '}') {
        stack.pop();
        i += 1;
        state = 'after';
        continue;
      }
      if (c !== '"') return i;
      const key = stringEnd(text, i);
      if ('error' in key) return key.error;
      i = key.end;
      while (i < text.length && WHITESPACE.has(text[i]!)) i += 1;
      if (text[i] !== ':') return i;
      i += 1;
      state = 'value';
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) return i < text.length ? i : null;
    if (c === ',') {
      i += 1;
      state = top === '{' ? 'key' : 'value';
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i += 1;
    } else {
      return i;
    }
  }
}

/**
 * Line and column (1-based) of the first syntax error; null when the text is valid or simply ends too early, where a
 * position would only point at the end.
 */
export function jsonErrorPosition(text: string): { line: number; column: number } | null {
  const offset = jsonErrorOffset(text);
  if (offset === null || offset >= text.length) return null;
  const before = text.slice(0, offset);
  const lastNewline = before.lastIndexOf('\n');
  let line = 1;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === 10) line += 1;
  return { line, column: offset - lastNewline };
}
