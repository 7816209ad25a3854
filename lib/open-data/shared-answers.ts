import 'server-only';
import type { NextRequest } from 'next/server';
import { createSharedValueCache } from '@/lib/page-cache/shared-value-cache';
import { answerJson, prepareJson, type PreparedJson } from './http';

/**
 * The API's answers are public and the same for everyone, so each (path, query) is computed at most once a second
 * per instance and shared, like the anonymous pages (ADR 019): a list with 5 000 news posts costs one query set per
 * second, not one per request. Validators are computed once with it.
 */
const answers = createSharedValueCache<PreparedJson | null>({ ttlMs: 1000, maxEntries: 1000 });

/** The shared answer for this request's path and query, or null when `produce` found nothing (a 404 to give). */
export async function sharedJsonAnswer(
  request: NextRequest,
  produce: () => Promise<{ body: unknown; lastModified: Date | null } | null>,
): Promise<Response | null> {
  const prepared = await answers.get(`${request.nextUrl.pathname}?${request.nextUrl.searchParams.toString()}`, async () => {
    const result = await produce();
    return result ? prepareJson(result.body, result.lastModified) : null;
  });
  return prepared ? answerJson(request, prepared) : null;
}
