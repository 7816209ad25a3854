import type { Db } from '@/lib/db';
import { assertFileKey, type FileStore } from './file-store';

/**
 * Files as rows of StoredFile in PostgreSQL: every instance sees every file without a shared disk or another
 * service, and backups (pg_dump) include them. Fits the image sizes the pages use (tens to hundreds of kilobytes);
 * not meant for video.
 */
export function databaseFileStore(db: Db): FileStore {
  return {
    async put(key, file) {
      assertFileKey(key);
      const bytes = new Uint8Array(file.bytes);
      await db.storedFile.upsert({
        where: { key },
        create: { key, contentType: file.contentType, bytes, size: bytes.byteLength },
        update: { contentType: file.contentType, bytes, size: bytes.byteLength },
      });
    },
    async get(key) {
      assertFileKey(key);
      const row = await db.storedFile.findUnique({ where: { key }, select: { contentType: true, bytes: true } });
      return row ? { bytes: Buffer.from(row.bytes), contentType: row.contentType } : null;
    },
    async delete(key) {
      assertFileKey(key);
      await db.storedFile.deleteMany({ where: { key } });
    },
  };
}
