import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { isStorableText } from '@/lib/core/storable-input';
import { apiBase } from '@/lib/open-data/queries';
import { findApiSearch } from '@/lib/open-data/search-queries';
import { apiOrganizationId, nextPageUrl, parseListQuery, selfUrl } from '@/lib/open-data/route-helpers';
import { preflight, problem } from '@/lib/open-data/http';
import { sharedJsonAnswer } from '@/lib/open-data/shared-answers';
import { normalizeQuery, SEARCH_MAX_RESULTS, SEARCH_QUERY_MAX_LENGTH } from '@/lib/search/params';
import { searchSources } from '@/lib/search/sources';

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
// NUL and lone surrogates cannot reach PostgreSQL: refused as a bad parameter, never a 500.
const Words = z
  .string()
  .refine(isStorableText, 'not searchable text')
  .transform(normalizeQuery)
  .pipe(z.string().min(1).max(SEARCH_QUERY_MAX_LENGTH));
const types = searchSources.map((s) => s.type) as [string, ...string[]];

/** GET /api/v1/search?q= — public news posts, debates and comments matching the words; ?space, ?area, ?type, ?lang. */
export async function GET(request: NextRequest) {
  const query = parseListQuery(request, {
    q: Words,
    space: Slug.optional(),
    area: Slug.optional(),
    type: z.enum(types).optional(),
    lang: z.enum(['fi', 'sv', 'en']).default('fi'),
  });
  if (!query.ok) return query.response;
  const offset = query.after === null ? 0 : /^(0|[1-9][0-9]{0,2})$/.test(query.after) ? Number(query.after) : NaN;
  if (!(offset < SEARCH_MAX_RESULTS)) return problem(400, 'bad-request', 'Invalid query parameter', 'cursor: not a cursor of this list');
  const base = `${apiBase()}/search`;
  const answer = await sharedJsonAnswer(request, async () => {
    const page = await findApiSearch(await apiOrganizationId(), { ...query.filters, offset, limit: query.limit });
    return {
      body: { data: page.items, total: page.total, totalIsCapped: page.totalIsCapped, links: { self: selfUrl(request, base), next: nextPageUrl(request, base, page.nextCursor) } },
      lastModified: page.lastModified,
    };
  });
  return answer ?? problem(400, 'bad-request', 'Invalid query parameter', 'q');
}

export const OPTIONS = preflight;
