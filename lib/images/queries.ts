import 'server-only';
import { db } from '@/lib/db';
import { type ImageView, readVariants } from './image-variants';

/**
 * All images attached to resources of one type, by resource id, oldest first — one query however many resources.
 * The caller has already decided that the resources are visible to its reader.
 */
export async function findResourceImageLists(type: string, resourceIds: readonly string[]): Promise<Map<string, ImageView[]>> {
  if (resourceIds.length === 0) return new Map();
  const rows = await db.resourceImage.findMany({
    where: { resourceType: type, resourceId: { in: [...new Set(resourceIds)] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, resourceId: true, width: true, height: true, alt: true, decorative: true, variants: true },
  });
  const byResource = new Map<string, ImageView[]>();
  for (const row of rows) {
    const variants = readVariants(row.variants).map(({ width, height }) => ({ width, height }));
    if (!row.resourceId || variants.length === 0) continue;
    const list = byResource.get(row.resourceId) ?? [];
    list.push({ id: row.id, width: row.width, height: row.height, alt: row.alt, decorative: row.decorative, variants });
    byResource.set(row.resourceId, list);
  }
  return byResource;
}

/** The first image of each resource (lists and cards show one): see findResourceImageLists. */
export async function findResourceImages(type: string, resourceIds: readonly string[]): Promise<Map<string, ImageView>> {
  const lists = await findResourceImageLists(type, resourceIds);
  return new Map([...lists].map(([id, images]) => [id, images[0]!]));
}

/** Each item with its image (or null) under `image`. */
export async function withImages<T extends { id: string }>(type: string, items: T[]): Promise<(T & { image: ImageView | null })[]> {
  const images = await findResourceImages(type, items.map((i) => i.id));
  return items.map((item) => ({ ...item, image: images.get(item.id) ?? null }));
}
