import type { NextRequest } from 'next/server';
import { getApiSpace } from '@/lib/open-data/queries';
import { apiOrganizationId, isPlausibleApiSlug } from '@/lib/open-data/route-helpers';
import { jsonWithValidators, preflight, problem } from '@/lib/open-data/http';

/** GET /api/v1/spaces/{spaceSlug} — one published public space with its phases and published components. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ spaceSlug: string }> }) {
  const { spaceSlug } = await params;
  const found = isPlausibleApiSlug(spaceSlug) ? await getApiSpace(await apiOrganizationId(), spaceSlug) : null;
  if (!found) return problem(404, 'not-found', 'Not found', 'No public space with this slug');
  return jsonWithValidators(request, found.body, found.lastModified);
}

export const OPTIONS = preflight;
