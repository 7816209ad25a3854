import type { NextRequest } from 'next/server';
import { apiBase } from '@/lib/open-data/queries';
import { buildOpenApiDocument } from '@/lib/open-data/openapi';
import { jsonWithValidators, preflight } from '@/lib/open-data/http';

/** GET /api/v1/openapi.json — the OpenAPI 3.1 description of this API. */
export async function GET(request: NextRequest) {
  return jsonWithValidators(request, buildOpenApiDocument(apiBase()), null);
}

export const OPTIONS = preflight;
