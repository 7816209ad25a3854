import type { NextRequest } from 'next/server';
import { getApiAreaBoundary } from '@/lib/open-data/queries';
import { apiOrganizationId, isPlausibleApiSlug } from '@/lib/open-data/route-helpers';
import { preflight, problem } from '@/lib/open-data/http';
import { sharedJsonAnswer } from '@/lib/open-data/shared-answers';

/** GET /api/v1/areas/{areaSlug}/boundary — the boundary as a GeoJSON Feature (404 when the area has none). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ areaSlug: string }> }) {
  const { areaSlug } = await params;
  const answer = isPlausibleApiSlug(areaSlug) ? await sharedJsonAnswer(request, async () => getApiAreaBoundary(await apiOrganizationId(), areaSlug)) : null;
  return answer ?? problem(404, 'not-found', 'Not found', 'No area with this slug, or it has no boundary');
}

export const OPTIONS = preflight;
