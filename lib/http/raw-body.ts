import 'server-only';
import { env } from '@/lib/env';

/**
 * For route handlers that take a raw request body (image uploads, CSV imports): not multipart, so neither Next.js's
 * server-action decoder nor its 4 MB action limit applies (ADR 015/028).
 */

/** A cross-site request: an Origin other than APP_URL's (browsers send one with every cross-origin POST). */
export function foreignOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  try {
    return new URL(origin).host !== new URL(env().APP_URL ?? request.url).host;
  } catch {
    return true;
  }
}

/** The body up to `limit` bytes, or 'tooLarge' as soon as it goes over (the rest is never read). */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array | 'tooLarge'> {
  if (Number(request.headers.get('content-length')) > limit) return 'tooLarge';
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return 'tooLarge';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
