import 'server-only';
import { createSharedValueCache } from '@/lib/page-cache/shared-value-cache';
import { ATOM_HEADERS } from './feed';

/**
 * Atom feeds show what any anonymous visitor sees (feed readers send no session), so each feed is built at most
 * once a second per instance and shared (ADR 019's two-second promise); a feed of 5 000 posts then costs one query
 * set a second instead of one per poll.
 */
const feeds = createSharedValueCache<string | null>({ ttlMs: 1000, maxEntries: 500 });

/** The feed for `key` (built by `build`, null for a missing space or area → 404). */
export async function sharedFeedResponse(key: string, build: () => Promise<string | null>): Promise<Response> {
  const xml = await feeds.get(key, build);
  return xml === null ? new Response('Not found', { status: 404 }) : new Response(xml, { headers: ATOM_HEADERS });
}
