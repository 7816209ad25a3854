import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { assertFileKey, type FileStore, type StoredFile } from './file-store';

/**
 * Files on the local disk (one instance; the default under `.data/uploads`). Each file is written to a temporary
 * name and renamed into place, so a reader never sees half a file; the content type is kept beside it.
 */
export function diskFileStore(directory: string): FileStore {
  const fileOf = (key: string) => {
    assertFileKey(key);
    return path.join(directory, key.slice(0, 2), key);
  };
  return {
    async put(key, file: StoredFile) {
      const target = fileOf(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${crypto.randomBytes(6).toString('hex')}.tmp`;
      await fs.writeFile(temp, file.bytes);
      await fs.writeFile(`${target}.type`, file.contentType);
      await fs.rename(temp, target);
    },
    async get(key) {
      const target = fileOf(key);
      try {
        const [bytes, contentType] = await Promise.all([fs.readFile(target), fs.readFile(`${target}.type`, 'utf8')]);
        return { bytes, contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      const target = fileOf(key);
      await Promise.all([fs.rm(target, { force: true }), fs.rm(`${target}.type`, { force: true })]);
    },
  };
}
