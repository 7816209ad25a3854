import { getActor } from '@/lib/auth/current-actor';
import { serveImage } from '@/lib/images/serve-image';

/**
 * GET /api/images/<id>/<width>.webp — one re-encoded variant of an uploaded image, if the requester may see what it
 * belongs to (lib/images/serve-image.ts; ADR 028). Outside proxy.ts's matcher (/api), so no page cache or i18n here.
 */
export async function GET(request: Request, { params }: { params: Promise<{ imageId: string; file: string }> }) {
  return serveImage(request, await params, getActor);
}
