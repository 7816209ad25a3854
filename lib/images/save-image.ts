import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { db } from '@/lib/db';
import type { FileStore } from '@/lib/storage/file-store';
import type { ProcessedImage } from '@/lib/uploads/process-image';
import { imageFileKey } from './image-variants';

/**
 * Keeps a checked, re-encoded upload as an unattached image of a component: its row (with the audit record, in one
 * transaction) first, then its files. The row is written first so that no file ever exists without a row naming it:
 * if storing a file fails, the files stored so far and the row are removed again; if the process dies in between,
 * the row stays unattached and the hourly clean-up removes it with its files (./clean-up.ts). The form that
 * uploaded it attaches it to its resource when saved (./attach-image.ts).
 */
export async function saveUploadedImage(
  store: FileStore,
  actor: Actor,
  { componentId, spaceId, image }: { componentId: string; spaceId: string; image: Extract<ProcessedImage, { ok: true }> },
): Promise<{ id: string; width: number; height: number }> {
  const row = await db.$transaction(async (tx) => {
    const created = await tx.resourceImage.create({
      data: { organizationId: actor.organizationId, componentId, uploadedById: actor.userId, width: image.width, height: image.height, variants: [] },
      select: { id: true },
    });
    const variants = image.variants.map((v) => ({ width: v.width, height: v.height, key: imageFileKey(created.id, v.width) }));
    await tx.resourceImage.update({ where: { id: created.id }, data: { variants } });
    await writeAudit(tx, actor, {
      action: 'image.upload',
      targetType: 'ResourceImage',
      targetId: created.id,
      spaceId,
      after: { componentId, source: image.source, width: image.width, height: image.height, widths: variants.map((v) => v.width) },
    });
    return { id: created.id, variants };
  });
  try {
    for (const [i, variant] of row.variants.entries()) {
      await store.put(variant.key, { bytes: image.variants[i]!.bytes, contentType: image.variants[i]!.contentType });
    }
  } catch (error) {
    await Promise.allSettled(row.variants.map((v) => store.delete(v.key)));
    await db.resourceImage.deleteMany({ where: { id: row.id } }).catch(() => undefined);
    throw error;
  }
  return { id: row.id, width: image.width, height: image.height };
}
