import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The namespaces of organization administration and the accessibility statement: fi, sv and en have the same keys. */
const NAMESPACES = ['accessibility', 'feedback', 'organization', 'users', 'audit', 'outbox'];

function keys(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function read(locale: string, ns: string) {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', locale, `${ns}.json`), 'utf8')) as unknown;
}

describe.each(NAMESPACES)('messages/%s.json', (ns) => {
  it('has the same keys in fi, sv and en, none empty', () => {
    const fi = keys(read('fi', ns)).sort();
    for (const locale of ['sv', 'en']) expect(keys(read(locale, ns)).sort(), locale).toEqual(fi);
    for (const locale of ['fi', 'sv', 'en']) {
      const flat = JSON.stringify(read(locale, ns));
      expect(flat, `${locale} has an empty message`).not.toContain('""');
    }
  });
});
