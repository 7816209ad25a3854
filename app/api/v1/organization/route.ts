import type { NextRequest } from 'next/server';
import { getApiOrganization } from '@/lib/open-data/queries';
import { apiOrganizationId } from '@/lib/open-data/route-helpers';
import { preflight, problem } from '@/lib/open-data/http';
import { sharedJsonAnswer } from '@/lib/open-data/shared-answers';

/** GET /api/v1/organization — the municipality: name, languages, time zone (public data, no authentication). */
export async function GET(request: NextRequest) {
  const answer = await sharedJsonAnswer(request, async () => getApiOrganization(await apiOrganizationId()));
  return answer ?? problem(404, 'not-found', 'Not found');
}

export const OPTIONS = preflight;
