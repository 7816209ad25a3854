import 'server-only';
import { env } from '@/lib/env';
import { asLocalizedText } from '@/lib/core/localized-text';
import { SEARCH_MAX_RESULTS } from '@/lib/search/params';
import { resolveSearchScope, searchContent } from '@/lib/search/queries';
import { encodeCursor } from './cursor';
import { newest } from './http';
import type { ApiSearchResult } from './schemas';
import type { SearchLanguage } from '@/lib/search/sql';

/**
 * GET /api/v1/search (ADR 024, 032): the organization-wide search as an anonymous visitor sees it — public content
 * only, the same answer for everyone, so it may be shared like the other lists. The cursor is the offset of the next
 * window within the first 200 results (a rank is a float, so a keyset on it would be fragile; ADR 032).
 */
export async function findApiSearch(
  organizationId: string,
  query: { q: string; space?: string; area?: string; type?: string; lang: SearchLanguage; offset: number; limit: number },
): Promise<{ items: ApiSearchResult[]; total: number; totalIsCapped: boolean; nextCursor: string | null; lastModified: Date | null }> {
  const scope = await resolveSearchScope(null, organizationId, { spaceSlug: query.space ?? null, areaSlug: query.area ?? null });
  // An unknown (or private) space or area is an empty answer, as in the other lists' filters.
  if (typeof scope === 'string') return { items: [], total: 0, totalIsCapped: false, nextCursor: null, lastModified: null };
  const results = await searchContent(null, organizationId, { query: query.q, type: query.type ?? null, offset: query.offset, limit: query.limit }, scope, query.lang);
  const end = query.offset + results.hits.length;
  return {
    items: results.hits.map((hit) => ({
      type: hit.type,
      id: hit.id,
      title: asLocalizedText(hit.title),
      resource: hit.resource,
      space: hit.spaceSlug,
      date: hit.date.toISOString(),
      language: hit.lang,
      excerpt: hit.excerpt,
      links: { html: new URL(`/${query.lang}${hit.path}`, env().APP_URL).toString() },
    })),
    total: results.total,
    totalIsCapped: results.totalIsCapped,
    nextCursor: results.hits.length > 0 && end < Math.min(results.total, SEARCH_MAX_RESULTS) ? encodeCursor(String(end)) : null,
    lastModified: newest(results.hits.map((h) => h.date)),
  };
}
