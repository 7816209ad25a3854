import 'server-only';
import { db } from '@/lib/db';
import type { FileStore } from '@/lib/storage/file-store';
import { readVariants } from './image-variants';

/** An upload whose form was never saved, or an image its resource dropped, is kept this long (an editor may undo). */
export const DETACHED_IMAGE_RETENTION_MS = 24 * 3600_000;
const BATCH = 200;

/**
 * Deletes images attached to nothing for a day, files first and then rows, so that a failure leaves a row that the
 * next run finds again rather than a file nobody can name. Returns how many images were removed.
 */
export async function deleteDetachedImages(store: FileStore, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - DETACHED_IMAGE_RETENTION_MS);
  let removed = 0;
  for (;;) {
    const rows = await db.resourceImage.findMany({
      where: { resourceId: null, updatedAt: { lt: cutoff } },
      select: { id: true, variants: true },
      take: BATCH,
    });
    for (const row of rows) {
      await Promise.all(readVariants(row.variants).map((v) => store.delete(v.key)));
      // Re-checked: an editor may have attached it since it was read.
      removed += (await db.resourceImage.deleteMany({ where: { id: row.id, resourceId: null } })).count;
    }
    if (rows.length < BATCH) return removed;
  }
}
