import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { apiBase, findApiDebates } from '@/lib/open-data/queries';
import { apiOrganizationId, nextPageUrl, parseListQuery, selfUrl } from '@/lib/open-data/route-helpers';
import { preflight, problem } from '@/lib/open-data/http';
import { sharedJsonAnswer } from '@/lib/open-data/shared-answers';

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

/** GET /api/v1/debates — public debates, newest first; ?space=<slug>, ?area=<slug>, ?state=open|closed. */
export async function GET(request: NextRequest) {
  const query = parseListQuery(request, { space: Slug.optional(), area: Slug.optional(), state: z.enum(['open', 'closed']).optional() });
  if (!query.ok) return query.response;
  const base = `${apiBase()}/debates`;
  // A cursor that is not "<time>|<id>" finds nothing to continue from: the produce step answers null for it.
  const answer = await sharedJsonAnswer(request, async () => {
    const page = await findApiDebates(await apiOrganizationId(), { after: query.after, limit: query.limit, ...query.filters });
    if (page === 'badCursor') return null;
    return { body: { data: page.items, links: { self: selfUrl(request, base), next: nextPageUrl(request, base, page.nextCursor) } }, lastModified: page.lastModified };
  });
  return answer ?? problem(400, 'bad-request', 'Invalid query parameter', 'cursor: not a cursor of this list');
}

export const OPTIONS = preflight;
