/**
 * Validation messages travel as keys, not text, so that the same zod schema gives localized messages in the
 * browser (react-hook-form) and on the server (server actions). A message is "key" or "key|{json params}"; the
 * key names an entry of messages/<locale>/validation.json.
 */
export type MessageParams = Record<string, string | number>;

export function encodeMessage(key: string, params?: MessageParams): string {
  return params && Object.keys(params).length > 0 ? `${key}|${JSON.stringify(params)}` : key;
}

export function decodeMessage(message: string): { key: string; params: MessageParams } {
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message, params: {} };
  try {
    return { key: message.slice(0, bar), params: JSON.parse(message.slice(bar + 1)) as MessageParams };
  } catch {
    return { key: message.slice(0, bar), params: {} };
  }
}
