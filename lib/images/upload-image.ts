import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/core/errors';
import { isPlausibleId } from '@/lib/core/identifiers';
import { findManageableComponent } from '@/lib/components/manageable-component';
import { fileStore } from '@/lib/storage/configured-store';
import type { FileStore } from '@/lib/storage/file-store';
import { type ImageRefusal, processImage } from '@/lib/uploads/process-image';
import { saveUploadedImage } from './save-image';
import { findComponentOpenToResidentUploads } from './resident-uploads';

export type UploadOutcome = { ok: true; id: string; width: number; height: number } | { ok: false; reason: ImageRefusal };

/**
 * An image upload for a component: by an editor allowed to manage the component by its kind's `manage` permission,
 * or by a resident where the kind accepts residents' uploads while one of its actions is open to them (an idea's
 * photo; ./resident-uploads.ts) — else NOT_FOUND for a malformed id, FORBIDDEN otherwise — and the bytes must pass processImage (content, size, pixels). A refused upload stores nothing.
 */
export async function uploadComponentImage(actor: Actor, componentId: string, bytes: Uint8Array, store: FileStore = fileStore()): Promise<UploadOutcome> {
  if (!isPlausibleId(componentId)) throw new AppError('NOT_FOUND');
  const found = (await findManageableComponent(actor, componentId)) ?? (await findComponentOpenToResidentUploads(actor, componentId));
  if (!found) throw new AppError('FORBIDDEN');
  const processed = await processImage(bytes);
  if (!processed.ok) return processed;
  const saved = await saveUploadedImage(store, actor, { componentId: found.component.id, spaceId: found.space.id, image: processed });
  return { ok: true, ...saved };
}
