import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { apiBase, findApiNews } from '@/lib/open-data/queries';
import { apiOrganizationId, nextPageUrl, parseListQuery, selfUrl } from '@/lib/open-data/route-helpers';
import { jsonWithValidators, preflight, problem } from '@/lib/open-data/http';

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

/** GET /api/v1/news — published news posts, newest first; ?space=<slug>, ?area=<slug>. */
export async function GET(request: NextRequest) {
  const query = parseListQuery(request, { space: Slug.optional(), area: Slug.optional() });
  if (!query.ok) return query.response;
  const page = await findApiNews(await apiOrganizationId(), { after: query.after, limit: query.limit, ...query.filters });
  if (page === 'badCursor') return problem(400, 'bad-request', 'Invalid query parameter', 'cursor: not a cursor of this list');
  const base = `${apiBase()}/news`;
  return jsonWithValidators(
    request,
    { data: page.items, links: { self: selfUrl(request, base), next: nextPageUrl(request, base, page.nextCursor) } },
    page.lastModified,
  );
}

export const OPTIONS = preflight;
