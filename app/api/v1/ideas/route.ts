import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { apiBase, findApiIdeas } from '@/lib/open-data/queries';
import { apiOrganizationId, nextPageUrl, parseListQuery, selfUrl } from '@/lib/open-data/route-helpers';
import { preflight, problem } from '@/lib/open-data/http';
import { sharedJsonAnswer } from '@/lib/open-data/shared-answers';
import { IDEA_BASE_STATES } from '@/lib/ideas/states';

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

/** GET /api/v1/ideas — published public ideas, newest first; ?space=<slug>, ?area=<slug>, ?state=<STATE>. */
export async function GET(request: NextRequest) {
  const query = parseListQuery(request, { space: Slug.optional(), area: Slug.optional(), state: z.enum(IDEA_BASE_STATES).optional() });
  if (!query.ok) return query.response;
  const base = `${apiBase()}/ideas`;
  const answer = await sharedJsonAnswer(request, async () => {
    const page = await findApiIdeas(await apiOrganizationId(), { after: query.after, limit: query.limit, ...query.filters });
    if (page === 'badCursor') return null;
    return { body: { data: page.items, links: { self: selfUrl(request, base), next: nextPageUrl(request, base, page.nextCursor) } }, lastModified: page.lastModified };
  });
  return answer ?? problem(400, 'bad-request', 'Invalid query parameter', 'cursor: not a cursor of this list');
}

export const OPTIONS = preflight;
