import type { NextRequest } from 'next/server';
import { getApiAreaBoundary } from '@/lib/open-data/queries';
import { apiOrganizationId, isPlausibleApiSlug } from '@/lib/open-data/route-helpers';
import { jsonWithValidators, preflight, problem } from '@/lib/open-data/http';

/** GET /api/v1/areas/{areaSlug}/boundary — the boundary as a GeoJSON Feature (404 when the area has none). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ areaSlug: string }> }) {
  const { areaSlug } = await params;
  const found = isPlausibleApiSlug(areaSlug) ? await getApiAreaBoundary(await apiOrganizationId(), areaSlug) : null;
  if (!found) return problem(404, 'not-found', 'Not found', 'No area with this slug, or it has no boundary');
  return jsonWithValidators(request, found.body, found.lastModified);
}

export const OPTIONS = preflight;
