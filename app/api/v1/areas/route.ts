import type { NextRequest } from 'next/server';
import { apiBase, findApiAreas } from '@/lib/open-data/queries';
import { apiOrganizationId, nextPageUrl, parseListQuery, selfUrl } from '@/lib/open-data/route-helpers';
import { preflight } from '@/lib/open-data/http';
import { sharedJsonAnswer } from '@/lib/open-data/shared-answers';

/** GET /api/v1/areas — neighbourhoods, districts and rural areas, by slug, one keyset page at a time. */
export async function GET(request: NextRequest) {
  const query = parseListQuery(request, {});
  if (!query.ok) return query.response;
  const base = `${apiBase()}/areas`;
  const answer = await sharedJsonAnswer(request, async () => {
    const page = await findApiAreas(await apiOrganizationId(), { after: query.after, limit: query.limit });
    return { body: { data: page.items, links: { self: selfUrl(request, base), next: nextPageUrl(request, base, page.nextCursor) } }, lastModified: page.lastModified };
  });
  return answer!;
}

export const OPTIONS = preflight;
