import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS } from './audit-labels';

/** Every audit action code written by the domain code has a readable label in the audit log. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('audit action labels', () => {
  it('covers every action code that lib/ writes', () => {
    const codes = new Set<string>();
    for (const file of sourceFiles(path.join(process.cwd(), 'lib'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/action:\s*([^,\n]+)/g)) {
        for (const code of m[1]!.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) codes.add(code[1]!);
      }
    }
    expect(codes.size).toBeGreaterThan(20);
    const missing = [...codes].filter((c) => !(c in AUDIT_ACTION_LABELS));
    expect(missing).toEqual([]);
  });
});
