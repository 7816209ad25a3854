import sharp from 'sharp';
import type { Db } from '@/lib/db';
import type { ResourceRef } from '@/lib/core/resources/resource-visibility';
import type { FileStore } from '@/lib/storage/file-store';
import { processImage } from '@/lib/uploads/process-image';
import { imageFileKey } from './image-variants';

/**
 * Attaches one demo illustration to a resource. Nothing can be downloaded where the demo is built, so each image is
 * an SVG drawn by the seed, turned into a JPEG and put through the same checks and re-encoding as an upload
 * (processImage), then attached like a saved form would attach it: only once its files exist.
 */
export async function attachSeedIllustration(
  db: Db,
  store: FileStore,
  { organizationId, componentId, resource, svg, alt }: { organizationId: string; componentId: string; resource: ResourceRef; svg: string; alt: Record<string, string> },
): Promise<void> {
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
  const processed = await processImage(jpeg);
  if (!processed.ok) throw new Error(`demo image refused: ${processed.reason}`);
  const row = await db.resourceImage.create({
    data: { organizationId, componentId, width: processed.width, height: processed.height, variants: [], alt },
    select: { id: true },
  });
  const variants = processed.variants.map((v) => ({ width: v.width, height: v.height, key: imageFileKey(row.id, v.width) }));
  for (const [i, v] of variants.entries()) await store.put(v.key, { bytes: processed.variants[i]!.bytes, contentType: 'image/webp' });
  await db.resourceImage.update({ where: { id: row.id }, data: { variants, resourceType: resource.type, resourceId: resource.id } });
}
