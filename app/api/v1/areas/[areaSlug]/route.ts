import type { NextRequest } from 'next/server';
import { getApiArea } from '@/lib/open-data/queries';
import { apiOrganizationId, isPlausibleApiSlug } from '@/lib/open-data/route-helpers';
import { jsonWithValidators, preflight, problem } from '@/lib/open-data/http';

/** GET /api/v1/areas/{areaSlug} — one area; its boundary is at links.boundary. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ areaSlug: string }> }) {
  const { areaSlug } = await params;
  const area = isPlausibleApiSlug(areaSlug) ? await getApiArea(await apiOrganizationId(), areaSlug) : null;
  if (!area) return problem(404, 'not-found', 'Not found', 'No area with this slug');
  return jsonWithValidators(request, area, new Date(area.updatedAt));
}

export const OPTIONS = preflight;
