import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from './config';
import { loadMessages } from './messages';

/** Flattens nested messages to "ns.key.sub" → text. */
function flatten(obj: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

/** The ICU argument names of a message, e.g. "{min}" → ["min"]. */
function argumentsOf(text: string): string[] {
  return [...text.matchAll(/\{\s*([a-zA-Z0-9_]+)\s*(?:,[^{}]*)?\}/g)].map((m) => m[1]!).sort();
}

describe('UI messages', () => {
  const flat = Object.fromEntries(locales.map((l) => [l, flatten(loadMessages(l))]));

  it('has the same namespace files in every locale', () => {
    const files = (l: string) => fs.readdirSync(path.join(process.cwd(), 'messages', l)).sort();
    for (const l of locales) expect(files(l), l).toEqual(files('fi'));
  });

  it.each(locales.filter((l) => l !== 'fi'))('has exactly the Finnish keys in %s', (locale) => {
    const missing = Object.keys(flat.fi!).filter((k) => !(k in flat[locale]!));
    const extra = Object.keys(flat[locale]!).filter((k) => !(k in flat.fi!));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(locales)('has no empty messages in %s', (locale) => {
    const empty = Object.entries(flat[locale]!).filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(locales.filter((l) => l !== 'fi'))('uses the same placeholders as Finnish in %s', (locale) => {
    const differing = Object.keys(flat.fi!).filter(
      (k) => k in flat[locale]! && argumentsOf(flat.fi![k]!).join() !== argumentsOf(flat[locale]![k]!).join(),
    );
    expect(differing).toEqual([]);
  });
});
