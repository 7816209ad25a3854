import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, pickClientMessages } from './client-namespaces';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('client message namespaces', () => {
  it('include every namespace that code reads with useTranslations()', () => {
    const used = new Set<string>();
    for (const dir of ['app', 'components', 'lib']) {
      for (const file of sourceFiles(path.join(process.cwd(), dir))) {
        const text = fs.readFileSync(file, 'utf8');
        for (const m of text.matchAll(/useTranslations\(\s*['"`]([a-zA-Z]+)/g)) used.add(m[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });

  it('drops server-only namespaces', () => {
    expect(Object.keys(pickClientMessages({ common: {}, mail: {}, audit: {} }))).toEqual(['common']);
  });
});

describe('picking client messages', () => {
  const messages = { common: { a: 'A' }, auth: { signIn: { title: 'T' }, register: { title: 'R' } }, mail: { x: 'X' } };

  it('keeps a part of a namespace at its place in the tree', () => {
    expect(pickClientMessages(messages, ['auth.signIn'])).toEqual({ auth: { signIn: { title: 'T' } } });
  });

  it('combines namespaces and parts, and skips paths that do not exist', () => {
    expect(pickClientMessages(messages, ['common', 'auth.register', 'nope', 'auth.nope'])).toEqual({
      common: { a: 'A' },
      auth: { register: { title: 'R' } },
    });
  });
});
