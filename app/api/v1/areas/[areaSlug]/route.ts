import type { NextRequest } from 'next/server';
import { getApiArea } from '@/lib/open-data/queries';
import { apiOrganizationId, isPlausibleApiSlug } from '@/lib/open-data/route-helpers';
import { preflight, problem } from '@/lib/open-data/http';
import { sharedJsonAnswer } from '@/lib/open-data/shared-answers';

/** GET /api/v1/areas/{areaSlug} — one area; its boundary is at links.boundary. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ areaSlug: string }> }) {
  const { areaSlug } = await params;
  const answer = isPlausibleApiSlug(areaSlug)
    ? await sharedJsonAnswer(request, async () => {
        const area = await getApiArea(await apiOrganizationId(), areaSlug);
        return area ? { body: area, lastModified: new Date(area.updatedAt) } : null;
      })
    : null;
  return answer ?? problem(404, 'not-found', 'Not found', 'No area with this slug');
}

export const OPTIONS = preflight;
