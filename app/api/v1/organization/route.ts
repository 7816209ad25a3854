import type { NextRequest } from 'next/server';
import { getApiOrganization } from '@/lib/open-data/queries';
import { apiOrganizationId } from '@/lib/open-data/route-helpers';
import { jsonWithValidators, preflight, problem } from '@/lib/open-data/http';

/** GET /api/v1/organization — the municipality: name, languages, time zone (public data, no authentication). */
export async function GET(request: NextRequest) {
  const found = await getApiOrganization(await apiOrganizationId());
  if (!found) return problem(404, 'not-found', 'Not found');
  return jsonWithValidators(request, found.body, found.lastModified);
}

export const OPTIONS = preflight;
