import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { isAppError } from '@/lib/core/errors';
import { foreignOrigin, readLimited } from '@/lib/http/raw-body';
import { MAX_IMAGE_BYTES } from '@/lib/uploads/process-image';
import { uploadComponentImage } from './upload-image';
import { imageUrl } from './image-variants';

/**
 * POST /api/components/<componentId>/images: the raw bytes of one image as the body (not multipart, so neither
 * Next.js's server-action decoder nor its 4 MB action limit applies — ADR 015/028). Answers JSON
 * `{ ok: true, data: { id, width, height, previewUrl } }` or `{ ok: false, error }` where `error` is an image refusal
 * (tooLarge, notAnImage, tooManyPixels, unreadable) or an error code (UNAUTHENTICATED, FORBIDDEN, badRequest); the
 * form translates it. Never a 5xx for what a client sends.
 *
 * Cross-site requests cannot use an editor's session here: a browser sends a body of another type than the three
 * "simple" ones only after a CORS preflight this app never answers, and an Origin other than APP_URL's is refused.
 */
const ACCEPTED_TYPES = /^(application\/octet-stream|image\/(jpeg|png|webp))\s*(;|$)/i;

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });
}

const refuse = (status: number, error: string) => json(status, { ok: false, error });

export async function handleImageUpload(request: Request, componentId: unknown, loadActor: () => Promise<Actor | null>): Promise<Response> {
  if (foreignOrigin(request)) return refuse(403, 'FORBIDDEN');
  if (!ACCEPTED_TYPES.test(request.headers.get('content-type') ?? '')) return refuse(415, 'badRequest');
  const actor = await loadActor();
  if (!actor) return refuse(401, 'UNAUTHENTICATED');
  if (typeof componentId !== 'string') return refuse(403, 'FORBIDDEN');
  let bytes: Uint8Array | 'tooLarge';
  try {
    bytes = await readLimited(request, MAX_IMAGE_BYTES);
  } catch {
    return refuse(400, 'badRequest'); // the client went away or sent a broken stream
  }
  if (bytes === 'tooLarge') return refuse(413, 'tooLarge');
  try {
    const outcome = await uploadComponentImage(actor, componentId, bytes);
    if (!outcome.ok) return refuse(outcome.reason === 'notAnImage' ? 415 : 422, outcome.reason);
    const previewWidth = Math.min(outcome.width, 960);
    return json(201, { ok: true, data: { id: outcome.id, width: outcome.width, height: outcome.height, previewUrl: imageUrl(outcome.id, previewWidth) } });
  } catch (error) {
    if (isAppError(error)) return refuse(error.code === 'UNAUTHENTICATED' ? 401 : 403, error.code === 'UNAUTHENTICATED' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    console.error('[images] upload failed', error);
    return refuse(500, 'UNEXPECTED');
  }
}
