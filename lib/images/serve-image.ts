import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { isResourceVisible } from '@/lib/core/resources/visible-resources';
import { findManageableComponent } from '@/lib/components/manageable-component';
import { fileStore } from '@/lib/storage/configured-store';
import type { FileStore } from '@/lib/storage/file-store';
import { IMAGE_ID, readVariants } from './image-variants';

/** How long browsers and shared caches may keep an image anyone may see: short, because a post can be unpublished. */
const PUBLIC_MAX_AGE_S = 300;
const FILE = /^([1-9][0-9]{0,4})\.webp$/;

type ImageRow = { organizationId: string; componentId: string; resourceType: string | null; resourceId: string | null; uploadedById: string | null };

/**
 * Who may see an image is decided by what it belongs to (ADR 027/028): `public` when an anonymous visitor may see its
 * resource (so any cache may keep it), `private` when only this actor may — the resource is visible to them (a
 * private space's member), they uploaded it and it is not attached yet, or they may manage its component (an editor
 * previewing a draft or an unsaved upload) —
 * and null otherwise. The session is read only when the public answer is no.
 */
async function imageAccess(row: ImageRow, loadActor: () => Promise<Actor | null>): Promise<'public' | 'private' | null> {
  const ref = row.resourceType && row.resourceId ? { type: row.resourceType, id: row.resourceId } : null;
  if (ref && (await isResourceVisible(null, row.organizationId, ref))) return 'public';
  const actor = await loadActor();
  if (!actor || actor.organizationId !== row.organizationId) return null;
  if (ref && (await isResourceVisible(actor, row.organizationId, ref))) return 'private';
  // A resident's own upload not yet attached (an idea's photo between its upload and the save that attaches it).
  if (!ref && row.uploadedById === actor.userId) return 'private';
  return (await findManageableComponent(actor, row.componentId)) ? 'private' : null;
}

/** Every answer of the route says what it is and that browsers must not guess another type. */
const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff' };

/** Unknown, malformed and hidden look the same: a guessed address learns nothing. Never cached, so an editor's later look is fresh. */
function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });
}

/**
 * GET /api/images/<id>/<width>.webp: one variant of an image, when the requester may see it. Variants never change
 * (a replaced image gets a new id), so the ETag is the id and width.
 */
export async function serveImage(
  request: Request,
  { imageId, file }: { imageId: unknown; file: unknown },
  loadActor: () => Promise<Actor | null>,
  store: FileStore = fileStore(),
): Promise<Response> {
  if (typeof imageId !== 'string' || typeof file !== 'string' || !IMAGE_ID.test(imageId)) return notFound();
  const width = Number(FILE.exec(file)?.[1]);
  if (!width) return notFound();
  const row = await db.resourceImage.findUnique({
    where: { id: imageId },
    select: { organizationId: true, componentId: true, resourceType: true, resourceId: true, uploadedById: true, variants: true },
  });
  const variant = row ? readVariants(row.variants).find((v) => v.width === width) : undefined;
  if (!row || !variant) return notFound();
  const access = await imageAccess(row, loadActor);
  if (!access) return notFound();
  const etag = `"${imageId}-${width}"`;
  const headers = {
    ...BASE_HEADERS,
    ETag: etag,
    'Cache-Control': access === 'public' ? `public, max-age=${PUBLIC_MAX_AGE_S}` : 'private, no-store',
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  const stored = await store.get(variant.key);
  if (!stored) return notFound();
  return new Response(new Uint8Array(stored.bytes), {
    headers: {
      ...headers,
      'Content-Type': 'image/webp',
      'Content-Length': String(stored.bytes.byteLength),
      'Content-Disposition': 'inline',
    },
  });
}
