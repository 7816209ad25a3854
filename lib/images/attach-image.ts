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
