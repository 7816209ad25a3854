import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from './config';

/**
 * UI messages live in messages/<locale>/<namespace>.json, one file per feature so that features can be added
 * without editing a shared file. They are read from disk once per process.
 */
export type Messages = Record<string, unknown>;
const cache = new Map<Locale, Messages>();

export function messagesDir(): string {
  return path.join(process.cwd(), 'messages');
}

export function loadMessages(locale: Locale): Messages {
  const hit = cache.get(locale);
  if (hit && process.env.NODE_ENV === 'production') return hit;
  const dir = path.join(messagesDir(), locale);
  const messages: Messages = {};
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    messages[file.slice(0, -'.json'.length)] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  }
  cache.set(locale, messages);
  return messages;
}
