import type { NextRequest } from 'next/server';
import { getApiSpace } from '@/lib/open-data/queries';
import { apiOrganizationId, isPlausibleApiSlug } from '@/lib/open-data/route-helpers';
import { preflight, problem } from '@/lib/open-data/http';
import { sharedJsonAnswer } from '@/lib/open-data/shared-answers';

/** GET /api/v1/spaces/{spaceSlug} — one published public space with its phases and published components. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ spaceSlug: string }> }) {
  const { spaceSlug } = await params;
  const answer = isPlausibleApiSlug(spaceSlug) ? await sharedJsonAnswer(request, async () => getApiSpace(await apiOrganizationId(), spaceSlug)) : null;
  return answer ?? problem(404, 'not-found', 'Not found', 'No public space with this slug');
}

export const OPTIONS = preflight;
