/**
 * Both file stores behave the same (ADR 026): what is put comes back byte for byte with its type, a second put
 * replaces, delete removes (twice is fine), a missing key is null, and a key that could reach outside the store is
 * refused before any file or row is touched. The disk store writes under a temporary directory; the database store
 * into the test database.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { databaseFileStore } from './database-store';
import { diskFileStore } from './disk-store';
import type { FileStore } from './file-store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yhdessa-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['disk', () => diskFileStore(dir)],
  ['database', () => databaseFileStore(db)],
] as [string, () => FileStore][])('%s store', (_name, make) => {
  const store = make();
  const key = () => `test-${crypto.randomBytes(6).toString('hex')}.w480.webp`;

  it('returns what was stored, replaces on a second put, and deletes', async () => {
    const k = key();
    const bytes = crypto.randomBytes(70_000);
    await store.put(k, { bytes, contentType: 'image/webp' });
    const got = await store.get(k);
    expect(got?.contentType).toBe('image/webp');
    expect(Buffer.compare(got!.bytes, bytes)).toBe(0);
    await store.put(k, { bytes: Buffer.from('toinen'), contentType: 'image/png' });
    expect((await store.get(k))?.bytes.toString()).toBe('toinen');
    await store.delete(k);
    expect(await store.get(k)).toBeNull();
    await expect(store.delete(k)).resolves.toBeUndefined();
  });

  it('refuses keys that are not its own shape', async () => {
    for (const bad of ['../etc/passwd', '/abs', 'a/b', 'UPPER', '', 'a..b', `${'x'.repeat(121)}`, 'nul\u0000']) {
      await expect(store.put(bad, { bytes: Buffer.from('x'), contentType: 'text/plain' }), bad).rejects.toThrow('not a file key');
      await expect(store.get(bad), bad).rejects.toThrow('not a file key');
    }
    expect(fs.existsSync(path.join(dir, '..', 'etc'))).toBe(false);
  });
});

it('the disk store never leaves a half-written file under the key', async () => {
  const store = diskFileStore(dir);
  const k = `atomic-${crypto.randomBytes(4).toString('hex')}`;
  await Promise.all(Array.from({ length: 8 }, (_, i) => store.put(k, { bytes: Buffer.alloc(200_000, i), contentType: 'image/webp' })));
  const got = await store.get(k);
  // Whichever write won, the file is whole and uniform.
  expect(got!.bytes.length).toBe(200_000);
  expect(new Set(got!.bytes).size).toBe(1);
  const leftovers = fs.readdirSync(path.join(dir, k.slice(0, 2))).filter((f) => f.endsWith('.tmp'));
  expect(leftovers).toEqual([]);
});
