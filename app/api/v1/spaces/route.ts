import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { apiBase, findApiSpaces } from '@/lib/open-data/queries';
import { apiOrganizationId, nextPageUrl, parseListQuery, selfUrl } from '@/lib/open-data/route-helpers';
import { preflight } from '@/lib/open-data/http';
import { sharedJsonAnswer } from '@/lib/open-data/shared-answers';

/** GET /api/v1/spaces — published public spaces with their phases, by slug; ?kind=PROCESS|ASSEMBLY, ?area=<slug>. */
export async function GET(request: NextRequest) {
  const query = parseListQuery(request, {
    kind: z.enum(['PROCESS', 'ASSEMBLY']).optional(),
    area: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/).optional(),
  });
  if (!query.ok) return query.response;
  const base = `${apiBase()}/spaces`;
  const answer = await sharedJsonAnswer(request, async () => {
    const page = await findApiSpaces(await apiOrganizationId(), { after: query.after, limit: query.limit, ...query.filters });
    return { body: { data: page.items, links: { self: selfUrl(request, base), next: nextPageUrl(request, base, page.nextCursor) } }, lastModified: page.lastModified };
  });
  return answer!;
}

export const OPTIONS = preflight;
