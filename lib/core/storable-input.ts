/**
 * Checks that action input can be stored at all, before any schema sees it. Two things pass a zod string schema but
 * fail (or silently change) in PostgreSQL: the NUL character (refused in text and JSON) and a lone UTF-16 surrogate
 * (refused in jsonb as "\ud800", replaced by U+FFFD in text). Both are reported as field errors on their paths.
 *
 * The walk is iterative and refuses input nested deeper than MAX_INPUT_DEPTH: a recursive walk over a few thousand
 * levels of arrays overflowed the stack and turned hostile input into "something went wrong". No form of ours nests
 * deeper than a handful of levels (localized text, settings), so the limit is far above any real input. It also stops
 * after MAX_INPUT_NODES values: React's reply format can repeat one object by reference, so a small body can stand
 * for a huge tree.
 */
export const MAX_INPUT_DEPTH = 32;
export const MAX_INPUT_NODES = 200_000;

export type StorabilityReport = {
  /** dotted paths ('_form' for the root) of strings with a NUL or a lone surrogate, in input order */
  badTextPaths: string[];
  /** true when the input nests deeper than MAX_INPUT_DEPTH or has more than MAX_INPUT_NODES values (the walk stops) */
  tooComplex: boolean;
};

/** True when PostgreSQL can store the string unchanged: no NUL and no lone UTF-16 surrogate. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed(); // isWellFormed: no lone surrogate
}

export function inspectInput(input: unknown): StorabilityReport {
  const badTextPaths: string[] = [];
  // Depth-first with an explicit stack; children are pushed in reverse so paths come out in input order.
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  let visited = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++visited > MAX_INPUT_NODES) return { badTextPaths, tooComplex: true };
    if (typeof value === 'string') {
      if (!isStorableText(value)) badTextPaths.push(path.join('.') || '_form');
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) return { badTextPaths, tooComplex: true };
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [String(i), v])
      : Object.entries(value as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      // Keys are stored too when the value is saved as JSON (settings); a bad key is reported on its parent.
      if (!isStorableText(key)) badTextPaths.push(path.join('.') || '_form');
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return { badTextPaths, tooComplex: false };
}
