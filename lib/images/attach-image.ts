import 'server-only';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/core/errors';
import type { ResourceRef } from '@/lib/core/resources/resource-visibility';
import { encodeMessage } from '@/lib/core/validation-message';
import type { ImageChoice } from './image-input';

export type AttachedImageSnapshot = { id: string; alt: unknown; decorative: boolean } | null;

/**
 * Sets the one image of a resource inside the caller's transaction (the resource's own save, with its audit
 * record). `choice` undefined keeps what is there; null removes it; otherwise the chosen image — unattached and
 * uploaded to the same component, or already this resource's — is attached with its alt text. An image the resource
 * drops becomes unattached (no longer shown to anyone but the component's editors) and the hourly clean-up deletes it
 * with its files a day later. Returns the image before and after, for the audit record.
 */
export async function setResourceImage(
  tx: Tx,
  { organizationId, componentId, resource, choice }: { organizationId: string; componentId: string; resource: ResourceRef; choice: ImageChoice | null | undefined },
): Promise<{ before: AttachedImageSnapshot; after: AttachedImageSnapshot }> {
  const own = { organizationId, resourceType: resource.type, resourceId: resource.id };
  const current = await tx.resourceImage.findFirst({ where: own, orderBy: { createdAt: 'asc' }, select: { id: true, alt: true, decorative: true } });
  if (choice === undefined) return { before: current, after: current };
  if (choice) {
    const image = await tx.resourceImage.findFirst({
      where: { id: choice.id, organizationId, componentId, OR: [{ resourceId: null }, { resourceType: resource.type, resourceId: resource.id }] },
      select: { id: true },
    });
    // An id from another component, another resource or a cleaned-up upload: the editor uploads again.
    if (!image) throw new AppError('INVALID_INPUT', 'image not found', { image: [encodeMessage('imageMissing')] });
  }
  await tx.resourceImage.updateMany({ where: { ...own, ...(choice ? { id: { not: choice.id } } : {}) }, data: { resourceType: null, resourceId: null } });
  if (!choice) return { before: current, after: null };
  await tx.resourceImage.update({
    where: { id: choice.id },
    data: { resourceType: resource.type, resourceId: resource.id, alt: choice.alt, decorative: choice.decorative },
  });
  return { before: current, after: { id: choice.id, alt: choice.alt, decorative: choice.decorative } };
}

/**
 * Adds one image to a resource that holds several (an idea's photos), or updates the alt text of one it already holds,
 * inside the caller's transaction. A new image must be an unattached upload of the same component by the same person;
 * at most `max` per resource (the caller holds the resource's lock, so parallel adds cannot both pass the count).
 */
export async function addResourceImage(
  tx: Tx,
  { organizationId, componentId, resource, choice, uploaderId, max }: { organizationId: string; componentId: string; resource: ResourceRef; choice: ImageChoice; uploaderId: string; max: number },
): Promise<'added' | 'updated'> {
  const own = { organizationId, resourceType: resource.type, resourceId: resource.id };
  const image = await tx.resourceImage.findFirst({
    where: { id: choice.id, organizationId, componentId, OR: [{ resourceId: null, uploadedById: uploaderId }, own] },
    select: { id: true, resourceId: true },
  });
  if (!image) throw new AppError('INVALID_INPUT', 'image not found', { imageId: [encodeMessage('imageMissing')] });
  if (image.resourceId === null && (await tx.resourceImage.count({ where: own })) >= max) {
    throw new AppError('CONFLICT', 'too many images', { _form: [encodeMessage('imageLimitReached', { max })] });
  }
  await tx.resourceImage.update({
    where: { id: image.id },
    data: { resourceType: resource.type, resourceId: resource.id, alt: choice.alt, decorative: choice.decorative },
  });
  return image.resourceId === null ? 'added' : 'updated';
}

/** Drops one image of a resource: it becomes unattached and the hourly clean-up deletes its files a day later. */
export async function removeResourceImage(tx: Tx, { organizationId, resource, imageId }: { organizationId: string; resource: ResourceRef; imageId: string }): Promise<boolean> {
  const { count } = await tx.resourceImage.updateMany({
    where: { id: imageId, organizationId, resourceType: resource.type, resourceId: resource.id },
    data: { resourceType: null, resourceId: null },
  });
  return count > 0;
}
