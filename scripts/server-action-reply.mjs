// @ts-check
// Checks the body of a server-action request against the reply format that React's client (encodeReply) writes, before
// Next.js decodes it. React's decoder (decodeReply) throws on anything else — truncated JSON, references to rows that
// do not exist ("$Q1" in a text body), a bad BigInt, 5 000 levels of nesting (stack overflow) — and Next.js answers
// every such throw with a 500. This module accepts only what the client can produce and says why anything else is
// refused, so scripts/serve.mjs can answer 400 instead.
//
// The format (react-server-dom-webpack, ReactFlightReplyClient/Server): the body is row 0 as JSON text, or multipart
// form data whose field "0" is row 0 and whose other numbered fields are outlined rows. Row 0 of an action call is
// the array of arguments. Strings beginning with "$" are tags:
//   $$…            an escaped string that begins with "$"
//   $undefined $NaN $Infinity $-Infinity $-0 $T     values without a row (T: a temporary reference)
//   $D…  a date  ·  $n…  a BigInt (must parse)
//   $<hex>[:path]  $@<hex>  $Q<hex>  $W<hex>  $i<hex>   an outlined row (JSON) — a path walks into its objects
//   $B $A $O $o $U $S $s $L $l $G $g $M $m $V <hex>     a binary part (a file field)
//   $K<hex>        form data (fields "_<hex>_…"), always decodable
// Server references ($h…) and streams ($R $r $X $x) are never arguments of this app's actions and are refused.

/** Deeper than this is no argument list of ours; React's decoder recurses and overflowed at about 5 000 levels. */
export const MAX_REPLY_DEPTH = 256;
/** Next.js throws (500) above 1 000 arguments. */
export const MAX_ARGUMENTS = 1000;
/** Outlined rows one reply may use. */
export const MAX_ROWS = 1000;

const PLAIN_TAGS = new Set(['$undefined', '$NaN', '$Infinity', '$-Infinity', '$-0', '$T']);
const ROW_TAGS = new Set(['@', 'Q', 'W', 'i']);
const BINARY_TAGS = new Set(['B', 'A', 'O', 'o', 'U', 'S', 's', 'L', 'l', 'G', 'g', 'M', 'm', 'V']);
const HEX = /^[0-9a-f]+$/;

/**
 * @typedef {{ get(name: string): unknown }} ReplyRows  row id → JSON text, a Blob (file part) or undefined
 * @typedef {{ ok: true } | { ok: false, reason: string }} ReplyCheck
 */

/**
 * @param {string} text the body of a text (non-multipart) server-action request
 * @returns {ReplyCheck}
 */
export function checkTextReply(text) {
  return checkReply({ get: (name) => (name === '0' ? text : undefined) });
}

/**
 * @param {ReplyRows} rows the fields of the reply (for a multipart body: its FormData)
 * @returns {ReplyCheck}
 */
export function checkReply(rows) {
  /** @type {Map<string, unknown>} parsed JSON of each row checked so far */
  const parsed = new Map();
  /** @type {{ id: string, depth: number }[]} rows still to check, with the depth of the place that refers to them */
  const pending = [{ id: '0', depth: 0 }];
  /** @type {{ id: string, path: string[] }[]} "$<hex>:path" references, resolved once every row is parsed */
  const pathReferences = [];

  while (pending.length > 0) {
    const { id, depth } = /** @type {{ id: string, depth: number }} */ (pending.pop());
    if (parsed.has(id)) continue;
    if (parsed.size >= MAX_ROWS) return refuse(`more than ${MAX_ROWS} rows`);
    const text = rows.get(id);
    if (typeof text !== 'string') return refuse(`row ${id} is missing or not text`);
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      return refuse(`row ${id} is not JSON`);
    }
    if (id === '0') {
      if (!Array.isArray(value)) return refuse('the arguments are not an array');
      if (value.length > MAX_ARGUMENTS) return refuse(`more than ${MAX_ARGUMENTS} arguments`);
    }
    parsed.set(id, value);

    // Walk the row without recursion: a hostile body may nest as deep as its size allows.
    /** @type {{ value: unknown, depth: number }[]} */
    const stack = [{ value, depth }];
    while (stack.length > 0) {
      const node = /** @type {{ value: unknown, depth: number }} */ (stack.pop());
      if (typeof node.value === 'string') {
        const problem = checkTag(node.value, rows, (ref) => pending.push({ id: ref, depth: node.depth + 1 }), pathReferences);
        if (problem) return refuse(`row ${id}: ${problem}`);
        continue;
      }
      if (!node.value || typeof node.value !== 'object') continue;
      if (node.depth >= MAX_REPLY_DEPTH) return refuse(`nested deeper than ${MAX_REPLY_DEPTH} levels`);
      for (const child of Object.values(node.value)) stack.push({ value: child, depth: node.depth + 1 });
    }
  }

  for (const { id, path } of pathReferences) {
    /** @type {unknown} */
    let target = parsed.get(id);
    for (const key of path) {
      if (!target || typeof target !== 'object' || !Object.hasOwn(target, key)) return refuse(`path reference $${id}:${path.join(':')} leads nowhere`);
      target = /** @type {Record<string, unknown>} */ (target)[key];
    }
    if (!target || typeof target !== 'object') return refuse(`path reference $${id}:${path.join(':')} is not an object`);
  }
  return { ok: true };
}

/**
 * @param {string} value a string inside a row
 * @param {ReplyRows} rows
 * @param {(id: string) => void} needRow called for each outlined JSON row the value refers to
 * @param {{ id: string, path: string[] }[]} pathReferences collects "$<hex>:path" references
 * @returns {string | undefined} why the value is refused
 */
function checkTag(value, rows, needRow, pathReferences) {
  if (value[0] !== '$') return undefined;
  if (value[1] === '$' || PLAIN_TAGS.has(value)) return undefined;
  const tag = value[1];
  const rest = value.slice(2);
  if (tag === 'D') return undefined; // new Date(text): an invalid date is a value, not an error
  if (tag === 'n') {
    try {
      BigInt(rest);
      return /^-?\d+$/.test(rest) ? undefined : 'bad BigInt';
    } catch {
      return 'bad BigInt';
    }
  }
  if (tag === 'K') return HEX.test(rest) ? undefined : 'bad form data reference';
  if (tag && ROW_TAGS.has(tag)) {
    if (!HEX.test(rest)) return `bad reference ${value.slice(0, 20)}`;
    needRow(String(parseInt(rest, 16)));
    return undefined;
  }
  if (tag && BINARY_TAGS.has(tag)) {
    if (!HEX.test(rest)) return `bad reference ${value.slice(0, 20)}`;
    const part = rows.get(String(parseInt(rest, 16)));
    return typeof Blob !== 'undefined' && part instanceof Blob ? undefined : `reference ${value.slice(0, 20)} is not a file part`;
  }
  // "$<hex>" or "$<hex>:key:key" — an outlined row, or a path into an object written earlier (repeated objects).
  const [head, ...path] = value.slice(1).split(':');
  if (head && HEX.test(head)) {
    const id = String(parseInt(head, 16));
    needRow(id);
    if (path.length > 0) pathReferences.push({ id, path });
    return undefined;
  }
  return `unsupported tag ${value.slice(0, 20)}`;
}

/** @param {string} reason */
function refuse(reason) {
  return /** @type {const} */ ({ ok: false, reason });
}
